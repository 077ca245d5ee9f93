using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Maps schemas onto C# types. Component object schemas become records; everything the
/// generated code cannot type faithfully (oneOf, inline objects, mixed types) stays JSON,
/// because a wrong static type would turn a valid response into a false alarm.
/// </summary>
internal sealed class TypeMapper
{
    private const int MaxAliasDepth = 16;

    // Members every C# record already has; a property with one of these names would not compile.
    private static readonly string[] ReservedMemberNames =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "PrintMembers", "Deconstruct", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    private readonly OpenApiDocument document;
    private readonly Action<string, string> reportUnresolved;
    private readonly Action<string> reportCircular;
    private readonly Dictionary<string, string> modelNames = new(StringComparer.Ordinal);

    // Microsoft.OpenApi resolves a reference on every read of Target (splitting its pointer each time), and GitHub's
    // spec references some components thousands of times: the targets of plain component references are remembered.
    private readonly ComponentTargets<IOpenApiSchema> componentTargets = new();

    public TypeMapper(OpenApiDocument document, SpecVersion version, Action<string, string> reportUnresolved, Action<string> reportCircular)
    {
        this.document = document;
        this.reportUnresolved = reportUnresolved;
        this.reportCircular = reportCircular;
        _ = version;
        AssignModelNames();
    }

    public ApiTypeRef Map(IOpenApiSchema schema, string pointer) => Map(schema, pointer, property: null);

    /// <summary>
    /// Maps the schema at <paramref name="pointer"/>, or with a <paramref name="property"/> at that property of it. The
    /// pointer is only for reports, so a property's pointer is put together only when one is made: mapping every
    /// property of every model built a pointer string each.
    /// </summary>
    private ApiTypeRef Map(IOpenApiSchema schema, string pointer, string? property)
    {
        try
        {
            return Map(schema, pointer, property, 0);
        }
        catch (InvalidOperationException ex) when (CircularReferences.IsCircular(ex))
        {
            // A reference whose target is itself a looping reference throws on any property read: untyped, and reported.
            reportCircular(PointerOf(pointer, property));
            return ApiTypeRef.Any;
        }
    }

    private static string PointerOf(string pointer, string? property) =>
        property is null ? pointer : pointer + "/properties/" + JsonPointer.Escape(property);

    public List<ApiModelType> BuildModels(IDictionary<string, IOpenApiSchema> componentSchemas)
    {
        var models = new List<ApiModelType>();
        foreach (var pair in componentSchemas.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!modelNames.TryGetValue(pair.Key, out var name))
            {
                continue;
            }

            var pointer = "/components/schemas/" + JsonPointer.Escape(pair.Key);
            var properties = new List<ApiProperty>();
            var required = new HashSet<string>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var taken = new HashSet<string>(ReservedMemberNames, StringComparer.Ordinal) { name };
            try
            {
                AddProperties(pair.Value, name, pointer, properties, required, seen, taken);
            }
            catch (InvalidOperationException ex) when (CircularReferences.IsCircular(ex))
            {
                // A property whose $ref loops cannot be read; the record keeps no properties rather than a wrong set.
                properties.Clear();
                reportCircular(pointer);
            }

            models.Add(new ApiModelType(name, pair.Key, Summarise(pair.Value.Description), properties.ToEquatableArray()));
        }

