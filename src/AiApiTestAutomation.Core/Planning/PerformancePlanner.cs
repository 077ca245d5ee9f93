using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Planning;

/// <summary>
/// Plans performance tests. Safe operations (GET, HEAD) get one unless x-performance says enabled: false;
/// state-changing ones only when opted in (PerformanceOperations metadata, x-performance enabled: true, or the
/// user's Prepare{Operation}PerformanceAsync hook). Required query, header and cookie parameters get seeded valid
/// values from the test data factory. A path parameter must be the id of a resource a CRUD flow can create,
/// unless the operation has a hook: then the test fills path parameters with valid values and the hook may
/// replace them (it knows which resources exist).
/// </summary>
public static class PerformancePlanner
{
    public const double DefaultP95Ms = 200;
    public const double DefaultP99Ms = 500;
    public const int DefaultConcurrency = 4;
    public const int DefaultRequests = 200;
    public const double DefaultMaxErrorRate = 0.01;

    public static EquatableArray<PerformanceTest> Plan(ApiSpec spec, TestPlan plan, PerformanceOptions options)
    {
        var operations = spec.Operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var optedIn = new HashSet<string>(options.Operations, StringComparer.Ordinal);
        var hooked = new HashSet<string>(options.Hooks, StringComparer.Ordinal);
        var takenNames = new HashSet<string>(StringComparer.Ordinal);
        var tests = new List<PerformanceTest>();
        foreach (var operation in spec.Operations)
        {
            var settings = operation.Performance ?? new PerformanceSettings();
            var hasHook = hooked.Contains(operation.Name);
            var wanted = settings.Enabled ?? (operation.Method is "GET" or "HEAD" || hasHook || optedIn.Contains(operation.DisplayId) || optedIn.Contains(operation.Name));
            if (!wanted)
            {
                continue;
            }

            PerformanceSetup? setup = null;
            var pathParameters = operation.Parameters.Where(p => p.Location == ParameterLocation.Path).ToList();
            if (pathParameters.Count == 1)
            {
                setup = SetupFor(operation, pathParameters[0], plan, operations);
            }

            if (pathParameters.Count > 0 && setup is null && !hasHook)
            {
                continue;
            }

            tests.Add(new PerformanceTest(
                operation.Name,
                Identifiers.MakeUnique(operation.Name + "_meets_latency_thresholds", takenNames),
                operation.Tags.IsEmpty ? spec.Title : operation.Tags[0],
                setup,
                settings.Concurrency ?? options.Concurrency ?? DefaultConcurrency,
                settings.Requests ?? options.Requests ?? DefaultRequests,
                settings.DurationSeconds ?? options.DurationSeconds,
                settings.Rate ?? options.Rate,
                WarmupRequests: 20,
                settings.P95Ms ?? options.P95Ms ?? DefaultP95Ms,
                settings.P99Ms ?? options.P99Ms ?? DefaultP99Ms,
                settings.MaxErrorRate ?? options.MaxErrorRate ?? DefaultMaxErrorRate,
                options.RegressionPercent,
                hasHook));
        }

        return tests.ToEquatableArray();
    }

    /// <summary>The create step of the CRUD flow whose item path this operation shares, with the id it yields.</summary>
    private static PerformanceSetup? SetupFor(ApiOperation operation, ApiParameter idParameter, TestPlan plan, Dictionary<string, ApiOperation> operations)
    {
        foreach (var flow in plan.CrudFlows)
        {
            var read = operations[flow.Read.OperationName];
            var readId = read.Parameters.FirstOrDefault(p => p.Identifier == flow.IdParameter);
            if (read.Path == operation.Path && readId is not null && readId.Name == idParameter.Name && readId.Type == idParameter.Type)
            {
                return new PerformanceSetup(flow.Create.OperationName, flow.Create.SuccessStatuses, idParameter.Identifier, idParameter.Name, flow.IdPointer);
            }
        }

        return null;
    }
}
