using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>Finds the generated fixture (an ApiFixture&lt;TClient&gt; subclass such as StoreApi) a test class holds.</summary>
internal static class FixtureMember
{
    /// <summary>The name to reach the fixture by in an instance member of <paramref name="type"/>, or null.</summary>
    public static string? Find(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } field when IsFixture(field.Type):
                    return field.Name;
                case IPropertySymbol { IsStatic: false } property when IsFixture(property.Type):
                    return property.Name;
                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when IsPrimary(constructor):
                    foreach (var parameter in constructor.Parameters)
                    {
                        if (IsFixture(parameter.Type))
                        {
                            return parameter.Name;
                        }
                    }

                    break;
            }
        }

        return null;
    }

    public static bool IsFixture(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (current.Name == "ApiFixture"
                && current.Arity == 1
                && current.ContainingNamespace?.ToDisplayString() == "AiApiTestAutomation.Testing.Hosting")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPrimary(IMethodSymbol constructor)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
