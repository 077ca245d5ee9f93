using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>AAT2003: an async void test. xunit cannot observe its completion, so an exception after the first await may go unreported.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AsyncVoidAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.AsyncVoid);

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

            start.RegisterSymbolAction(
                symbol =>
                {
                    var method = (IMethodSymbol)symbol.Symbol;
                    if (method.IsAsync && method.ReturnsVoid && symbols.IsTest(method))
                    {
                        symbol.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AsyncVoid, method.Locations[0], method.Name));
                    }
                },
                SymbolKind.Method);
        });
    }
}
