using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Net.Http;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>Builds the equatable <see cref="ApiSpec"/> from a parsed document: operations, models, security and the schema bundle.</summary>
internal sealed class ApiModelBuilder
{
    private static readonly HttpMethod[] MethodOrder =
    {
        HttpMethod.Get, HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete, HttpMethod.Options, HttpMethod.Head, new("PATCH"), HttpMethod.Trace,
    };

    // Names the generated client and tests use for their own parameters and locals; a spec
    // parameter with one of these names gets a suffix so the generated code still compiles.
    private static readonly string[] ReservedIdentifiers =
    {
        "body", "cancellationToken", "request", "session", "scenario", "client", "response", "api",
        "created", "read", "updated", "reread", "deleted", "readAfterDelete", "run",
    };

    // Deep enough for a line per operation (/paths/{path}/{method}) and per component.
    internal const int ShallowDepth = 3;

    private readonly string filePath;
    private readonly OpenApiDocument document;
    private readonly SpecVersion version;
    private readonly Lazy<SourceLocator> locator;
    private readonly List<SpecDiagnostic> diagnostics;
    private readonly SourceLocator shallowLocator;
    private readonly SchemaBundleWriter bundle;
    private readonly TypeMapper types;
    private readonly List<MediaExample> mediaExamples = new();
    private readonly ComponentTargets<IOpenApiResponse> responseTargets = new();
    private readonly ComponentTargets<IOpenApiParameter> parameterTargets = new();
    private readonly ComponentTargets<IOpenApiHeader> headerTargets = new();
    private readonly ComponentTargets<IOpenApiExample> exampleTargets = new();

    // An operation's parameter identifiers, reused: a set per operation grew from nothing for every one of them.
    private readonly HashSet<string> parameterIdentifiers = new(StringComparer.Ordinal);

    public ApiModelBuilder(
        string filePath,
        OpenApiDocument document,
        SpecVersion version,
        SourceFormat format,
        string text,
        Lazy<SourceLocator> locator,
        List<SpecDiagnostic> diagnostics,
        JsonText? json = null,
        SourceLocator? shallowLocator = null)
    {
        this.filePath = filePath;
        this.document = document;
        this.version = version;
        this.locator = locator;
        this.diagnostics = diagnostics;
        this.shallowLocator = shallowLocator ?? SourceLocator.Build(text, format, ShallowDepth, json);
        bundle = new SchemaBundleWriter(version, (pointer, message) => ReportProblem(message, pointer));
        types = new TypeMapper(document, version, ReportUnresolved, ReportCircularModel);
    }

    /// <summary>The writer of the schema bundle, whose per-schema texts <see cref="ExampleChecker"/> cuts the request part from.</summary>
    public SchemaBundleWriter Bundle => bundle;

    /// <summary>Where each operation and component is (depth 3), for placing diagnostics below them without walking the whole text.</summary>
    public SourceLocator ShallowLocator => shallowLocator;

    /// <summary>The request and response body examples seen while building, for <see cref="ExampleChecker"/>.</summary>
    public IReadOnlyList<MediaExample> MediaExamples => mediaExamples;

    public ApiSpec Build()
    {
        var componentSchemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var pair in componentSchemas.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            bundle.AddComponent(pair.Key, pair.Value);
        }

        var operations = BuildOperations();
        var models = types.BuildModels(componentSchemas);
        var schemes = BuildSecuritySchemes();

