using AiApiTestAutomation.Schemas.Compat;
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;
using AiApiTestAutomation.Schemas.Keywords;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Schemas.Compilation;

/// <summary>
/// Turns schema JSON into a tree of <see cref="SchemaNode"/>s, once per schema object: the node is cached before its
/// keywords are compiled, so a recursive <c>$ref</c> simply points back at it. Not thread-safe; callers lock.
/// </summary>
internal sealed partial class SchemaCompiler
{
    private readonly SchemaSet set;
    private readonly SchemaRegistry registry;
    private readonly DialectRules rules;
    private readonly bool assertFormats;
    private readonly Dictionary<JsonNode, SchemaNode> compiled = new(IdentityComparer.Instance);

    public SchemaCompiler(SchemaSet set, bool assertFormats)
    {
        this.set = set;
        registry = set.Registry;
        rules = registry.Rules;
        this.assertFormats = assertFormats;
    }

    public SchemaNode Compile(JsonNode schema)
    {
        if (compiled.TryGetValue(schema, out SchemaNode? existing))
        {
            return existing;
        }

        SchemaPosition position = registry.PositionOf(schema);
        var node = new SchemaNode(position.Location);
        compiled[schema] = node;

        if (registry.DynamicAnchorsOfResource(schema) is { } dynamicAnchors)
        {
            var scope = new DynamicScope();
            node.SetDynamicScope(scope);
            foreach (KeyValuePair<string, JsonNode> anchor in dynamicAnchors)
            {
                scope.Anchors[anchor.Key] = Compile(anchor.Value);
            }
        }

        if (schema is JsonObject obj)
        {
            var keywords = new List<Keyword>();
            AddKeywords(obj, position, keywords);
            node.Initialize(keywords.ToArray(), IsNullable(obj));
        }
        else if (schema.GetValueKind() == JsonValueKind.False)
        {
            node.Initialize([new FalseKeyword(position.Location)], nullable: false);
        }

        return node;
    }

    private void AddKeywords(JsonObject schema, SchemaPosition position, List<Keyword> keywords)
    {
        if (SchemaJson.String(schema, "$ref") is { } reference)
        {
            keywords.Add(new RefKeyword(At(position, "$ref"), CompileReference(position, reference)));
            if (rules.RefOverridesSiblings)
            {
                return;
            }
        }

        if (rules.IsModern && SchemaJson.String(schema, "$dynamicRef") is { } dynamicReference)
        {
            keywords.Add(CompileDynamicReference(position, dynamicReference));
        }

        AddScalarKeywords(schema, position, keywords);
        AddObjectKeywords(schema, position, keywords);
        AddArrayKeywords(schema, position, keywords);
        AddApplicators(schema, position, keywords);
    }

    /// <summary>
    /// OpenAPI 3.0 <c>nullable</c> (Swagger's <c>x-nullable</c>) lets null through whatever else the schema says.
    /// Honoured next to a <c>$ref</c> too, although 3.0 says siblings of $ref are ignored: authors mean it, and a
    /// false alarm costs more than a missed bug.
    /// </summary>
    private bool IsNullable(JsonObject schema) =>
        rules.IsOpenApi && (SchemaJson.IsTrue(schema, "nullable") || SchemaJson.IsTrue(schema, "x-nullable"));

    private SchemaNode CompileReference(SchemaPosition position, string reference)
    {
        JsonNode target = registry.Resolve(position, reference)
            ?? throw new InvalidOperationException($"Cannot resolve $ref \"{reference}\" at {position.Location}.");
        return Compile(target);
    }

    /// <summary>
    /// <c>$dynamicRef</c> resolves like <c>$ref</c> unless its target declares the same <c>$dynamicAnchor</c>; then the
    /// outermost resource in the dynamic scope declaring that anchor wins (decided at evaluation time).
    /// </summary>
    private Keyword CompileDynamicReference(SchemaPosition position, string reference)
    {
        JsonNode target = registry.Resolve(position, reference)
            ?? throw new InvalidOperationException($"Cannot resolve $dynamicRef \"{reference}\" at {position.Location}.");
        string fragment = UriReference.FragmentOf(reference);
        bool bookended = fragment.Length > 0 && fragment[0] != '/' && target is JsonObject targetObject
            && SchemaJson.String(targetObject, "$dynamicAnchor") == fragment;
        return new DynamicRefKeyword(At(position, "$dynamicRef"), Compile(target), bookended ? fragment : null);
    }

    private SchemaNode? CompileChild(JsonObject schema, string keyword) =>
        schema[keyword] is JsonObject or JsonValue ? Compile(schema[keyword]!) : null;

    private SchemaNode[] CompileArray(JsonArray array)
    {
        var nodes = new SchemaNode[array.Count];
        for (int index = 0; index < array.Count; index++)
        {
            nodes[index] = Compile(array[index] ?? JsonValue.Create(true));
        }

        return nodes;
    }

    private static string At(SchemaPosition position, string keyword) => JsonPointer.Append(position.Location, keyword);
}