        return models;
    }

    private void AddProperties(IOpenApiSchema schema, string name, string pointer, List<ApiProperty> properties, HashSet<string> required, HashSet<string> seen, HashSet<string> taken)
    {
        foreach (var (jsonName, propertySchema) in CollectProperties(schema, required, 0))
        {
            if (!seen.Add(jsonName))
            {
                continue;
            }

            var propertyName = Identifiers.ToPascalCase(jsonName, "Value");
            if (propertyName == name)
            {
                propertyName += "Value";
            }

            propertyName = Identifiers.MakeUnique(propertyName, taken);
            properties.Add(new ApiProperty(
                jsonName,
                propertyName,
                Map(propertySchema, pointer, jsonName),
                required.Contains(jsonName),
                propertySchema.ReadOnly,
                propertySchema.WriteOnly));
        }
    }

    private void AssignModelNames()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        foreach (var pair in schemas.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (pair.Value is not null && IsObjectLikeOrLoop(pair.Value))
            {
                modelNames[pair.Key] = Identifiers.MakeUnique(Identifiers.ToPascalCase(pair.Key, "Model"), taken);
            }
        }
    }

    private ApiTypeRef Map(IOpenApiSchema schema, string pointer, string? property, int depth)
    {
        if (depth > MaxAliasDepth)
        {
            return ApiTypeRef.Any;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference?.Id;
            var target = TargetOf(reference);
            if (target is null && id is not null && reference.Reference?.IsExternal != true && document.Components?.Schemas?.ContainsKey(id) == true)
            {
                // The component exists but resolves to nothing: it is a $ref to itself (A: {$ref: A}) or a chain back to it.
                reportCircular("/components/schemas/" + JsonPointer.Escape(id));
                return ApiTypeRef.Any;
            }

            if (target is null || id is null)
            {
                reportUnresolved(reference.Reference?.ReferenceV3 ?? id ?? "?", PointerOf(pointer, property));
                return ApiTypeRef.Any;
            }

            if (modelNames.TryGetValue(id, out var modelName) && reference.Reference?.IsExternal != true)
            {
                return new ApiTypeRef(ApiTypeKind.Model, modelName);
            }

            return Map(target, pointer, property, depth + 1);
        }

        if (schema.AllOf is { Count: 1 } && schema.Properties is not { Count: > 0 })
        {
            return Map(schema.AllOf[0], pointer, property, depth + 1);
        }

        if (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 } || schema.AllOf is { Count: > 0 })
        {
            return ApiTypeRef.Any;
        }

        var type = SingleType(schema.Type);
        switch (type)
        {
            case JsonSchemaType.String:
                return new ApiTypeRef(ApiTypeKind.String, Format: schema.Format);
            case JsonSchemaType.Integer:
                return schema.Format == "int32" ? new ApiTypeRef(ApiTypeKind.Integer, Format: "int32") : new ApiTypeRef(ApiTypeKind.Long, Format: schema.Format);
            case JsonSchemaType.Number:
                return new ApiTypeRef(ApiTypeKind.Number, Format: schema.Format);
            case JsonSchemaType.Boolean:
                return new ApiTypeRef(ApiTypeKind.Boolean);
            case JsonSchemaType.Array:
                var element = schema.Items is null ? ApiTypeRef.Any : Map(schema.Items, PointerOf(pointer, property) + "/items", null, depth + 1);
                return new ApiTypeRef(ApiTypeKind.Array, Element: element);
            case JsonSchemaType.Object when schema.Properties is not { Count: > 0 } && schema.AdditionalProperties is not null:
                return new ApiTypeRef(ApiTypeKind.Map, Element: Map(schema.AdditionalProperties, PointerOf(pointer, property) + "/additionalProperties", null, depth + 1));
            default:
                return ApiTypeRef.Any;
        }
    }

    private IEnumerable<(string Name, IOpenApiSchema Schema)> CollectProperties(IOpenApiSchema schema, HashSet<string> required, int depth)
    {
        if (depth > MaxAliasDepth)
        {
            yield break;
        }

        var target = schema is OpenApiSchemaReference reference ? TargetOf(reference) : schema;
        if (target is null)
        {
            yield break;
        }

        foreach (var part in target.AllOf ?? new List<IOpenApiSchema>())
        {
            foreach (var property in CollectProperties(part, required, depth + 1))
            {
                yield return property;
            }
        }

        foreach (var name in target.Required ?? new HashSet<string>())
        {
            required.Add(name);
        }

        foreach (var pair in target.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (pair.Value is not null)
            {
                yield return (pair.Key, pair.Value);
            }
        }
    }

    private bool IsObjectLikeOrLoop(IOpenApiSchema schema)
    {
        try
        {
            return IsObjectLike(schema, 0);
        }
        catch (InvalidOperationException ex) when (CircularReferences.IsCircular(ex))
        {
            return false;
        }
    }

    private bool IsObjectLike(IOpenApiSchema schema, int depth)
    {
        if (depth > MaxAliasDepth)
        {
            return false;
        }

        var target = schema is OpenApiSchemaReference reference ? TargetOf(reference) : schema;
        if (target is null || target.OneOf is { Count: > 0 } || target.AnyOf is { Count: > 0 })
        {
            return false;
        }

        if (target.Properties is { Count: > 0 })
        {
            return SingleType(target.Type) is null or JsonSchemaType.Object;
        }

        return target.AllOf is { Count: > 0 } && target.AllOf.All(part => IsObjectLike(part, depth + 1));
    }

    /// <summary>The reference's target, or null when it has none or loops (see <see cref="CircularReferences"/>).</summary>
    private IOpenApiSchema? TargetOf(OpenApiSchemaReference reference) =>
        componentTargets.Of(reference, reference.Reference, CircularReferences.TargetOf);

    /// <summary>The one non-null type of a schema, or null when it has none or several (3.1 type arrays).</summary>
    private static JsonSchemaType? SingleType(JsonSchemaType? type)
    {
        if (type is null)
        {
            return null;
        }

        var withoutNull = type.Value & ~JsonSchemaType.Null;
        return withoutNull switch
        {
            JsonSchemaType.String or JsonSchemaType.Integer or JsonSchemaType.Number or JsonSchemaType.Boolean or JsonSchemaType.Array or JsonSchemaType.Object => withoutNull,
            _ => null,
        };
    }

    private static string? Summarise(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        var firstLine = description!.Split('\n')[0].Trim();
        return firstLine.Length > 200 ? firstLine.Substring(0, 200) + "…" : firstLine;
    }
}
