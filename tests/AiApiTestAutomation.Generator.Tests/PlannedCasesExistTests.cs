using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Planning;
using AiApiTestAutomation.Testing.Data;
using AiApiTestAutomation.Schemas;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>
/// The planner (compile time) and the data factory (run time) agree: every validation theory the generator emits
/// for a corpus spec has at least one case at run time, since a theory without data fails in xunit, and every
/// planned parameter-boundary theory finds a parameter it can put on a limit.
/// </summary>
public sealed class PlannedCasesExistTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Specs() => CorpusCompileTests.Specs().Where(row => ((string)row[0]).EndsWith(".json"));

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_planned_validation_theory_has_cases(string relativePath)
    {
        var path = Path.Combine(SharedCorpus.SpecsDir, relativePath);
        var result = SpecLoader.Load(path, File.ReadAllText(path));
        if (result.Spec is not { } spec)
        {
            return; // a spec that cannot be read gets no tests at all (MalformedSpecTests covers the diagnostics)
        }

        var plan = TestPlanner.Plan(spec);
        var factory = new TestDataFactory(SchemaSet.Parse(spec.SchemaBundle.ToString()), seed: 4711);
        var empty = new List<string>();
        int parameterCases = 0, boundaryTheories = 0, boundaryCases = 0;
        foreach (var suite in plan.ValidationSuites)
        {
            if (suite.Target == ValidationTarget.Parameters && suite.PlanBoundaries)
            {
                // The fallback row (valid parameters) keeps such a theory runnable, but a planned boundary should exist.
                int boundaries = factory.BoundaryParameters(suite.SchemaKey).Count;
                boundaryTheories++;
                boundaryCases += boundaries;
                if (boundaries == 0)
                {
                    empty.Add($"{suite.OperationName} (parameter boundaries, {suite.SchemaKey})");
                }
            }

            int count = suite.Target == ValidationTarget.Parameters
                ? factory.InvalidParameters(suite.SchemaKey).Count
                : factory.Invalid(suite.SchemaKey).Count;
            if (count == 0)
            {
                empty.Add($"{suite.OperationName} ({suite.Target}, {suite.SchemaKey})");
            }

            parameterCases += suite.Target == ValidationTarget.Parameters ? count : 0;
        }

        output.WriteLine($"{relativePath}: {plan.ValidationSuites.Count(s => s.Target == ValidationTarget.Parameters)} parameter theories with {parameterCases} cases, {boundaryTheories} parameter boundary theories with {boundaryCases} cases, {plan.ValidationSuites.Count(s => s.Target == ValidationTarget.Body)} body theories");
        Assert.True(empty.Count == 0, $"{empty.Count} planned theories have no case:\n" + string.Join("\n", empty.Take(30)));
    }
}