        return new ApiSpec(
            filePath,
            document.Info?.Title ?? string.Empty,
            document.Info?.Version ?? string.Empty,
            version,
            operations.ToEquatableArray(),
            models.ToEquatableArray(),
            schemes.ToEquatableArray(),
            bundle.ToText());
    }

    private List<ApiOperation> BuildOperations()
    {
        var operations = new List<ApiOperation>();
        var takenNames = new HashSet<string>(StringComparer.Ordinal);
        if (document.Paths is null)
        {
            return operations;
        }

        foreach (var pathPair in document.Paths)
        {
            var pathItem = pathPair.Value;
            if (pathItem?.Operations is null)
            {
                continue;
            }

            foreach (var method in MethodOrder)
            {
                if (!pathItem.Operations.TryGetValue(method, out var operation) || operation is null)
                {
                    continue;
                }

                try
                {
                    operations.Add(BuildOperation(pathPair.Key, pathItem, method.Method.ToUpperInvariant(), operation, takenNames));
                }
                catch (InvalidOperationException ex) when (CircularReferences.IsCircular(ex))
                {
                    // A parameter, body or response that is a $ref loop cannot be read at all: skip the operation, keep the rest.
                    var pointer = CircularReferences.PointerIn(ex, version) ?? JsonPointer.Join(new[] { "paths", pathPair.Key, method.Method.ToLowerInvariant() });
                    diagnostics.Add(PendingPositions.At(
                        DiagnosticIds.CircularReference,
                        SpecDiagnosticSeverity.Warning,
                        $"{method.Method.ToUpperInvariant()} {pathPair.Key} is not generated: the $ref at {pointer} leads back to itself",
                        filePath,
                        pointer));
                }
            }
        }

        return operations;
    }

    private ApiOperation BuildOperation(string path, IOpenApiPathItem pathItem, string method, OpenApiOperation operation, HashSet<string> takenNames)
    {
        var operationPointer = JsonPointer.Join(new[] { "paths", path, method.ToLowerInvariant() });
        var operationId = string.IsNullOrWhiteSpace(operation.OperationId) ? null : operation.OperationId;
        var name = Identifiers.MakeUnique(Identifiers.ToPascalCase(operationId ?? DeriveName(method, path), "Operation"), takenNames);

        var parameters = BuildParameters(name, operationPointer, pathItem, operation);
        var requestBody = BuildRequestBody(name, operationPointer, operation.RequestBody);
        var responses = BuildResponses(name, operationPointer, operation);
        var security = BuildSecurity(operation.Security ?? document.Security);
        var (line, _) = shallowLocator.Find(operationPointer);
        var performance = PerformanceExtensionReader.Read(operation.Extensions, message => ReportProblem(message, operationPointer + "/" + PerformanceExtensionReader.Name));

        return new ApiOperation(
            name,
            operationId,
            method,
            path,
            string.IsNullOrWhiteSpace(operation.Summary) ? null : operation.Summary,
            (operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name ?? t.Reference?.Id ?? string.Empty).Where(t => t.Length > 0).ToEquatableArray(),
            parameters.ToEquatableArray(),
            requestBody,
            responses.ToEquatableArray(),
            security.ToEquatableArray(),
            operation.Deprecated,
            line,
            performance);
    }

    /// <param name="schemaPointer">Where the media type's schema is: its examples sit beside it.</param>
    private void CollectExamples(string schemaKey, IOpenApiMediaType content, string schemaPointer, bool isResponse)
    {
        // Most bodies have no examples: no pointer and no empty collection for those.
        var examples = content.Examples is { Count: > 0 } named ? named : null;
        if (content.Example is null && examples is null)
        {
            return;
        }

        var mediaTypePointer = schemaPointer.Substring(0, schemaPointer.Length - "/schema".Length);
        if (content.Example is not null)
        {
            mediaExamples.Add(new MediaExample(schemaKey, content.Example, mediaTypePointer + "/example", isResponse));
        }

        if (examples is null)
        {
            return;
        }

        foreach (var pair in examples)
        {
            // A referenced example lives under components; its value is what the document says wherever it is used.
            if (ValueOf(pair.Value) is { } value)
            {
                mediaExamples.Add(new MediaExample(schemaKey, value, mediaTypePointer + "/examples/" + JsonPointer.Escape(pair.Key) + "/value", isResponse));
            }
        }
    }

    private List<ApiParameter> BuildParameters(string operationName, string operationPointer, IOpenApiPathItem pathItem, OpenApiOperation operation)
    {
        // Operation parameters override path-item parameters with the same name and location.
        var merged = new List<IOpenApiParameter>();
        var pointer = operationPointer + "/parameters";
        var operationParameters = Resolved(operation.Parameters, pointer);
        foreach (var inherited in Resolved(pathItem.Parameters, operationPointer.Substring(0, operationPointer.LastIndexOf('/')) + "/parameters"))
        {
            if (!operationParameters.Any(p => p.Name == inherited.Name && p.In == inherited.In))
            {
                merged.Add(inherited);
            }
        }

        merged.AddRange(operationParameters);

        var result = new List<ApiParameter>();
        var taken = parameterIdentifiers;
        taken.Clear();
        taken.UnionWith(ReservedIdentifiers);
        foreach (var parameter in merged)
        {
            if (parameter?.Name is null || parameter.In is null)
            {
                continue;
            }

            var location = parameter.In.Value switch
            {
                Microsoft.OpenApi.ParameterLocation.Path => Model.ParameterLocation.Path,
                Microsoft.OpenApi.ParameterLocation.Header => Model.ParameterLocation.Header,
                Microsoft.OpenApi.ParameterLocation.Cookie => Model.ParameterLocation.Cookie,
                _ => Model.ParameterLocation.Query,
            };
            var schema = parameter.Schema ?? parameter.Content?.Values.FirstOrDefault()?.Schema;
            var key = schema is null ? string.Empty : bundle.Add($"{operationName}/parameter/{location.Lowercase()}/{parameter.Name}", schema, pointer);
            var identifier = Identifiers.MakeUnique(Identifiers.ToCamelCase(parameter.Name, "parameter"), taken);
            var type = schema is null ? ApiTypeRef.String : types.Map(schema, pointer);

            // A referenced schema resolves its reference again on every keyword read (a Uri and its text each time), and
            // the constraints read a dozen: read them from the target. Discord's parameters are nearly all references.
            var constraints = schema is OpenApiSchemaReference reference ? reference.Target ?? schema : schema;
            result.Add(new ApiParameter(
                parameter.Name,
                identifier,
                location,
                parameter.Required || location == Model.ParameterLocation.Path,
                type,
                key,
                IsConstrained(constraints, parameter.Required, location),
                HasInclusiveLimit(constraints)));
        }

        if (ParameterSet.HasConstraints(result))
        {
            bundle.AddParameterSet(ParameterSet.KeyFor(operationName), ParameterSet.Validatable(result), pointer);
        }

        return result;
    }

    /// <summary>
    /// Whether a parameter has a constraint a request can break with a value it can carry as text: a non-string
    /// type, an enum, bounds, lengths, a pattern or a checked format, or being a required query or header value.
    /// </summary>
    private static bool IsConstrained(IOpenApiSchema? schema, bool required, Model.ParameterLocation location)
    {
        if (required && location is Model.ParameterLocation.Query or Model.ParameterLocation.Header)
        {
            return true;
        }

        if (schema is null)
        {
            return false;
        }

        var type = schema.Type ?? 0;
        return (type & (JsonSchemaType.Integer | JsonSchemaType.Number | JsonSchemaType.Boolean)) != 0
            || schema.Enum is { Count: > 0 }
            || schema.MinLength is > 1
            || (schema.MinLength is 1 && location != Model.ParameterLocation.Path) // an empty path segment changes the route
            || schema.MaxLength is < 10_000 // the runtime builds no longer strings (a URL could not carry them anyway)
            || schema.Minimum is not null
            || schema.Maximum is not null
            || schema.Pattern is not null
            || schema.Format is "email" or "uuid" or "date-time" or "date" or "uri" or "ipv4" or "hostname";
    }

    /// <summary>Whether a value can sit exactly on a limit of the parameter's schema (a boundary test then sends it).</summary>
    private static bool HasInclusiveLimit(IOpenApiSchema? schema) =>
        schema is not null
        && ((schema.Minimum is not null && schema.ExclusiveMinimum is null)
            || (schema.Maximum is not null && schema.ExclusiveMaximum is null)
            || schema.MinLength is > 0
            || schema.MaxLength is < 10_000);

    private ApiRequestBody? BuildRequestBody(string operationName, string operationPointer, IOpenApiRequestBody? body)
    {
        if (body?.Content is null || body.Content.Count == 0)
        {
            return null;
        }

        var (mediaType, content) = MediaTypes.PickBody(body.Content);
        var pointer = operationPointer + "/requestBody/content/" + JsonPointer.Escape(mediaType) + "/schema";
        if (content?.Schema is null)
        {
            return new ApiRequestBody(body.Required, mediaType, ApiTypeRef.Any, string.Empty);
        }

        var key = bundle.Add($"{operationName}/request", content.Schema, pointer);
        if (MediaTypes.IsJson(mediaType))
        {
            CollectExamples(key, content, pointer, isResponse: false);
        }

        var type = MediaTypes.IsJson(mediaType) ? types.Map(content.Schema, pointer) : ApiTypeRef.Any;
        return new ApiRequestBody(body.Required, mediaType, type, key);
    }

    private List<ApiResponse> BuildResponses(string operationName, string operationPointer, OpenApiOperation operation)
    {
        var responses = new List<ApiResponse>();
        if (operation.Responses is null)
        {
            return responses;
        }

        foreach (var pair in operation.Responses.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var response = pair.Value is OpenApiResponseReference reference ? responseTargets.Of(reference, reference.Reference, static r => r.Target) ?? pair.Value : pair.Value;
            if (response is null)
            {
                continue;
            }

            // Most responses have no headers or links, and many no content: no empty collections and iterators for those.
            var mediaTypes = response.Content is { Count: > 0 } ? response.Content.Keys.ToEquatableArray() : EquatableArray<string>.Empty;
            ApiTypeRef? type = null;
            string? key = null;
            if (response.Content is { Count: > 0 })
            {
                var (mediaType, content) = MediaTypes.PickBody(response.Content);
                if (content?.Schema is not null && MediaTypes.IsJson(mediaType))
                {
                    var pointer = operationPointer + "/responses/" + JsonPointer.Escape(pair.Key) + "/content/" + JsonPointer.Escape(mediaType) + "/schema";
                    key = bundle.Add($"{operationName}/response/{pair.Key}", content.Schema, pointer);
                    type = types.Map(content.Schema, pointer);
                    CollectExamples(key, content, pointer, isResponse: true);
                }
            }

            var headers = response.Headers is not { Count: > 0 } ? EquatableArray<ApiHeader>.Empty : response.Headers
                .Where(h => h.Value is not null)
                .Select(h => new ApiHeader(h.Key, RequiredHeader(h.Value)))
                .ToEquatableArray();
            var links = response.Links is not { Count: > 0 } ? EquatableArray<ApiLink>.Empty : response.Links
                .Where(l => l.Value?.OperationId is { Length: > 0 })
                .OrderBy(l => l.Key, StringComparer.Ordinal)
                .Select(l => new ApiLink(
                    l.Value.OperationId!,
                    (l.Value.Parameters ?? new Dictionary<string, RuntimeExpressionAnyWrapper>())
                        .Select(p => new ApiLinkParameter(p.Key, p.Value?.Expression?.Expression ?? p.Value?.Any?.ToJsonString() ?? string.Empty))
                        .ToEquatableArray()))
                .ToEquatableArray();
            var code = pair.Key.ToUpperInvariant();
            responses.Add(new ApiResponse(code == "DEFAULT" ? "default" : code, mediaTypes, type, key, headers, links));
        }

        return responses;
    }

    /// <summary>A named example's value; a referenced one reads its component once, however many bodies share it.</summary>
    private JsonNode? ValueOf(IOpenApiExample? example) => example is OpenApiExampleReference reference
        ? exampleTargets.Of(reference, reference.Reference, static r => r.Target)?.Value
        : example?.Value;

    /// <summary>A referenced header's target read once per component: GitHub's responses repeat the same few headers thousands of times.</summary>
    private bool RequiredHeader(IOpenApiHeader header) => header is OpenApiHeaderReference reference
        ? headerTargets.Of(reference, reference.Reference, static r => r.Target)?.Required ?? false
        : header.Required;

    /// <summary>
    /// Parameters with each reference replaced by its target. A reference's Name, In, Schema and Required read the
    /// target, and each read resolves it again; GitHub's spec has thousands of parameter references.
    /// A reference to nothing is left out and reported (AAT1004): it has no name to send.
    /// </summary>
    private List<IOpenApiParameter> Resolved(IList<IOpenApiParameter>? parameters, string listPointer)
    {
        var result = new List<IOpenApiParameter>(parameters?.Count ?? 0);
        for (var index = 0; index < (parameters?.Count ?? 0); index++)
        {
            var parameter = parameters![index];
            if (parameter is OpenApiParameterReference reference)
            {
                if (parameterTargets.Of(reference, reference.Reference, static r => r.Target) is { } target)
                {
                    result.Add(target);
                }
                else
                {
                    // Swagger 2.0 body parameters are not in this list, so an index would point at the wrong entry.
                    var pointer = version == SpecVersion.Swagger20 ? listPointer : listPointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    ReportUnresolved(reference.Reference?.ReferenceV3 ?? reference.Reference?.Id ?? "?", pointer, "the parameter is left out");
                }

                continue;
            }

            result.Add(parameter);
        }

        return result;
    }

    private static List<ApiSecurityRequirement> BuildSecurity(IList<OpenApiSecurityRequirement>? requirements)
    {
        var result = new List<ApiSecurityRequirement>();
        if (requirements is null)
        {
            return result;
        }

        foreach (var requirement in requirements)
        {
            var names = requirement.Keys
                .Select(k => k.Reference?.Id ?? k.Name)
                .Where(n => !string.IsNullOrEmpty(n))
                .Select(n => n!)
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToEquatableArray();
            result.Add(new ApiSecurityRequirement(names));
        }

        return result;
    }

    private List<ApiSecurityScheme> BuildSecuritySchemes()
    {
        var result = new List<ApiSecurityScheme>();
        var schemes = document.Components?.SecuritySchemes;
        if (schemes is null)
        {
            return result;
        }

        foreach (var pair in schemes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var scheme = pair.Value;
            var kind = scheme?.Type switch
            {
                SecuritySchemeType.ApiKey => SecuritySchemeKind.ApiKey,
                SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase) => SecuritySchemeKind.HttpBearer,
                SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase) => SecuritySchemeKind.HttpBasic,
                SecuritySchemeType.OAuth2 => SecuritySchemeKind.OAuth2,
                SecuritySchemeType.OpenIdConnect => SecuritySchemeKind.OpenIdConnect,
                _ => SecuritySchemeKind.Other,
            };
            Model.ParameterLocation? location = scheme?.In switch
            {
                Microsoft.OpenApi.ParameterLocation.Header => Model.ParameterLocation.Header,
                Microsoft.OpenApi.ParameterLocation.Query => Model.ParameterLocation.Query,
                Microsoft.OpenApi.ParameterLocation.Cookie => Model.ParameterLocation.Cookie,
                _ => null,
            };
            result.Add(new ApiSecurityScheme(pair.Key, kind, scheme?.Name, location));
        }

        return result;
    }

    private void ReportProblem(string message, string pointer)
    {
        diagnostics.Add(PendingPositions.At(DiagnosticIds.ReaderProblem, SpecDiagnosticSeverity.Warning, message, filePath, pointer));
    }

    private void ReportCircularModel(string pointer)
    {
        var sourcePointer = version == SpecVersion.Swagger20 ? pointer.Replace("/components/schemas/", "/definitions/") : pointer;
        diagnostics.Add(PendingPositions.At(DiagnosticIds.CircularReference, SpecDiagnosticSeverity.Warning, $"The schema at {sourcePointer} is treated as untyped JSON: a $ref in it leads back to itself", filePath, sourcePointer));
    }

    private void ReportUnresolved(string reference, string pointer) => ReportUnresolved(reference, pointer, "the value is treated as untyped JSON");

    private void ReportUnresolved(string reference, string pointer, string consequence)
    {
        var message = $"$ref '{OpenApiDocumentReader.Excerpt(reference)}' points to nothing; {consequence}";
        if (!diagnostics.Any(d => d.Id == DiagnosticIds.UnresolvedReference && d.Message == message))
        {
            diagnostics.Add(PendingPositions.At(DiagnosticIds.UnresolvedReference, SpecDiagnosticSeverity.Error, message, filePath, pointer));
        }
    }

    private static string DeriveName(string method, string path)
    {
        // GET /products/{productId}/reviews -> GetProductsByProductIdReviews
        var parts = new List<string> { method.ToLowerInvariant() };
        foreach (var segment in path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
        {
            parts.Add(segment.StartsWith("{", StringComparison.Ordinal) ? "By " + segment.Trim('{', '}') : segment);
        }

        return string.Join(" ", parts);
    }
}
