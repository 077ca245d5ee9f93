using System.Collections.Generic;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>
/// The parameter list of a client method: required parameters (path first), the body, then optional
/// parameters with defaults. Tests pass the required ones positionally, in this same order.
/// </summary>
internal sealed class ClientSignature
{
    private ClientSignature(ApiOperation operation, List<ClientArgument> arguments, ApiResponse? success)
    {
        Operation = operation;
        Arguments = arguments;
        SuccessResponse = success;
    }

    public ApiOperation Operation { get; }

    public IReadOnlyList<ClientArgument> Arguments { get; }

    public ApiResponse? SuccessResponse { get; }

    public string MethodName => MethodNameOf(Operation);

    public string ResponseType => SuccessResponse?.Type is { } type ? $"ApiResponse<{CSharp.TypeName(type, "Models.")}>" : "ApiResponse";

    public static string MethodNameOf(ApiOperation operation) => operation.Name + "Async";

    /// <summary>Works the signature out; <see cref="ClientSignatures"/> keeps it for the other writers of the same spec.</summary>
    public static ClientSignature Compute(ApiOperation operation)
    {
        // Required parameters, path ones first (in spec order within each group), then the body, then optional ones.
        var parameters = operation.Parameters;
        var arguments = new List<ClientArgument>(parameters.Count + 1);
        AddParameters(arguments, parameters, p => p.Required && p.Location == ParameterLocation.Path);
        AddParameters(arguments, parameters, p => p.Required && p.Location != ParameterLocation.Path);
        if (operation.RequestBody is { } body)
        {
            arguments.Add(new ClientArgument("body", CSharp.TypeName(body.Type, "Models."), true, null, body));
        }

        AddParameters(arguments, parameters, p => !p.Required);
        ApiResponse? success = null;
        foreach (var response in operation.Responses)
        {
            if (response.Code is >= 200 and < 300)
            {
                if (response.Type is not null)
                {
                    success = response;
                    break;
                }

                success ??= response;
            }
        }

        return new ClientSignature(operation, arguments, success);
    }

    private static void AddParameters(List<ClientArgument> arguments, EquatableArray<ApiParameter> parameters, System.Func<ApiParameter, bool> include)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (include(parameter))
            {
                arguments.Add(parameter.Required
                    ? new ClientArgument(parameter.Identifier, CSharp.TypeName(parameter.Type, "Models."), true, parameter, null)
                    : new ClientArgument(parameter.Identifier, CSharp.NullableTypeName(parameter.Type, "Models."), false, parameter, null));
            }
        }
    }
}

internal sealed record ClientArgument(string Identifier, string TypeName, bool Required, ApiParameter? Parameter, ApiRequestBody? Body);
