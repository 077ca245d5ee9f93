using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;

namespace AiApiTestAutomation.Tasks.Reporting;

/// <summary>
/// One spec's report from the same front end and planner the generator uses, so the report lists exactly
/// the test categories the build generates. Test counts are test methods (a theory counts once).
/// </summary>
internal static class ReportBuilder
{
    public static SpecReport Build(string displayPath, string text)
    {
        var result = SpecLoader.Load(displayPath, text, new SpecLoadOptions(ExampleScope.All));
        var findings = result.Diagnostics.Select(d => (Diagnostic: d, Finding: ToFinding(d))).ToList();
        if (result.Spec is not { } spec)
        {
            return new SpecReport(displayPath, null, null, null, 0, Array.Empty<OperationReport>(), findings.Select(f => f.Finding).ToList());
        }

        var tests = PlannedTests(TestPlanner.Plan(spec));
        var operationFindings = new HashSet<SpecDiagnostic>();
        var operations = new List<OperationReport>();
        foreach (var operation in spec.Operations)
        {
            var prefix = OperationPointer(operation);
            var own = findings.Where(f => IsUnder(f.Diagnostic.Pointer, prefix)).ToList();
            operationFindings.UnionWith(own.Select(f => f.Diagnostic));

            tests.TryGetValue(operation.Name, out var planned);
            var categories = planned?.Categories.ToList() ?? new List<string>();
            var ownFindings = own.Select(f => f.Finding).ToList();
            operations.Add(new OperationReport(
                operation.Method,
                operation.Path,
                operation.DisplayId,
                operation.Line,
                categories,
                planned?.Count ?? 0,
                QualityScore.ForOperation(categories, ownFindings),
                ownFindings));
        }

        var specFindings = findings.Where(f => !operationFindings.Contains(f.Diagnostic)).Select(f => f.Finding).ToList();
        var score = QualityScore.ForSpec(operations.Select(o => o.Score).ToList(), specFindings, readable: true);
        return new SpecReport(displayPath, spec.Title, spec.Version, Describe(spec.SpecVersion), score, operations, specFindings);
    }

    public static SpecReport Missing(string displayPath) =>
        new(displayPath, null, null, null, 0, Array.Empty<OperationReport>(), new[] { new Finding("AAT1001", "Error", "The spec file does not exist.", 0) });

    private sealed class PlannedTestsOfOperation
    {
        public SortedSet<string> Categories { get; } = new(StringComparer.Ordinal);

        public int Count { get; set; }
    }

    private static Dictionary<string, PlannedTestsOfOperation> PlannedTests(TestPlan plan)
    {
        var byOperation = new Dictionary<string, PlannedTestsOfOperation>(StringComparer.Ordinal);
        PlannedTestsOfOperation Of(string operation) =>
            byOperation.TryGetValue(operation, out var tests) ? tests : byOperation[operation] = new PlannedTestsOfOperation();

        foreach (var flow in plan.CrudFlows)
        {
            // One test walks every step; the generator tags it with the create operation, where it is counted.
            Of(flow.Create.OperationName).Count++;
            foreach (var step in new[] { flow.Create, flow.Read, flow.Update, flow.Delete })
            {
                if (step is not null)
                {
                    Of(step.OperationName).Categories.Add(TestCategories.Crud);
                }
            }
        }

        foreach (var error in plan.ErrorCases)
        {
            var tests = Of(error.OperationName);
            tests.Categories.Add(TestCategories.Error);
            tests.Count++;
        }

        foreach (var suite in plan.ValidationSuites)
        {
            var tests = Of(suite.OperationName);
            tests.Categories.Add(TestCategories.Validation);
            tests.Count += suite.PlanBoundaries ? 2 : 1;
        }

        return byOperation;
    }

    private static Finding ToFinding(SpecDiagnostic diagnostic) =>
        new(diagnostic.Id, diagnostic.Severity.ToString(), diagnostic.Message, diagnostic.Line);

    private static string OperationPointer(ApiOperation operation) =>
        "/paths/" + operation.Path.Replace("~", "~0").Replace("/", "~1") + "/" + operation.Method.ToLowerInvariant();

    private static bool IsUnder(string? pointer, string prefix)
    {
        if (pointer is null)
        {
            return false;
        }

        var path = pointer.TrimStart('#');
        return path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal);
    }

    private static string Describe(SpecVersion version) => version switch
    {
        SpecVersion.Swagger20 => "2.0",
        SpecVersion.OpenApi30 => "3.0",
        _ => "3.1",
    };
}
