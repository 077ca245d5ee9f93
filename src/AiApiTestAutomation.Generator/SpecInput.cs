namespace AiApiTestAutomation.Generator;

/// <summary>One spec file with the item metadata that configures it, and the files it references. Equatable, so unchanged specs are not re-read.</summary>
internal sealed record SpecInput(
    string FullPath,
    string DisplayPath,
    string Text,
    string Namespace,
    string ClassPrefix,
    string? BaseUrl,
    string BaseUrlVariable,
    AiApiTestAutomation.Core.Planning.PerformanceOptions? Performance = null)
{
    /// <summary>The additional files the spec's <c>$ref</c>s reach (empty for a single-file spec).</summary>
    public AiApiTestAutomation.Core.Model.EquatableArray<SpecFile> Files { get; init; } = AiApiTestAutomation.Core.Model.EquatableArray<SpecFile>.Empty;
}
