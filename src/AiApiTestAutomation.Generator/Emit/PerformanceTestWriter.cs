using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>Writes a <c>{Tag}PerformanceTests</c> class: per operation, set up what the request needs, run the scenario, check its thresholds.</summary>
internal sealed class PerformanceTestWriter
{
    private readonly string displayPath;
    private readonly SpecNames names;
    private readonly string performanceClass;
    private readonly IReadOnlyDictionary<string, ApiOperation> operations;
    private readonly string seedKey;

    public PerformanceTestWriter(string displayPath, SpecNames names, string performanceClass, IReadOnlyDictionary<string, ApiOperation> operations, string seedKey)
    {
        this.displayPath = displayPath;
        this.names = names;
        this.performanceClass = performanceClass;
        this.operations = operations;
        this.seedKey = seedKey;
    }

    public string WriteClass(string className, IReadOnlyList<PerformanceTest> tests)
    {
        var writer = new SourceWriter().Header(displayPath);
        writer.Line("using System.Threading.Tasks;");
        writer.Line("using AiApiTestAutomation.Testing.Discovery;");
        if (tests.Any(t => t.Setup is not null))
        {
            // ShouldHaveStatus/ShouldSucceed on the setup's create call.
            writer.Line("using AiApiTestAutomation.Testing.Expectations;");
        }

        if (tests.Any(t => t.Setup is not null || operations[t.OperationName].RequestBody is not null || PerformanceEmitter.GeneratedParameters(t, operations[t.OperationName]).Any()))
        {
            // scenario.Data.Valid<T> for the setup's body or the request's.
            writer.Line("using AiApiTestAutomation.Testing.Hosting;");
        }

        writer.Line("using AiApiTestAutomation.Testing.Http;");
        writer.Line("using Xunit;");
        writer.Line();
        writer.Line($"namespace {names.Namespace};");
        writer.Line();
        writer.Line("/// <summary>Latency and error-rate checks under load; filter them out with --filter \"Category!=Performance\".</summary>");
        writer.Line("[Trait(\"Category\", \"Performance\")]");
        writer.Open($"public sealed partial class {className} : IClassFixture<{names.Fixture}>");
        writer.Line($"private readonly {names.Fixture} api;");
        writer.Line();
        writer.Line($"public {className}({names.Fixture} api) => this.api = api;");
        foreach (var test in tests)
        {
            writer.Line();
            WriteTest(writer, test);
        }

        writer.Close();
        return writer.Finish();
    }

    private void WriteTest(SourceWriter writer, PerformanceTest test)
    {
        var operation = operations[test.OperationName];
        writer.Line($"[ApiFact(typeof({names.Fixture}), {CSharp.Literal(operation.DisplayId)}, \"Performance\")]");
        writer.Line($"[Trait(\"Operation\", {CSharp.Literal(operation.DisplayId)})]");
        writer.Open($"public async Task {test.TestName}()");
        writer.Line($"var scenario = api.Begin(nameof({test.TestName}), seed: {CSharp.Number(Seeds.For(seedKey, test.TestName))});");
        if (test.Setup is { } setup)
        {
            WriteSetup(writer, setup, operation);
        }

        var body = operation.RequestBody;
        if (body is not null)
        {
            var bodyType = CSharp.TypeName(body.Type, "Models.");
            writer.Line($"var body = scenario.Data.Valid<{bodyType}>({TestEmitter.DataKey(body.SchemaKey)});");
        }

        var placements = new List<string>();
        if (test.Setup is { } idSetup)
        {
            placements.Add($".WithPath({CSharp.Literal(idSetup.IdParameterName)}, {idSetup.IdIdentifier})");
        }

        // Seeded valid values for what the request requires, from the same data factory as the other tests.
        foreach (var parameter in PerformanceEmitter.GeneratedParameters(test, operation))
        {
            var value = $"scenario.Data.Valid<{CSharp.TypeName(parameter.Type, "Models.")}>({TestEmitter.DataKey(parameter.SchemaKey)})";
            placements.Add($".{CSharp.RequestMethodFor(parameter.Location)}({CSharp.Literal(parameter.Name)}, {value})");
        }

        if (body is not null)
        {
            placements.Add($".WithBody(body, {CSharp.Literal(body.MediaType)})");
        }

        var newRequest = $"var request = new ApiRequest({names.Operations}.{operation.Name})";
        writer.Line(placements.Count == 0 ? newRequest + ";" : newRequest);
        for (var i = 0; i < placements.Count; i++)
        {
            writer.Line("    " + placements[i] + (i == placements.Count - 1 ? ";" : string.Empty));
        }

        if (test.Hooked)
        {
            writer.Line($"await {names.Fixture}.{Generator.PerformanceHook.MethodName(operation.Name)}(scenario, request);");
        }

        writer.Line();
        writer.Line($"var run = await {performanceClass}.Suite.RunAsync(scenario, request, {performanceClass}.{operation.Name});");
        writer.Line();
        writer.Line("run.ShouldMeetThresholds();");
        writer.Close();
    }

    private void WriteSetup(SourceWriter writer, PerformanceSetup setup, ApiOperation operation)
    {
        var create = operations[setup.CreateOperationName];
        var createSignature = names.Signatures.For(create);
        var idType = names.Signatures.For(operation).Arguments.First(a => a.Identifier == setup.IdIdentifier).TypeName;
        var arguments = createSignature.Arguments
            .Where(a => a.Required)
            .Select(a => $"scenario.Data.Valid<{a.TypeName}>({TestEmitter.DataKey(a.Body?.SchemaKey ?? a.Parameter?.SchemaKey ?? string.Empty)})");
        writer.Line($"var created = await scenario.Client.{createSignature.MethodName}({string.Join(", ", arguments)});");
        writer.Line(setup.CreateStatuses.IsEmpty ? "created.ShouldSucceed();" : $"created.ShouldHaveStatus({string.Join(", ", setup.CreateStatuses)});");
        writer.Line(setup.IdPointer is null
            ? $"var {setup.IdIdentifier} = {ConvertId("created.ExtractIdFromLocation()", idType)};"
            : $"var {setup.IdIdentifier} = created.Extract<{idType}>({CSharp.Literal(setup.IdPointer)});");
    }

    private static string ConvertId(string expression, string idType) => idType switch
    {
        "long" => $"long.Parse({expression}, System.Globalization.CultureInfo.InvariantCulture)",
        "int" => $"int.Parse({expression}, System.Globalization.CultureInfo.InvariantCulture)",
        _ => expression,
    };
}
