using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiApiTestAutomation.Core;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>
/// A spec's performance tests: <c>{Prefix}Performance</c> (the scenarios, their thresholds and the k6 script
/// holding the same ones) and one <c>{Tag}PerformanceTests</c> class per tag.
/// </summary>
internal static class PerformanceEmitter
{
    public static IEnumerable<GeneratedFile> Emit(SpecGenerationModel model, SpecNames names, ApiSpec spec, EquatableArray<PerformanceTest> tests)
    {
        if (tests.IsEmpty)
        {
            yield break;
        }

        var operations = spec.Operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var performanceClass = names.Fixture.EndsWith("Api", StringComparison.Ordinal)
            ? names.Fixture.Substring(0, names.Fixture.Length - 3) + "Performance"
            : names.Fixture + "Performance";
        yield return new GeneratedFile(performanceClass + ".g.cs", EmitScenarios(model, names, performanceClass, tests, operations, spec));

        // Class names of the other emitters are not visible here; the suffix keeps ours distinct from theirs.
        var takenClasses = new HashSet<string>(StringComparer.Ordinal) { names.Fixture, names.Client, names.Operations, names.Schemas, performanceClass };
        foreach (var group in tests.GroupBy(t => t.Group, StringComparer.Ordinal))
        {
            var className = Identifiers.MakeUnique(Identifiers.ToPascalCase(group.Key, "Api") + "PerformanceTests", takenClasses);
            var writer = new PerformanceTestWriter(model.DisplayPath, names, performanceClass, operations, spec.FilePath);
            yield return new GeneratedFile(className + ".g.cs", writer.WriteClass(className, group.ToList()));
        }
    }

    private static string EmitScenarios(SpecGenerationModel model, SpecNames names, string className, EquatableArray<PerformanceTest> tests, Dictionary<string, ApiOperation> operations, ApiSpec spec)
    {
        var writer = new SourceWriter().Header(model.DisplayPath);
        writer.Line("using System;");
        writer.Line("using System.Collections.Generic;");
        writer.Line("using AiApiTestAutomation.Testing.Performance;");
        writer.Line();
        writer.Line($"namespace {names.Namespace};");
        writer.Line();
        writer.Line($"/// <summary>The performance scenarios of {CSharp.XmlText(model.DisplayPath)}: load, thresholds, and the same scenarios as a k6 script for distributed runs.</summary>");
        writer.Open($"internal static class {className}");
        foreach (var test in tests)
        {
            var operation = operations[test.OperationName];
            writer.Line($"public static readonly PerformanceScenario {test.OperationName} = new(");
            writer.Line($"    {CSharp.Literal(operation.DisplayId)},");
            writer.Line($"    {CSharp.Literal(operation.Method + " " + operation.Path)},");
            writer.Line($"    new LoadProfile {{ {string.Join(", ", LoadSettings(test))} }},");
            writer.Line($"    new PerformanceThresholds {{ {string.Join(", ", Thresholds(test))} }});");
            writer.Line();
        }

        var setups = tests.Where(t => t.Setup is not null).Select(t => (t, operations[t.Setup!.CreateOperationName].RequestBody)).ToList();
        var bodies = tests.Where(t => operations[t.OperationName].RequestBody is not null).ToList();
        writer.Line("/// <summary>Runs the scenarios and writes the k6 script with its data (the bodies of the resources created first) to the results folder.</summary>");
        writer.Line($"public static readonly PerformanceSuite Suite = new(");
        writer.Line($"    {CSharp.Literal(model.ClassPrefix)},");
        writer.Line("    K6Script,");
        var data = new List<string>();
        foreach (var (test, body) in setups)
        {
            if (body is not null)
            {
                data.Add($"[{CSharp.Literal(K6ScriptWriter.SetupKey(operations[test.OperationName]))}] = {TestEmitter.DataKey(body.SchemaKey)}");
            }
        }

        foreach (var test in bodies)
        {
            var operation = operations[test.OperationName];
            data.Add($"[{CSharp.Literal(K6ScriptWriter.BodyKey(operation))}] = {TestEmitter.DataKey(operation.RequestBody!.SchemaKey)}");
        }

        foreach (var test in tests)
        {
            var operation = operations[test.OperationName];
            foreach (var parameter in GeneratedParameters(test, operation))
            {
                data.Add($"[{CSharp.Literal(K6ScriptWriter.ParameterKey(operation, parameter))}] = {TestEmitter.DataKey(parameter.SchemaKey)}");
            }
        }

        writer.Line(data.Count == 0
            ? "    new Dictionary<string, string>());"
            : $"    new Dictionary<string, string>(StringComparer.Ordinal) {{ {string.Join(", ", data)} }});");
        writer.Line();
        writer.Line("/// <summary>The same scenarios and thresholds for k6 (https://k6.io); the tests write it next to their reports.</summary>");
        writer.Line($"public const string K6Script = {CSharp.VerbatimLiteral(K6ScriptWriter.Write(model.DisplayPath, model.ClassPrefix, spec, tests, operations))};");
        writer.Close();
        return writer.Finish();
    }

    /// <summary>
    /// The parameters a test fills with seeded valid values: the required query, header and cookie ones, and,
    /// for an operation with a hook, the path parameters no created resource supplies (the hook may replace them).
    /// </summary>
    internal static IEnumerable<ApiParameter> GeneratedParameters(PerformanceTest test, ApiOperation operation) =>
        operation.Parameters.Where(p => p.Location == ParameterLocation.Path ? p.Name != test.Setup?.IdParameterName : p.Required);

    private static IEnumerable<string> LoadSettings(PerformanceTest test)
    {
        yield return $"Concurrency = {Number(test.Concurrency)}";
        if (test.Rate is { } rate)
        {
            yield return $"RatePerSecond = {Number(rate)}";
        }
        else if (test.DurationSeconds is null)
        {
            yield return $"Requests = {Number(test.Requests)}";
        }

        if (test.DurationSeconds is { } seconds)
        {
            yield return $"Duration = TimeSpan.FromSeconds({Number(seconds)})";
        }

        yield return $"WarmupRequests = {Number(test.WarmupRequests)}";
    }

    private static IEnumerable<string> Thresholds(PerformanceTest test)
    {
        if (test.P95Ms is { } p95)
        {
            yield return $"P95Ms = {Number(p95)}";
        }

        if (test.P99Ms is { } p99)
        {
            yield return $"P99Ms = {Number(p99)}";
        }

        yield return $"MaxErrorRate = {Number(test.MaxErrorRate)}";
        if (test.RegressionPercent is { } regression)
        {
            yield return $"RegressionPercent = {Number(regression)}";
        }
    }

    internal static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
