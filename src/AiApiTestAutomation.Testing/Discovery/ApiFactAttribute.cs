using System;
using System.Reflection;
using Xunit;

namespace AiApiTestAutomation.Testing.Discovery;

/// <summary>A generated fact: skipped, with its reason, when the fixture's ConfigureSkips hook turns it off.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiFactAttribute : FactAttribute
{
    public ApiFactAttribute(Type fixture, string operationId, string category)
    {
        Skip = SkipRegistry.ReasonFor(fixture, operationId, category)!;
    }
}

/// <summary>A generated theory: skipped, with its reason, when the fixture's ConfigureSkips hook turns it off.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiTheoryAttribute : TheoryAttribute
{
    public ApiTheoryAttribute(Type fixture, string operationId, string category)
    {
        Skip = SkipRegistry.ReasonFor(fixture, operationId, category)!;
    }
}

internal static class SkipRegistry
{
    /// <summary>Reads the generated fixture's public static <c>Skips</c> (built from its partial hook).</summary>
    public static string? ReasonFor(Type fixture, string operationId, string category)
    {
        var skips = fixture.GetProperty("Skips", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ApiTestSkips;
        return skips?.ReasonFor(operationId, category);
    }
}
