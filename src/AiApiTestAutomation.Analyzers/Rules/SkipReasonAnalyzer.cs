using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>
/// AAT2005: a test turned off without saying why, either [Fact(Skip = "")] on a hand-written test or
/// skips.Skip("op", "") in the fixture's ConfigureSkips hook for generated tests.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SkipReasonAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.SkipWithoutReason);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = TestSymbols.Create(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => AnalyzeTestAttribute(symbol, symbols), SymbolKind.Method);
            if (symbols.ApiTestSkips is { } skips)
            {
                start.RegisterOperationAction(operation => AnalyzeSkipCall(operation, skips), OperationKind.Invocation);
            }
        });
    }

    private static void AnalyzeTestAttribute(SymbolAnalysisContext context, TestSymbols symbols)
    {
        var method = (IMethodSymbol)context.Symbol;
        var attribute = symbols.TestAttribute(method);
        if (attribute?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax || syntax.ArgumentList is null)
        {
            return;
        }

        foreach (var argument in syntax.ArgumentList.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText != "Skip")
            {
                continue;
            }

            foreach (var named in attribute.NamedArguments)
            {
                // Skip = null means "not skipped"; only an empty or blank reason is the mistake.
                if (named.Key == "Skip" && named.Value.Value is string reason && string.IsNullOrWhiteSpace(reason))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SkipWithoutReason, argument.GetLocation(), "Test '" + method.Name + "'"));
                }
            }
        }
    }

    private static SyntaxNode ValueSyntax(IArgumentOperation argument) =>
        argument.Syntax is ArgumentSyntax syntax ? syntax.Expression : argument.Syntax;

    private static void AnalyzeSkipCall(OperationAnalysisContext context, INamedTypeSymbol skips)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name != "Skip" || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, skips))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name != "reason" || !argument.Value.ConstantValue.HasValue)
            {
                continue;
            }

            if (argument.Value.ConstantValue.Value is not string reason || string.IsNullOrWhiteSpace(reason))
            {
                var operationId = "?";
                foreach (var other in invocation.Arguments)
                {
                    if (other.Parameter?.Name == "operationId" && other.Value.ConstantValue.Value is string id)
                    {
                        operationId = id;
                    }
                }

                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SkipWithoutReason, ValueSyntax(argument).GetLocation(), "Operation '" + operationId + "'"));
            }
        }
    }
}
