using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;
using AiApiTestAutomation.Schemas.Keywords;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Schemas.Compilation;

/// <summary>Array keywords: items in both dialects, item counts, uniqueItems, contains.</summary>
internal sealed partial class SchemaCompiler
{
    private void AddArrayKeywords(JsonObject schema, SchemaPosition position, List<Keyword> keywords)
    {
        SchemaNode[] positional = Array.Empty<SchemaNode>();
        SchemaNode? rest;
        if (rules.IsModern)
        {
            if (schema["prefixItems"] is JsonArray prefix)
            {
                positional = CompileArray(prefix);
            }

            rest = CompileChild(schema, "items");
        }
        else if (schema["items"] is JsonArray tuple)
        {
            positional = CompileArray(tuple);
            rest = CompileChild(schema, "additionalItems");
        }
        else
        {
            rest = CompileChild(schema, "items");
        }

        if (positional.Length > 0 || rest is not null)
        {
            keywords.Add(new ItemsKeyword(At(position, positional.Length > 0 && rules.IsModern ? "prefixItems" : "items"), positional, rest));
        }

        foreach (string keyword in new[] { "minItems", "maxItems" })
        {
            if (SchemaJson.Count(schema, keyword) is { } limit)
            {
                keywords.Add(new CountKeyword(At(position, keyword), keyword, limit));
            }
        }

        if (SchemaJson.IsTrue(schema, "uniqueItems"))
        {
            keywords.Add(new UniqueItemsKeyword(At(position, "uniqueItems")));
        }

        if (rules.IsModern && CompileChild(schema, "contains") is { } contains)
        {
            long minimum = SchemaJson.Count(schema, "minContains") ?? 1;
            keywords.Add(new ContainsKeyword(At(position, "contains"), contains, minimum, SchemaJson.Count(schema, "maxContains")));
        }
    }
}
