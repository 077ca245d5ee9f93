using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>
/// The parameter list of a client method: required parameters (path first), the body, then optional
/// parameters with defaults. Tests pass the required ones positionally, in this same order.
/// </summary>
internal sealed class ClientSignature
{
    // The client, the CRUD, coverage and performance writers each ask for an operation's signature; it is worked out
    // once per operation (by reference: the model's operations live as long as their signatures are wanted).
    private static readonly ConditionalWeakTable<ApiOperation, ClientSignature> Computed = new();

    private ClientSignature(ApiOperation operation, List<ClientArgument> arguments, ApiResponse? success)
    {
        Operation = operation;
        Arguments = arguments;
        SuccessResponse = success;
    }

    public ApiOperation Operation { get; }

    public IReadOnlyList<ClientArgument> Arguments { get; }

    public ApiResponse? SuccessResponse { get; }

    public string MethodName => Operation.Name + "Async";

    public string ResponseType => SuccessResponse?.Type is { } type ? $"ApiResponse<{CSharp.TypeName(type, "Models.")}>" : "ApiResponse";

    public static ClientSignature For(ApiOperation operation) => Computed.GetValue(operation, Compute);

    private static ClientSignature Compute(ApiOperation operation)
    {
        var required = operation.Parameters.Where(p => p.Required).OrderBy(p => p.Location == ParameterLocation.Path ? 0 : 1).ToList();
        var optional = operation.Parameters.Where(p => !p.Required).ToList();
        var arguments = new List<ClientArgument>();
        arguments.AddRange(required.Select(p => new ClientArgument(p.Identifier, CSharp.TypeName(p.Type, "Models."), true, p, null)));
        if (operation.RequestBody is { } body)
        {
            arguments.Add(new ClientArgument("body", CSharp.TypeName(body.Type, "Models."), true, null, body));
        }

        arguments.AddRange(optional.Select(p => new ClientArgument(p.Identifier, CSharp.NullableTypeName(p.Type, "Models."), false, p, null)));
        var success = operation.Responses.FirstOrDefault(r => r.Code is >= 200 and < 300 && r.Type is not null)
            ?? operation.Responses.FirstOrDefault(r => r.Code is >= 200 and < 300);
        return new ClientSignature(operation, arguments, success);
    }
}

internal sealed record ClientArgument(string Identifier, string TypeName, bool Required, ApiParameter? Parameter, ApiRequestBody? Body);
