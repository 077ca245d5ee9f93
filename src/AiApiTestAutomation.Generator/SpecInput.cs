namespace AiApiTestAutomation.Generator;

/// <summary>One spec file with the item metadata that configures it. Equatable, so unchanged specs are not re-read.</summary>
internal sealed record SpecInput(
    string FullPath,
    string DisplayPath,
    string Text,
    string Namespace,
    string ClassPrefix,
    string? BaseUrl,
    string BaseUrlVariable,
    AiApiTestAutomation.Core.Planning.PerformanceOptions? Performance = null);
