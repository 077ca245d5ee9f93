using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Puts <c>nullable: true</c> back on the inline schemas <see cref="TypelessNullableScanner"/> found without a type,
/// before the schema is written to the bundle: with a type, null joins it; without one, the keyword is written as
/// is, which the runtime validator reads as "null is also valid" (what the spec's author meant).
/// </summary>
internal static class TypelessNullableRepair
{
    private const int MaxDepth = 64;

    public static void Apply(IOpenApiSchema schema, string pointer, IReadOnlyCollection<string> pointers)
    {
        if (pointers.Count > 0)
        {
            Walk(schema, pointer, pointers, depth: 0);
        }
    }

    private static void Walk(IOpenApiSchema? schema, string pointer, IReadOnlyCollection<string> pointers, int depth)
    {
        // A $ref is repaired where its target is written; only inline schemas belong to this pointer.
        if (schema is not OpenApiSchema inline || depth > MaxDepth)
        {
            return;
        }

        if (((ICollection<string>)pointers).Contains(pointer))
        {
            MarkNullable(inline);
        }

        if (inline.Properties is { } properties)
        {
            foreach (var pair in properties)
            {
                Walk(pair.Value, pointer + "/properties/" + JsonPointer.Escape(pair.Key), pointers, depth + 1);
            }
        }

        WalkList(inline.AllOf, pointer + "/allOf", pointers, depth);
        WalkList(inline.OneOf, pointer + "/oneOf", pointers, depth);
        WalkList(inline.AnyOf, pointer + "/anyOf", pointers, depth);
        Walk(inline.Items, pointer + "/items", pointers, depth + 1);
        Walk(inline.AdditionalProperties, pointer + "/additionalProperties", pointers, depth + 1);
        Walk(inline.Not, pointer + "/not", pointers, depth + 1);
    }

    private static void WalkList(IList<IOpenApiSchema>? schemas, string pointer, IReadOnlyCollection<string> pointers, int depth)
    {
        for (var i = 0; schemas is not null && i < schemas.Count; i++)
        {
            Walk(schemas[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), pointers, depth + 1);
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
