namespace AiApiTestAutomation.Generator;

/// <summary>Names of the pipeline steps, so incremental tests can assert what was cached.</summary>
public static class TrackingNames
{
    public const string SpecInputs = nameof(SpecInputs);
    public const string SpecModels = nameof(SpecModels);
    public const string RootNamespace = nameof(RootNamespace);
    public const string PerformanceHooks = nameof(PerformanceHooks);
    public const string PerformanceHookSet = nameof(PerformanceHookSet);
    public const string SpecOutputs = nameof(SpecOutputs);
    public const string SpecFiles = nameof(SpecFiles);
    public const string SpecSources = nameof(SpecSources);
}
