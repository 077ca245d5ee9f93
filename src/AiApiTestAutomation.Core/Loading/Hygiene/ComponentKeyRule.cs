using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading.Hygiene;

/// <summary>
/// AAT1012: a components key outside the OpenAPI key pattern <c>^[a-zA-Z0-9\.\-_]+$</c>. Apifox exports use
/// schema names as keys, spaces and Chinese characters included; other tools (code generators, gateways,
/// linters) reject such a spec or mangle the $refs to it, and the generated type name can only approximate it.
/// </summary>
internal static class ComponentKeyRule
{
    public const SpecDiagnosticSeverity Severity = SpecDiagnosticSeverity.Warning;

    public static void Check(SpecVersion version, OpenApiDocument document, HygieneLocations lines, List<SpecDiagnostic> diagnostics)
    {
        if (document.Components is not { } components)
        {
            return;
        }

        // Swagger 2.0 keeps these maps at the top level under other names; the reader gathers them into components.
        var swagger = version == SpecVersion.Swagger20;
        var sections = new (string Name, string Swagger, IEnumerable<string>? Keys)[]
        {
            ("schemas", "definitions", components.Schemas?.Keys),
            ("responses", "responses", components.Responses?.Keys),
            ("parameters", "parameters", components.Parameters?.Keys),
            ("examples", "examples", components.Examples?.Keys),
            ("requestBodies", "parameters", components.RequestBodies?.Keys),
            ("headers", "headers", components.Headers?.Keys),
            ("securitySchemes", "securityDefinitions", components.SecuritySchemes?.Keys),
            ("links", "links", components.Links?.Keys),
            ("callbacks", "callbacks", components.Callbacks?.Keys),
            ("pathItems", "pathItems", components.PathItems?.Keys),
        };

        foreach (var (name, swaggerName, keys) in sections)
        {
            foreach (var key in (keys ?? Enumerable.Empty<string>()).Where(k => !IsValidKey(k)).OrderBy(k => k, System.StringComparer.Ordinal))
            {
                var section = swagger ? swaggerName : "components/" + name;
                var pointer = JsonPointer.Join(section.Split('/').Append(key));
                var message = $"The key '{OpenApiDocumentReader.Excerpt(key)}' under {section} does not match ^[a-zA-Z0-9.\\-_]+$ (OpenAPI's pattern for component keys); other tools may reject the spec or the $refs to it. Rename it in the API design (in Apifox, the schema's name)";
                diagnostics.Add(lines.At(DiagnosticIds.InvalidComponentKey, Severity, message, pointer));

                // Microsoft.OpenApi reports the same key as a reader problem (AAT1002) at the components line; this
                // finding is at the key and says where the key came from, so it replaces that one rather than doubling it.
                var readerText = $"The key '{key}' in '{name}' of components MUST match";
                diagnostics.RemoveAll(d => d.Id == DiagnosticIds.ReaderProblem && d.Message.Contains(readerText));
            }
        }
    }

    public static bool IsValidKey(string key) =>
        key.Length > 0 && key.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_');
}
