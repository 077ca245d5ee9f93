using Microsoft.CodeAnalysis;

namespace AiApiTestAutomation.Analyzers;

/// <summary>The types the rules look for, resolved once per compilation; null when the compilation does not reference them.</summary>
internal sealed class TestSymbols
{
    private TestSymbols(Compilation compilation, INamedTypeSymbol fact)
    {
        Fact = fact;
        Theory = compilation.GetTypeByMetadataName("Xunit.TheoryAttribute");
        Trait = compilation.GetTypeByMetadataName("Xunit.TraitAttribute");
        InlineData = compilation.GetTypeByMetadataName("Xunit.InlineDataAttribute");
        DataAttribute = compilation.GetTypeByMetadataName("Xunit.Sdk.DataAttribute");
        XunitAssert = compilation.GetTypeByMetadataName("Xunit.Assert");
        ApiFact = compilation.GetTypeByMetadataName("AiApiTestAutomation.Testing.Discovery.ApiFactAttribute");
        ApiTheory = compilation.GetTypeByMetadataName("AiApiTestAutomation.Testing.Discovery.ApiTheoryAttribute");
        ApiClient = compilation.GetTypeByMetadataName("AiApiTestAutomation.Testing.Discovery.ApiClientAttribute");
        ApiSpecOperation = compilation.GetTypeByMetadataName("AiApiTestAutomation.Testing.Discovery.ApiSpecOperationAttribute");
        ApiTestSkips = compilation.GetTypeByMetadataName("AiApiTestAutomation.Testing.Discovery.ApiTestSkips");
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
    }

    public INamedTypeSymbol Fact { get; }

    public INamedTypeSymbol? Theory { get; }

    public INamedTypeSymbol? Trait { get; }

    public INamedTypeSymbol? InlineData { get; }

    public INamedTypeSymbol? DataAttribute { get; }

    public INamedTypeSymbol? XunitAssert { get; }

    public INamedTypeSymbol? ApiFact { get; }

    public INamedTypeSymbol? ApiTheory { get; }

    public INamedTypeSymbol? ApiClient { get; }

    public INamedTypeSymbol? ApiSpecOperation { get; }

    public INamedTypeSymbol? ApiTestSkips { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    /// <summary>Null when xunit is not referenced: then there are no tests to look at.</summary>
    public static TestSymbols? Create(Compilation compilation)
    {
        var fact = compilation.GetTypeByMetadataName("Xunit.FactAttribute");
        return fact is null ? null : new TestSymbols(compilation, fact);
    }

    /// <summary>The attribute that makes <paramref name="method"/> a test ([Fact], [Theory], [ApiFact], any FactAttribute subclass).</summary>
    public AttributeData? TestAttribute(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return null;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (DerivesFrom(attribute.AttributeClass, Fact))
            {
                return attribute;
            }
        }

        return null;
    }

    public bool IsTest(IMethodSymbol method) => TestAttribute(method) is not null;

    public bool HasApiClientAttribute(ITypeSymbol? type) => ApiClientSpecPath(type) is not null;

    /// <summary>The spec path of a generated client ([ApiClient(specPath)]), or null for any other type.</summary>
    public string? ApiClientSpecPath(ITypeSymbol? type)
    {
        if (ApiClient is null || type is null)
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, ApiClient)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string specPath)
            {
                return specPath;
            }
        }

        return null;
    }

    public static bool DerivesFrom(ITypeSymbol? type, ITypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
