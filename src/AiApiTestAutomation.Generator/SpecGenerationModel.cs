using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;

namespace AiApiTestAutomation.Generator;

/// <summary>Everything needed to emit one spec's code and report its diagnostics; no Roslyn objects, so it caches cleanly.</summary>
internal sealed record SpecGenerationModel(
    string DisplayPath,
    string Namespace,
    string ClassPrefix,
    string? BaseUrl,
    string BaseUrlVariable,
    ApiSpec? Spec,
    TestPlan? Plan,
    EquatableArray<SpecDiagnostic> Diagnostics,
    PerformanceOptions? Performance = null);
