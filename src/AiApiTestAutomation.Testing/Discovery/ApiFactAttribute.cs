using System;
using Xunit;

namespace AiApiTestAutomation.Testing.Discovery;

/// <summary>A generated fact: skipped, with its reason, when the fixture's ConfigureSkips hook turns it off.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiFactAttribute : FactAttribute
{
    private readonly SkipLookup lookup;

    public ApiFactAttribute(Type fixture, string operationId, string category) => lookup = new SkipLookup(fixture, operationId, category);

    public string OperationId => lookup.OperationId;

    public string Category => lookup.Category;

    /// <summary>The other operations the test calls (a lifecycle test): skipping any of them skips the test.</summary>
    public string[] AlsoUses { get; set; } = Array.Empty<string>();

    public override string Skip
    {
        get => base.Skip ?? lookup.ReasonFor(AlsoUses)!;
        set => base.Skip = value;
    }
}
