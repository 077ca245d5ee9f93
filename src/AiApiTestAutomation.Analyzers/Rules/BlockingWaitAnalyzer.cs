using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>
/// AAT2004: task.Result, task.Wait() or task.GetAwaiter().GetResult() in a test. Blocking a test thread on
/// I/O starves xunit's limited parallelism and can deadlock under a synchronisation context.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingWaitAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: which form was found (Result, Wait or GetResult), for the code fix.</summary>
    public const string FormProperty = "Form";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.BlockingWait);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = TestSymbols.Create(start.Compilation);
            var tasks = TaskTypes.Create(start.Compilation);
            if (symbols is null || tasks is null)
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
                        var form = Classify(operation.Operation, tasks);
                        if (form is not null)
                        {
                            var properties = ImmutableDictionary<string, string?>.Empty.Add(FormProperty, form);
                            operation.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BlockingWait, operation.Operation.Syntax.GetLocation(), properties, method.Name, "." + form));
                        }
                    },
                    OperationKind.PropertyReference,
                    OperationKind.Invocation);
            });
        });
    }

    private static string? Classify(IOperation operation, TaskTypes tasks)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.Name: "Result" } property when tasks.IsTask(property.Instance?.Type):
                return "Result";
            case IInvocationOperation { TargetMethod.Name: "Wait" } wait when tasks.IsTask(wait.Instance?.Type):
                return "Wait()";
            case IInvocationOperation { TargetMethod.Name: "GetResult", Instance: IInvocationOperation { TargetMethod.Name: "GetAwaiter" } getAwaiter }
                when tasks.IsTask(getAwaiter.Instance?.Type):
                return "GetAwaiter().GetResult()";
            default:
                return null;
        }
    }
}
