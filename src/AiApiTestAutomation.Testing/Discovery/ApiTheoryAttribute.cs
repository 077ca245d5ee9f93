using System;
using Xunit;

namespace AiApiTestAutomation.Testing.Discovery;

/// <summary>A generated theory: skipped, with its reason, when the fixture's ConfigureSkips hook turns it off.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiTheoryAttribute : TheoryAttribute
{
    private readonly SkipLookup lookup;

    public ApiTheoryAttribute(Type fixture, string operationId, string category) => lookup = new SkipLookup(fixture, operationId, category);

    public string OperationId => lookup.OperationId;

    public string Category => lookup.Category;

    public override string Skip
    {
        get => base.Skip ?? lookup.ReasonFor(Array.Empty<string>())!;
        set => base.Skip = value;
    }
}
