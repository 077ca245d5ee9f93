using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>
/// AAT2002: a test that sends to a hard-coded http(s) address. Only literals that reach System.Net.Http
/// (a request method, a request message, BaseAddress/RequestUri, or a Uri handed to one of those) count,
/// so a URL compared in an assertion is left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedUrlAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the fixture member (field, property or primary-constructor parameter) the fix can use.</summary>
    public const string FixtureProperty = "Fixture";

    private const string HttpNamespace = "System.Net.Http";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedUrl);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = TestSymbols.Create(start.Compilation);
            var uri = start.Compilation.GetTypeByMetadataName("System.Uri");
            if (symbols is null || uri is null)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || !symbols.IsTest(method))
                {
                    return;
                }

                block.RegisterOperationAction(
                    operation =>
                    {
                        var literal = (ILiteralOperation)operation.Operation;
                        if (literal.ConstantValue.Value is string text && IsAbsoluteHttp(text) && ReachesHttp(literal, uri))
                        {
                            var fixture = FixtureMember.Find(method.ContainingType);
                            var properties = fixture is null
                                ? ImmutableDictionary<string, string?>.Empty
                                : ImmutableDictionary<string, string?>.Empty.Add(FixtureProperty, fixture);
                            operation.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HardCodedUrl, literal.Syntax.GetLocation(), properties, method.Name, text));
                        }
                    },
                    OperationKind.Literal);
            });
        });
    }

    private static bool IsAbsoluteHttp(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static bool ReachesHttp(IOperation literal, INamedTypeSymbol uri)
    {
        // The address may be the start of a concatenation ("http://host/products/" + id) or an interpolation.
        var current = literal;
        var parent = SkipConversions(literal.Parent);
        while (true)
        {
            if (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation && SkipConversionsDown(concatenation.LeftOperand) == current)
            {
                current = concatenation;
            }
            else if (parent is IInterpolatedStringTextOperation { Parent: IInterpolatedStringOperation interpolation } text && interpolation.Parts[0] == text)
            {
                current = interpolation;
            }
            else
            {
                break;
            }

            parent = SkipConversions(current.Parent);
        }

        var argument = parent as IArgumentOperation;
        switch (argument?.Parent)
        {
            case IInvocationOperation invocation:
                return IsHttpType(invocation.TargetMethod.ContainingType);
            case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, uri):
                return UriReachesHttp(creation);
            case IObjectCreationOperation creation:
                return IsHttpType(creation.Type);
            default:
                return false;
        }
    }

    private static bool UriReachesHttp(IOperation uriCreation)
    {
        switch (SkipConversions(uriCreation.Parent))
        {
            case IArgumentOperation { Parent: IInvocationOperation invocation }:
                return IsHttpType(invocation.TargetMethod.ContainingType);
            case IArgumentOperation { Parent: IObjectCreationOperation creation }:
                return IsHttpType(creation.Type);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property }:
                return IsHttpType(property.Property.ContainingType);
            default:
                return false;
        }
    }

    private static IOperation? SkipConversions(IOperation? operation)
    {
        while (operation is IConversionOperation)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    private static IOperation SkipConversionsDown(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool IsHttpType(ITypeSymbol? type)
    {
        var ns = type?.ContainingNamespace?.ToDisplayString();
        return ns is not null && ns.StartsWith(HttpNamespace, StringComparison.Ordinal);
    }
}
