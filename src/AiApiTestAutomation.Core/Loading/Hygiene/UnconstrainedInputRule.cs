using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading.Hygiene;

/// <summary>
/// AAT1011: inputs of an operation that nothing in the spec constrains, so a validation test has nothing to break.
/// One finding per operation, on its line, naming the inputs: query, path and header parameters (what
/// <see cref="ApiParameter.Constrained"/> says) and the top-level properties of a JSON request body.
/// </summary>
internal static class UnconstrainedInputRule
{
    public const SpecDiagnosticSeverity Severity = SpecDiagnosticSeverity.Info;

    private const int NamesShown = 6;

    public static void Check(ApiSpec spec, OpenApiDocument document, HygieneLocations lines, List<SpecDiagnostic> diagnostics)
    {
        // Many operations share a body schema (Kubernetes' DeleteOptions, a resource for create and replace): its
        // property names are worked out once, as resolving each property's $ref again was most of this rule's cost.
        var namesBySchema = new Dictionary<IOpenApiSchema, List<string>>(SameInstance<IOpenApiSchema>.Comparer);
        foreach (var operation in spec.Operations)
        {
            var inputs = operation.Parameters
                .Where(p => p.Location != Model.ParameterLocation.Cookie && !p.Constrained)
                .Select(p => $"{p.Location.Lowercase()} '{p.Name}'")
                .Concat(UnconstrainedBodyProperties(document, operation, namesBySchema).Select(name => $"body '{name}'"))
                .ToList();
            if (inputs.Count == 0)
            {
                continue;
            }

            var shown = string.Join(", ", inputs.Take(NamesShown)) + (inputs.Count > NamesShown ? $" and {inputs.Count - NamesShown} more" : string.Empty);
            var message = $"{operation.Method} {operation.Path}: nothing constrains {shown}, so validation tests have nothing to break there (an enum, format, pattern, length or range would give them a case)";
            diagnostics.Add(lines.AtOperation(DiagnosticIds.UnconstrainedInput, Severity, message, operation));
        }
    }

    private static IEnumerable<string> UnconstrainedBodyProperties(OpenApiDocument document, ApiOperation operation, Dictionary<IOpenApiSchema, List<string>> namesBySchema)
    {
        if (operation.RequestBody is not { } body || !MediaTypes.IsJson(body.MediaType)
            || document.Paths?.TryGetValue(operation.Path, out var pathItem) != true
            || pathItem?.Operations?.TryGetValue(new HttpMethod(operation.Method), out var source) != true
            || source?.RequestBody?.Content?.TryGetValue(body.MediaType, out var content) != true
            || Readable(content?.Schema) is not { } schema)
        {
            return [];
        }

        if (!namesBySchema.TryGetValue(schema, out var names))
        {
            names = UnconstrainedProperties(schema).ToList();
            namesBySchema.Add(schema, names);
        }

        return names;
    }

    private static IEnumerable<string> UnconstrainedProperties(IOpenApiSchema schema)
    {
        // allOf members add properties and required names to the object (the usual way to extend a base schema).
        var parts = new[] { schema }.Concat((schema.AllOf ?? new List<IOpenApiSchema>()).Select(Readable)).Where(s => s is not null).Select(s => s!).ToList();
        var required = new HashSet<string>(parts.SelectMany(s => s.Required ?? new HashSet<string>()), System.StringComparer.Ordinal);
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var property in part.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (Readable(property.Value) is { ReadOnly: false } value && seen.Add(property.Key) && !InputConstraints.Constrains(value, required.Contains(property.Key)))
                {
                    yield return property.Key;
                }
            }
        }
    }

    /// <summary>
    /// A schema whose properties can be read: the end of a reference chain (a component can itself be a bare $ref),
    /// or null for a chain that loops with nothing in between (reading anything on it throws; the model reports it)
    /// or that points to nothing (AAT1004).
    /// </summary>
    private static IOpenApiSchema? Readable(IOpenApiSchema? schema)
    {
        for (var hop = 0; hop < 16 && schema is OpenApiSchemaReference reference; hop++)
        {
            schema = CircularReferences.TargetOf(reference);
        }

        return schema is OpenApiSchemaReference ? null : schema;
    }
}
