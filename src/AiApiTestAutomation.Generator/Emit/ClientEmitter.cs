using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>The typed client (one async method per operation) and the operations table it sends with.</summary>
internal static class ClientEmitter
{
    public static string EmitOperations(string displayPath, SpecNames names, ApiSpec spec)
    {
        var writer = new SourceWriter().Header(displayPath);
        writer.Line("using AiApiTestAutomation.Testing.Http;");
        writer.Line();
        writer.Line($"namespace {names.Namespace};");
        writer.Line();
        writer.Line("/// <summary>What the spec documents for each operation: responses, media types, schemas, required headers and security.</summary>");
        writer.Open($"internal static class {names.Operations}");
        var first = true;
        foreach (var operation in spec.Operations)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Line($"public static readonly ApiOperationInfo {operation.Name} = new(");
            writer.Line($"    {CSharp.Literal(operation.DisplayId)},");
            writer.Line($"    {CSharp.Literal(operation.Method)},");
            writer.Line($"    {CSharp.Literal(operation.Path)},");
            writer.Line("    new ApiResponseInfo[]");
            writer.Line("    {");
            foreach (var response in operation.Responses)
            {
                writer.Line($"        new({ResponseArguments(response)}),");
            }

            writer.Line(operation.Security.IsEmpty ? "    });" : "    },");
            if (!operation.Security.IsEmpty)
            {
                var alternatives = operation.Security.Select(a => a.SchemeNames.IsEmpty ? "System.Array.Empty<string>()" : $"new[] {{ {string.Join(", ", a.SchemeNames.Select(CSharp.Literal))} }}");
                writer.Line($"    new string[][] {{ {string.Join(", ", alternatives)} }});");
            }
        }

        writer.Close();
        return writer.Finish();
    }

    public static string EmitClient(string displayPath, SpecNames names, ApiSpec spec)
    {
        var writer = new SourceWriter().Header(displayPath);
        writer.Line("using System.Threading;");
        writer.Line("using System.Threading.Tasks;");
        writer.Line("using AiApiTestAutomation.Testing.Discovery;");
        writer.Line("using AiApiTestAutomation.Testing.Http;");
        writer.Line();
        writer.Line($"namespace {names.Namespace};");
        writer.Line();
        writer.Line($"/// <summary>Typed client for {CSharp.XmlText(displayPath)}: one method per operation, each returning the status, headers and raw body with the typed body.</summary>");
        writer.Line($"[ApiClient({CSharp.Literal(displayPath)})]");
        writer.Open($"public sealed partial class {names.Client}");
        writer.Line("private readonly ApiSession session;");
        writer.Line();
        writer.Line($"public {names.Client}(ApiSession session) => this.session = session;");
        foreach (var operation in spec.Operations)
        {
            writer.Line();
            EmitMethod(writer, names, names.Signatures.For(operation));
        }

        writer.Close();
        return writer.Finish();
    }

    private static void EmitMethod(SourceWriter writer, SpecNames names, ClientSignature signature)
    {
        var operation = signature.Operation;
        var summary = operation.Summary is null ? string.Empty : ": " + CSharp.XmlText(operation.Summary);
        writer.Line($"/// <summary>{operation.Method} {CSharp.XmlText(operation.Path)} ({CSharp.XmlText(operation.DisplayId)}){summary}</summary>");
        if (operation.Deprecated)
        {
            writer.Line("/// <remarks>Deprecated in the spec.</remarks>");
        }

        var parameters = signature.Arguments
            .Select(a => a.Required ? $"{a.TypeName} {a.Identifier}" : $"{a.TypeName} {a.Identifier} = null")
            .Concat(new[] { "CancellationToken cancellationToken = default" });
        writer.Open($"public Task<{signature.ResponseType}> {signature.MethodName}({string.Join(", ", parameters)})");
        var calls = new List<string>();
        foreach (var argument in signature.Arguments)
        {
            if (argument.Parameter is { } parameter)
            {
                calls.Add($".{CSharp.RequestMethodFor(parameter.Location)}({CSharp.Literal(parameter.Name)}, {argument.Identifier})");
            }
            else if (argument.Body is { } body)
            {
                calls.Add($".WithBody({argument.Identifier}, {CSharp.Literal(body.MediaType)})");
            }
        }

        writer.Line($"var request = new ApiRequest({names.Operations}.{operation.Name}){(calls.Count == 0 ? ";" : string.Empty)}");
        for (var i = 0; i < calls.Count; i++)
        {
            writer.Line("    " + calls[i] + (i == calls.Count - 1 ? ";" : string.Empty));
        }

        var typeArgument = signature.ResponseType == "ApiResponse" ? string.Empty : signature.ResponseType.Substring("ApiResponse".Length);
        writer.Line($"return this.session.SendAsync{typeArgument}(request, cancellationToken);");
        writer.Close();
    }

    private static string ResponseArguments(ApiResponse response)
    {
        var parts = new List<string> { CSharp.Literal(response.StatusCode) };
        var requiredHeaders = response.Headers.Where(h => h.Required).Select(h => CSharp.Literal(h.Name)).ToList();
        parts.Add(response.MediaTypes.IsEmpty ? "null" : $"new[] {{ {string.Join(", ", response.MediaTypes.Select(CSharp.Literal))} }}");
        parts.Add(response.SchemaKey is null ? "null" : CSharp.Literal(response.SchemaKey));
        if (requiredHeaders.Count > 0)
        {
            parts.Add($"new[] {{ {string.Join(", ", requiredHeaders)} }}");
        }

        while (parts.Count > 1 && parts[parts.Count - 1] == "null")
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return string.Join(", ", parts);
    }
}
