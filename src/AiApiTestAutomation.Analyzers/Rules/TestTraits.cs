using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>
/// The operations and categories a test is about: [Trait("Operation", id)] and [Trait("Category", c)] on the
/// method or its class, or the operationId/category arguments of [ApiFact]/[ApiTheory].
/// </summary>
internal sealed class TestTraits
{
    private TestTraits(SortedSet<string> operations, SortedSet<string> categories)
    {
        Operations = operations;
        Categories = categories;
    }

    public SortedSet<string> Operations { get; }

    public SortedSet<string> Categories { get; }

    public static TestTraits Read(IMethodSymbol method, AttributeData testAttribute, TestSymbols symbols)
    {
        var operations = new SortedSet<string>(System.StringComparer.Ordinal);
        var categories = new SortedSet<string>(System.StringComparer.Ordinal);
        AddTraits(method.GetAttributes(), symbols, operations, categories);

        if ((TestSymbols.DerivesFrom(testAttribute.AttributeClass, symbols.ApiFact) || TestSymbols.DerivesFrom(testAttribute.AttributeClass, symbols.ApiTheory))
            && testAttribute.ConstructorArguments.Length == 3)
        {
            if (testAttribute.ConstructorArguments[1].Value is string operation)
            {
                operations.Add(operation);
            }

            if (testAttribute.ConstructorArguments[2].Value is string category)
            {
                categories.Add(category);
            }
        }

        if (categories.Count == 0)
        {
            // xunit applies a class-level trait to every test in the class.
            for (var type = method.ContainingType; type is not null && categories.Count == 0; type = type.BaseType)
            {
                AddTraits(type.GetAttributes(), symbols, operations: null, categories);
            }
        }

        return new TestTraits(operations, categories);
    }

    private static void AddTraits(IEnumerable<AttributeData> attributes, TestSymbols symbols, SortedSet<string>? operations, SortedSet<string> categories)
    {
        foreach (var attribute in attributes)
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.Trait)
                || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not string name
                || attribute.ConstructorArguments[1].Value is not string value)
            {
                continue;
            }

            if (name == "Operation")
            {
                operations?.Add(value);
            }
            else if (name == "Category")
            {
                categories.Add(value);
            }
        }
    }
}
