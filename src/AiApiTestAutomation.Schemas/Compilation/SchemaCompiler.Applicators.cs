using AiApiTestAutomation.Schemas.Compat;
using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;
using AiApiTestAutomation.Schemas.Keywords;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Schemas.Compilation;

/// <summary>allOf, anyOf, oneOf (with the OpenAPI discriminator), not, if/then/else.</summary>
internal sealed partial class SchemaCompiler
{
    private void AddApplicators(JsonObject schema, SchemaPosition position, List<Keyword> keywords)
    {
        if (schema["allOf"] is JsonArray allOf)
        {
            keywords.Add(new AllOfKeyword(At(position, "allOf"), CompileArray(allOf)));
        }

        foreach (string keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema[keyword] is not JsonArray branchesJson)
            {
                continue;
            }

            SchemaNode[] branches = CompileArray(branchesJson);
            Keyword combinator = keyword == "anyOf"
                ? new AnyOfKeyword(At(position, keyword), branches)
                : new OneOfKeyword(At(position, keyword), branches);
            if (rules.IsOpenApi && schema["discriminator"] is JsonObject discriminator
                && SchemaJson.String(discriminator, "propertyName") is { } propertyName)
            {
                var byValue = DiscriminatorTargets(discriminator, branchesJson, position);
                combinator = new DiscriminatorKeyword(At(position, "discriminator"), propertyName, byValue, combinator);
            }

            keywords.Add(combinator);
        }

        if (CompileChild(schema, "not") is { } not)
        {
            keywords.Add(new NotKeyword(At(position, "not"), not));
        }

        if (rules.IsModern && CompileChild(schema, "if") is { } condition)
        {
            keywords.Add(new IfThenElseKeyword(At(position, "if"), condition, CompileChild(schema, "then"), CompileChild(schema, "else")));
        }
    }

    /// <summary>Explicit <c>mapping</c> entries first, then each $ref branch under its schema name (the implicit mapping).</summary>
    private Dictionary<string, SchemaNode> DiscriminatorTargets(JsonObject discriminator, JsonArray branches, SchemaPosition position)
    {
        var byValue = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
        if (discriminator["mapping"] is JsonObject mapping)
        {
            foreach (KeyValuePair<string, JsonNode?> entry in mapping)
            {
                if (entry.Value?.ToString() is { } target && ResolveMappingTarget(target, position) is { } schema)
                {
                    byValue[entry.Key] = Compile(schema);
                }
            }
        }

        foreach (JsonNode? branch in branches)
        {
            if (branch is JsonObject obj && SchemaJson.String(obj, "$ref") is { } reference
                && registry.Resolve(position, reference) is { } target)
            {
                byValue.TryAdd(LastSegment(registry.PositionOf(target).Location), Compile(target));
                byValue.TryAdd(LastSegment(reference), Compile(target));
            }
        }

        return byValue;
    }

    /// <summary>A mapping value is a $ref (possibly still <c>#/components/schemas/X</c>) or a bare schema name.</summary>
    private JsonNode? ResolveMappingTarget(string target, SchemaPosition position) =>
        (target.IndexOf('#') >= 0 || target.IndexOf('/') >= 0 ? registry.Resolve(position, target) : null)
        ?? set.FindByLocation(target)
        ?? set.FindByName(LastSegment(target));

    private static string LastSegment(string reference) =>
        JsonPointer.Unescape(Uri.UnescapeDataString(reference.Substring(reference.LastIndexOf('/') + 1)));
}
