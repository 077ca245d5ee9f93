using System.Collections.Generic;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Puts <c>nullable: true</c> back on the OpenAPI 3.0 schemas that say it without a type, such as GitHub's
/// <c>{"nullable": true, "allOf": [{"$ref": ...}]}</c>, before a schema is written to the bundle (and Swagger 2.0's
/// <c>x-nullable: true</c>, read the same way). Microsoft.OpenApi turns the keyword into the null type, and with no type
/// to add null to, it drops it: a response carrying the documented null would then fail validation, a false alarm.
/// With a type (one the reader derived from an <c>enum</c> or an <c>anyOf</c>), null joins it; without one, the keyword
/// is written as is, which the runtime validator reads as "null is also valid" (what the spec's author meant).
/// </summary>
/// <remarks>
/// The reader leaves a trace of such a schema: it notes the keyword in the schema's <see cref="OpenApiSchema.Metadata"/>
/// while no type is known, and takes the note out again once the schema is read, leaving the dictionary empty. Nothing
/// else in the 2.0 and 3.0 readers fills that dictionary, so an empty one is the mark. Reading the mark replaced a
/// scan of the whole text for the same objects (a tokenization of every byte, which the shallow locator shared: the
/// two were 7.5% of generating the sample's spec).
/// </remarks>
internal sealed class TypelessNullableRepair
{
    private const int MaxDepth = 64;

    // The keyword to write back, or null where the reader drops none (3.1 says null in its type).
    private readonly string? keyword;

    public TypelessNullableRepair(SpecVersion version)
    {
        keyword = version switch
        {
            SpecVersion.OpenApi30 => "nullable",
            SpecVersion.Swagger20 => "x-nullable",
            _ => null,
        };
    }

    /// <summary>Repairs the schema and the inline schemas below it.</summary>
    public void Apply(IOpenApiSchema schema)
    {
        if (keyword is not null)
        {
            Walk(schema, depth: 0);
        }
    }

    /// <summary>Whether the reader dropped a <c>nullable: true</c> from this schema that is not back yet.</summary>
    internal bool LostNullable(OpenApiSchema schema) =>
        keyword is not null
        && schema.Metadata is { Count: 0 }
        && (schema.Type is { } type ? (type & JsonSchemaType.Null) == 0 : schema.Extensions?.ContainsKey(keyword) != true);

    private void Walk(IOpenApiSchema? schema, int depth)
    {
        // A $ref is repaired where its target is written; only inline schemas belong to this one.
        if (schema is not OpenApiSchema inline || depth > MaxDepth)
        {
            return;
        }

        if (LostNullable(inline))
        {
            MarkNullable(inline);
        }

        if (inline.Properties is { } properties)
        {
            foreach (var pair in properties)
            {
                Walk(pair.Value, depth + 1);
            }
        }

        WalkList(inline.AllOf, depth);
        WalkList(inline.OneOf, depth);
        WalkList(inline.AnyOf, depth);
        Walk(inline.Items, depth + 1);
        Walk(inline.AdditionalProperties, depth + 1);
        Walk(inline.Not, depth + 1);
    }

    private void WalkList(IList<IOpenApiSchema>? schemas, int depth)
    {
        for (var i = 0; schemas is not null && i < schemas.Count; i++)
        {
            Walk(schemas[i], depth + 1);
        }
    }

    private void MarkNullable(OpenApiSchema schema)
    {
        if (schema.Type is { } type)
        {
            schema.Type = type | JsonSchemaType.Null;
            return;
        }

        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions[keyword!] = new JsonNodeExtension(JsonValue.Create(true));
    }
}
