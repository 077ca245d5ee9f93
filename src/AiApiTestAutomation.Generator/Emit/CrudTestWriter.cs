using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>Writes one lifecycle test: create, read back, update and read again, delete, read and expect not-found.</summary>
internal sealed class CrudTestWriter
{
    private readonly SourceWriter writer;
    private readonly SpecNames names;
    private readonly IReadOnlyDictionary<string, ApiOperation> operations;
    private readonly IReadOnlyDictionary<string, ApiModelType> models;
    private readonly string seedKey;

    public CrudTestWriter(SourceWriter writer, SpecNames names, IReadOnlyDictionary<string, ApiOperation> operations, IReadOnlyDictionary<string, ApiModelType> models, string seedKey)
    {
        this.writer = writer;
        this.names = names;
        this.operations = operations;
        this.models = models;
        this.seedKey = seedKey;
    }

    public void Write(CrudFlow flow)
    {
        var create = operations[flow.Create.OperationName];
        var read = operations[flow.Read.OperationName];
        var id = flow.IdParameter;
        var readSignature = names.Signatures.For(read);
        var idType = readSignature.Arguments.First(a => a.Identifier == id).TypeName;

        var alsoUses = new[] { flow.Read, flow.Update, flow.Delete }
            .Where(step => step is not null && step.OperationName != create.Name)
            .Select(step => operations[step!.OperationName])
            .Distinct()
            .ToList();
        TestEmitter.WriteTestAttributes(writer, "ApiFact", names, create, "Crud", alsoUses);
        writer.Open($"public async Task {flow.TestName}()");
        writer.Line($"var scenario = api.Begin(nameof({flow.TestName}), seed: {CSharp.Number(Seeds.For(seedKey, flow.TestName))});");
        writer.Line("var client = scenario.Client;");
        writer.Line();

        var sent = Call(create, "created", null, null, "new" + flow.Resource);
        Expect("created", flow.Create);
        writer.Line(flow.IdPointer is null
            ? $"var {id} = {ConvertId("created.ExtractIdFromLocation()", idType)};"
            : $"var {id} = created.Extract<{idType}>({CSharp.Literal(flow.IdPointer)});");
        writer.Line();

        Call(read, "read", id, null, null);
        var readCheck = SameType(create, read) ? ".ShouldHaveBodyEquivalentTo(created)" : FieldsCheck(create, read, sent);
        Expect("read", flow.Read, readCheck);

        if (flow.Update is { } updateStep)
        {
            var update = operations[updateStep.OperationName];
            writer.Line();
            var changes = Call(update, "updated", id, null, "changed" + flow.Resource);
            Expect("updated", updateStep);
            Call(read, "reread", id, null, null);
            Expect("reread", flow.Read, FieldsCheck(update, read, changes));
        }

        if (flow.Delete is { } deleteStep)
        {
            var delete = operations[deleteStep.OperationName];
            writer.Line();
            Call(delete, "deleted", id, null, null);
            Expect("deleted", deleteStep);
            if (flow.ReadAfterDeleteStatus is { } gone)
            {
                Call(read, "readAfterDelete", id, null, null);
                writer.Line($"readAfterDelete.ShouldHaveStatus({gone});");
            }
        }

        writer.Close();
    }

    /// <summary>Writes the data setup and the call; returns the variable holding the body sent, if any.</summary>
    private string? Call(ApiOperation operation, string resultName, string? idIdentifier, string? unused, string? bodyName)
    {
        var signature = names.Signatures.For(operation);
        var arguments = new List<string>();
        string? bodyVariable = null;
        foreach (var argument in signature.Arguments.Where(a => a.Required))
        {
            if (argument.Identifier == idIdentifier)
            {
                arguments.Add(idIdentifier);
            }
            else if (argument.Body is { } body)
            {
                bodyVariable = bodyName ?? resultName + "Body";
                writer.Line($"var {bodyVariable} = scenario.Data.Valid<{argument.TypeName}>({TestEmitter.DataKey(body.SchemaKey)});");
                arguments.Add(bodyVariable);
            }
            else
            {
                arguments.Add($"scenario.Data.Valid<{argument.TypeName}>({TestEmitter.DataKey(argument.Parameter?.SchemaKey ?? string.Empty)})");
            }
        }

        writer.Line($"var {resultName} = await client.{signature.MethodName}({string.Join(", ", arguments)});");
        return bodyVariable;
    }

    private void Expect(string variable, CrudStep step, string extra = "")
    {
        var status = step.SuccessStatuses.IsEmpty ? "ShouldSucceed()" : $"ShouldHaveStatus({string.Join(", ", step.SuccessStatuses)})";
        writer.Line($"{variable}.{status}{extra};");
    }

    private bool SameType(ApiOperation create, ApiOperation read)
    {
        var created = names.Signatures.For(create).SuccessResponse;
        var readBack = names.Signatures.For(read).SuccessResponse;
        return created?.SchemaKey is { } key && key == readBack?.SchemaKey;
    }

    /// <summary>Compares what was sent with what is read back, only when every sent property is one the read response has and none is write-only.</summary>
    private string FieldsCheck(ApiOperation writeOperation, ApiOperation read, string? sentVariable)
    {
        if (sentVariable is null
            || writeOperation.RequestBody?.Type is not { Kind: ApiTypeKind.Model, ModelName: { } inputName }
            || names.Signatures.For(read).SuccessResponse?.Type is not { Kind: ApiTypeKind.Model, ModelName: { } outputName }
            || !models.TryGetValue(inputName, out var input)
            || !models.TryGetValue(outputName, out var output))
        {
            return string.Empty;
        }

        var readable = new HashSet<string>(output.Properties.Where(p => !p.WriteOnly).Select(p => p.JsonName));
        return input.Properties.All(p => !p.WriteOnly && readable.Contains(p.JsonName)) ? $".ShouldContainFieldsOf({sentVariable})" : string.Empty;
    }

    private static string ConvertId(string expression, string idType) => idType switch
    {
        "long" => $"long.Parse({expression}, System.Globalization.CultureInfo.InvariantCulture)",
        "int" => $"int.Parse({expression}, System.Globalization.CultureInfo.InvariantCulture)",
        _ => expression,
    };
}
