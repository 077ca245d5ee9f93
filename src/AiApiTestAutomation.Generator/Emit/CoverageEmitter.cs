using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>
/// One assembly attribute per operation: where it is in the spec and which test categories were generated
/// for it. The coverage rule (AAT2007) reads these instead of parsing the spec a second time.
/// </summary>
internal static class CoverageEmitter
{
    public static string Emit(string displayPath, ApiSpec spec, TestPlan plan, IEnumerable<PerformanceTest> performanceTests)
    {
        var categories = CategoriesByOperation(plan, performanceTests);
        var writer = new SourceWriter().Header(displayPath);
        writer.Line("using AiApiTestAutomation.Testing.Discovery;");
        writer.Line();
        foreach (var operation in spec.Operations)
        {
            var generated = categories.TryGetValue(operation.Name, out var set) ? string.Join(";", set) : string.Empty;
            var method = ClientSignature.MethodNameOf(operation);
            writer.Line($"[assembly: ApiSpecOperation({CSharp.Literal(displayPath)}, {CSharp.Literal(operation.DisplayId)}, {CSharp.Literal(method)}, {operation.Line}, {CSharp.Literal(generated)})]");
        }

        return writer.Finish();
    }

    private static Dictionary<string, SortedSet<string>> CategoriesByOperation(TestPlan plan, IEnumerable<PerformanceTest> performanceTests)
    {
        var result = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string operationName, string category)
        {
            if (!result.TryGetValue(operationName, out var set))
            {
                result[operationName] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(category);
        }

        foreach (var flow in plan.CrudFlows)
        {
            foreach (var step in new[] { flow.Create, flow.Read, flow.Update, flow.Delete })
            {
                if (step is not null)
                {
                    Add(step.OperationName, "Crud");
                }
            }
        }

        foreach (var error in plan.ErrorCases)
        {
            Add(error.OperationName, "Error");
        }

        foreach (var suite in plan.ValidationSuites)
        {
            Add(suite.OperationName, "Validation");
        }

        foreach (var test in performanceTests)
        {
            Add(test.OperationName, "Performance");
        }

        return result;
    }
}
