using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>Writes an operation's input-validation theories: every violated constraint is rejected, every boundary value accepted.</summary>
internal sealed class ValidationTestWriter
{
    private readonly SourceWriter writer;
    private readonly SpecNames names;
    private readonly string specPath;
    private readonly HashSet<string> takenMembers;

    public ValidationTestWriter(SourceWriter writer, SpecNames names, string specPath, HashSet<string> takenMembers)
    {
        this.writer = writer;
        this.names = names;
        this.specPath = specPath;
        this.takenMembers = takenMembers;
    }

    public void Write(ApiOperation operation, ValidationSuite suite)
    {
        var undocumented = suite.RejectStatuses.IsEmpty;
        var rejectName = Identifiers.MakeUnique(operation.Name + (undocumented ? "_rejects_invalid_input_with_a_4xx_as_none_is_documented" : "_rejects_invalid_input"), takenMembers);
        var rejectData = Identifiers.MakeUnique(operation.Name + "InvalidInputs", takenMembers);
        var seed = CSharp.Number(Seeds.For(specPath, rejectName));
        var schemaKey = CSharp.Literal(suite.SchemaKey);
        var mediaType = CSharp.Literal(suite.MediaType);

        writer.Line($"public static TheoryData<string> {rejectData} => ValidationCases.InvalidNames({names.Fixture}.Spec, {schemaKey}, seed: {seed});");
        writer.Line();
        writer.Line("[Theory]");
        writer.Line($"[MemberData(nameof({rejectData}))]");
        writer.Line($"[Trait(\"Operation\", {CSharp.Literal(operation.DisplayId)})]");
        writer.Open($"public async Task {rejectName}(string violation)");
        writer.Line($"var scenario = api.Begin({CSharp.Literal(operation.Name + " rejects ")} + violation, seed: {seed});");
        WriteRequest(operation, $".WithInvalidBody(scenario.Data, {schemaKey}, violation, {mediaType})");
        writer.Line("var response = await scenario.Session.SendAsync(request);");
        writer.Line();
        writer.Line(undocumented ? "response.ShouldBeClientError();" : $"response.ShouldHaveStatus({string.Join(", ", suite.RejectStatuses)});");
        writer.Close();

        if (!suite.PlanBoundaries)
        {
            return;
        }

        var acceptName = Identifiers.MakeUnique(operation.Name + "_accepts_boundary_values", takenMembers);
        var acceptData = Identifiers.MakeUnique(operation.Name + "BoundaryInputs", takenMembers);
        var acceptSeed = CSharp.Number(Seeds.For(specPath, acceptName));
        writer.Line();
        writer.Line($"public static TheoryData<string> {acceptData} => ValidationCases.BoundaryNames({names.Fixture}.Spec, {schemaKey}, seed: {acceptSeed});");
        writer.Line();
        writer.Line("[Theory]");
        writer.Line($"[MemberData(nameof({acceptData}))]");
        writer.Line($"[Trait(\"Operation\", {CSharp.Literal(operation.DisplayId)})]");
        writer.Open($"public async Task {acceptName}(string boundary)");
        writer.Line($"var scenario = api.Begin({CSharp.Literal(operation.Name + " accepts ")} + boundary, seed: {acceptSeed});");
        WriteRequest(operation, $".WithBoundaryBody(scenario.Data, {schemaKey}, boundary, {mediaType})");
        writer.Line("var response = await scenario.Session.SendAsync(request);");
        writer.Line();
        writer.Line(suite.SuccessStatuses.IsEmpty ? "response.ShouldSucceed();" : $"response.ShouldHaveStatus({string.Join(", ", suite.SuccessStatuses)});");
        writer.Close();
    }

    private void WriteRequest(ApiOperation operation, string bodyCall)
    {
        var calls = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p.Required))
        {
            var method = parameter.Location switch
            {
                ParameterLocation.Path => "WithPath",
                ParameterLocation.Header => "WithHeader",
                ParameterLocation.Cookie => "WithCookie",
                _ => "WithQuery",
            };
            var type = CSharp.TypeName(parameter.Type, "Models.");
            calls.Add($".{method}({CSharp.Literal(parameter.Name)}, scenario.Data.Valid<{type}>({TestEmitter.DataKey(parameter.SchemaKey)}))");
        }

        calls.Add(bodyCall + ";");
        writer.Line($"var request = new ApiRequest({names.Operations}.{operation.Name})");
        foreach (var call in calls)
        {
            writer.Line("    " + call);
        }
    }
}
