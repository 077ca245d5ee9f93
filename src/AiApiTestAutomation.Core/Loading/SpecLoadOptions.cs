namespace AiApiTestAutomation.Core.Loading;

/// <summary>Which of a spec's examples <see cref="SpecLoader"/> checks against their schemas.</summary>
public enum ExampleScope
{
    None,

    /// <summary>Examples test data may come from: request bodies and parameters, and the schemas they use. Cheap enough for every build.</summary>
    Requests,

    /// <summary>Every example, responses included: for reports (thousands of response examples in a large spec).</summary>
    All,
}

public sealed record SpecLoadOptions(ExampleScope Examples)
{
    public static SpecLoadOptions Default { get; } = new(ExampleScope.Requests);
}
