using System;
using Microsoft.CodeAnalysis;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>Which calls count as assertions. Generous on purpose: a missed empty test costs less than a false alarm.</summary>
internal static class AssertionClassifier
{
    public static bool IsAssertion(IMethodSymbol method, TestSymbols symbols)
    {
        var type = method.ContainingType;
        if (type is not null && (SymbolEqualityComparer.Default.Equals(type, symbols.XunitAssert) || IsAssertionTypeName(type.Name)))
        {
            return true;
        }

        var name = method.Name;

        // Should* covers this product's expectations (ShouldHaveStatus...), FluentAssertions' Should() and Shouldly;
        // Verify*/Received cover mocks and snapshot tests.
        return name.StartsWith("Should", StringComparison.Ordinal)
            || name.StartsWith("Verify", StringComparison.Ordinal)
            || name is "Received" or "DidNotReceive" or "ReceivedWithAnyArgs";
    }

    private static bool IsAssertionTypeName(string name) =>
        name.EndsWith("Assert", StringComparison.Ordinal)
        || name.EndsWith("Assertion", StringComparison.Ordinal)
        || name.EndsWith("Assertions", StringComparison.Ordinal);
}
