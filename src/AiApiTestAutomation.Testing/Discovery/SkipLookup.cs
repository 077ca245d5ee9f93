using System;
using System.Linq;
using System.Reflection;

namespace AiApiTestAutomation.Testing.Discovery;

/// <summary>Finds why a generated test is turned off, from the generated fixture's public static <c>Skips</c>.</summary>
internal sealed class SkipLookup
{
    private readonly Type fixture;

    public SkipLookup(Type fixture, string operationId, string category)
    {
        this.fixture = fixture;
        OperationId = operationId;
        Category = category;
    }

    public string OperationId { get; }

    public string Category { get; }

    public string? ReasonFor(string[] alsoUses)
    {
        // Read at discovery time, so the hook's result shows in the test explorer as a skip with its reason.
        if (fixture.GetProperty("Skips", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is not ApiTestSkips skips)
        {
            return null;
        }

        return new[] { OperationId }.Concat(alsoUses)
            .Select(operation => skips.ReasonFor(operation, Category))
            .FirstOrDefault(reason => reason is not null);
    }
}
