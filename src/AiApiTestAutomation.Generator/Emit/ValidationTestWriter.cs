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
        if (suite.Target == ValidationTarget.Parameters)
        {
            WriteParameters(operation, suite);
            return;
        }

        var schemaKey = CSharp.Literal(suite.SchemaKey);
        var mediaType = CSharp.Literal(suite.MediaType);
        var undocumented = suite.RejectStatuses.IsEmpty;
        WriteTheory(
            operation,
            operation.Name + (undocumented ? "_rejects_invalid_input_with_a_4xx_as_none_is_documented" : "_rejects_invalid_input"),
            operation.Name + "InvalidInputs",
            "InvalidNames",
            "violation",
            " rejects ",
            new[] { $".WithInvalidBody(scenario.Data, {schemaKey}, violation, {mediaType})" },
            undocumented ? "ShouldBeClientError()" : $"ShouldHaveStatus({string.Join(", ", suite.RejectStatuses)})",
            schemaKey);

        if (suite.PlanBoundaries)
        {
            writer.Line();
            WriteTheory(
                operation,
                operation.Name + "_accepts_boundary_values",
                operation.Name + "BoundaryInputs",
                "BoundaryNames",
                "boundary",
                " accepts ",
                new[] { $".WithBoundaryBody(scenario.Data, {schemaKey}, boundary, {mediaType})" },
                suite.SuccessStatuses.IsEmpty ? "ShouldSucceed()" : $"ShouldHaveStatus({string.Join(", ", suite.SuccessStatuses)})",
                schemaKey);
        }
    }

    /// <summary>
    /// One theory over the parameter cases (each breaks one query, path or header parameter, the rest stay valid) and,
    /// when planned, one over the boundary cases (each puts one parameter exactly on a limit).
    /// </summary>
    private void WriteParameters(ApiOperation operation, ValidationSuite suite)
    {
        var setKey = CSharp.Literal(suite.SchemaKey);
        var undocumented = suite.RejectStatuses.IsEmpty;
        WriteTheory(
            operation,
            operation.Name + (undocumented ? "_rejects_invalid_parameters_with_a_4xx_as_none_is_documented" : "_rejects_invalid_parameters"),
            operation.Name + "InvalidParameters",
            "InvalidParameterNames",
            "violation",
            " rejects ",
            ParameterCalls(operation, suite, $".WithInvalidParameters(scenario.Data, {setKey}, violation)"),
            undocumented ? "ShouldBeClientError()" : $"ShouldHaveStatus({string.Join(", ", suite.RejectStatuses)})",
            setKey,
            setsParameters: true);

        if (suite.PlanBoundaries)
        {
            writer.Line();
            WriteTheory(
                operation,
                operation.Name + "_accepts_boundary_parameters",
                operation.Name + "BoundaryParameters",
                "BoundaryParameterNames",
                "boundary",
                " accepts ",
                ParameterCalls(operation, suite, $".WithBoundaryParameters(scenario.Data, {setKey}, boundary)"),
                suite.SuccessStatuses.IsEmpty ? "ShouldSucceed()" : $"ShouldHaveStatus({string.Join(", ", suite.SuccessStatuses)})",
                setKey,
                setsParameters: true);
        }
    }

    /// <summary>The call that sets the case's parameters, then the valid JSON body the operation takes, if any.</summary>
    private static List<string> ParameterCalls(ApiOperation operation, ValidationSuite suite, string parametersCall)
    {
        var calls = new List<string> { parametersCall };
        if (suite.MediaType.Length > 0 && operation.RequestBody is { } requestBody)
        {
            calls.Add($".WithBody(scenario.Data.Valid({TestEmitter.DataKey(requestBody.SchemaKey)}), {CSharp.Literal(suite.MediaType)})");
        }

        return calls;
    }

    /// <summary>A theory over named cases: the data member lists the names, each row sends its case and checks the expectation.</summary>
    private void WriteTheory(ApiOperation operation, string testName, string dataName, string casesMethod, string parameter, string verb, IReadOnlyList<string> requestCalls, string expectation, string schemaKey, bool setsParameters = false)
    {
        var name = Identifiers.MakeUnique(testName, takenMembers);
        var data = Identifiers.MakeUnique(dataName, takenMembers);
        var seed = CSharp.Number(Seeds.For(specPath, name));

        writer.Line($"public static TheoryData<string> {data} => ValidationCases.{casesMethod}({names.Fixture}.Spec, {schemaKey}, seed: {seed});");
        writer.Line();
        TestEmitter.WriteTestAttributes(writer, "ApiTheory", names, operation, "Validation");
        writer.Line($"[MemberData(nameof({data}))]");
        writer.Open($"public async Task {name}(string {parameter})");
        writer.Line($"var scenario = api.Begin({CSharp.Literal(operation.Name + verb)} + {parameter}, seed: {seed});");
        WriteRequest(operation, requestCalls, setsParameters);
        writer.Line("var response = await scenario.Session.SendAsync(request);");
        writer.Line();
        writer.Line($"response.{expectation};");
        writer.Close();
    }

    private void WriteRequest(ApiOperation operation, IReadOnlyList<string> requestCalls, bool setsParameters)
    {
        var calls = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p.Required && !(setsParameters && ParameterSet.Validatable(operation.Parameters).Contains(p))))
        {
            var type = CSharp.TypeName(parameter.Type, "Models.");
            calls.Add($".{CSharp.RequestMethodFor(parameter.Location)}({CSharp.Literal(parameter.Name)}, scenario.Data.Valid<{type}>({TestEmitter.DataKey(parameter.SchemaKey)}))");
        }

        calls.AddRange(requestCalls);
        calls[calls.Count - 1] += ";";
        writer.Line($"var request = new ApiRequest({names.Operations}.{operation.Name})");
        foreach (var call in calls)
        {
            writer.Line("    " + call);
        }
    }
}
