using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>
/// AAT2008: a call to a method a generated client ([ApiClient(specPath)]) does not have. The compiler says
/// CS1061; this says which spec change caused it. Only invalid operations are inspected, so a build that
/// compiles pays nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RemovedOperationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RemovedOperation);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = TestSymbols.Create(start.Compilation);
            if (symbols?.ApiClient is null)
            {
                return;
            }

            start.RegisterOperationAction(
                operation =>
                {
                    if (operation.Operation.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                        || operation.Operation.SemanticModel is not { } model)
                    {
                        return;
                    }

                    var receiver = model.GetTypeInfo(access.Expression, operation.CancellationToken).Type;
                    var name = access.Name.Identifier.ValueText;
                    if (symbols.ApiClientSpecPath(receiver) is not { } specPath || !receiver!.GetMembers(name).IsEmpty)
                    {
                        return;
                    }

                    var specs = new SpecFiles(operation.Options.AdditionalFiles, operation.Options.AnalyzerConfigOptionsProvider);
                    var explanation = SpecHistory.Explain(name, specPath, specs, operation.CancellationToken);
                    operation.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RemovedOperation, access.Name.GetLocation(), name, specPath, explanation));
                },
                OperationKind.Invalid);
        });
    }
}
