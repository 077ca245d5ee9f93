using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Puts <c>nullable: true</c> back on the inline schemas <see cref="TypelessNullableScanner"/> found without a type,
/// before the schema is written to the bundle: with a type, null joins it; without one, the keyword is written as
/// is, which the runtime validator reads as "null is also valid" (what the spec's author meant).
/// </summary>
internal sealed class TypelessNullableRepair
{
    private const int MaxDepth = 64;

    private readonly HashSet<string> pointers;

    // Every proper prefix of a pointer above: the walk goes down only where a repair can be, instead of building
    // a pointer for every property of every schema in the bundle.
    private readonly HashSet<string> ways = new(StringComparer.Ordinal);

    /// <param name="pointers">Where <see cref="TypelessNullableScanner"/> found typeless nullables.</param>
    public TypelessNullableRepair(IReadOnlyCollection<string> pointers)
    {
        this.pointers = new HashSet<string>(pointers, StringComparer.Ordinal);
        foreach (var pointer in this.pointers)
        {
            for (var slash = pointer.LastIndexOf('/'); slash >= 0; slash = slash == 0 ? -1 : pointer.LastIndexOf('/', slash - 1))
            {
                ways.Add(pointer.Substring(0, slash));
            }
        }
    }

    /// <summary>Repairs the schema written at the pointer and the inline schemas below it; true when it changed any.</summary>
    public bool Apply(IOpenApiSchema schema, string pointer)
    {
        var repairs = 0;
        if (pointers.Count > 0)
        {
            Walk(schema, pointer, depth: 0, ref repairs);
        }

        return repairs > 0;
    }

    private void Walk(IOpenApiSchema? schema, string pointer, int depth, ref int repairs)
    {
        // A $ref is repaired where its target is written; only inline schemas belong to this pointer.
        if (schema is not OpenApiSchema inline || depth > MaxDepth)
        {
            return;
        }

        if (pointers.Contains(pointer))
        {
            MarkNullable(inline);
            repairs++;
        }

        if (!ways.Contains(pointer))
        {
            return;
        }

        if (inline.Properties is { } properties)
        {
            foreach (var pair in properties)
            {
                Walk(pair.Value, pointer + "/properties/" + JsonPointer.Escape(pair.Key), depth + 1, ref repairs);
            }
        }

        WalkList(inline.AllOf, pointer + "/allOf", depth, ref repairs);
        WalkList(inline.OneOf, pointer + "/oneOf", depth, ref repairs);
        WalkList(inline.AnyOf, pointer + "/anyOf", depth, ref repairs);
        Walk(inline.Items, pointer + "/items", depth + 1, ref repairs);
        Walk(inline.AdditionalProperties, pointer + "/additionalProperties", depth + 1, ref repairs);
        Walk(inline.Not, pointer + "/not", depth + 1, ref repairs);
    }

    private void WalkList(IList<IOpenApiSchema>? schemas, string pointer, int depth, ref int repairs)
    {
        for (var i = 0; schemas is not null && i < schemas.Count; i++)
        {
            Walk(schemas[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), depth + 1, ref repairs);
        }
    }

    private static void MarkNullable(OpenApiSchema schema)
    {
        if (schema.Type is { } type)
        {
            schema.Type = type | JsonSchemaType.Null;
            return;
        }

        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions["nullable"] = new JsonNodeExtension(JsonValue.Create(true));
    }
}
