using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiApiTestAutomation.Schemas.Evaluation;
using AiApiTestAutomation.Schemas.Formats;
using AiApiTestAutomation.Schemas.Keywords;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Schemas.Compilation;

/// <summary>Keywords on any value, strings and numbers: type, enum, const, lengths, pattern, bounds, multipleOf, format.</summary>
internal sealed partial class SchemaCompiler
{
    private void AddScalarKeywords(JsonObject schema, SchemaPosition position, List<Keyword> keywords)
    {
        AddType(schema, position, keywords);
        if (schema["enum"] is JsonArray values)
        {
            keywords.Add(new EnumKeyword(At(position, "enum"), values.ToArray()));
        }

        if (rules.IsModern && schema.TryGetPropertyValue("const", out JsonNode? constant))
        {
            keywords.Add(new ConstKeyword(At(position, "const"), constant));
        }

        foreach (string keyword in new[] { "minLength", "maxLength" })
        {
            if (SchemaJson.Count(schema, keyword) is { } limit)
            {
                keywords.Add(new CountKeyword(At(position, keyword), keyword, limit));
            }
        }

        if (SchemaJson.String(schema, "pattern") is { } pattern && EcmaRegex.Get(pattern) is Regex regex)
        {
            keywords.Add(new PatternKeyword(At(position, "pattern"), pattern, regex));
        }

        AddBound(schema, position, keywords, "minimum", "exclusiveMinimum", isMaximum: false);
        AddBound(schema, position, keywords, "maximum", "exclusiveMaximum", isMaximum: true);
        if (SchemaJson.Number(schema, "multipleOf") is { } divisor && divisor.AsDouble > 0)
        {
            keywords.Add(new MultipleOfKeyword(At(position, "multipleOf"), divisor));
        }

        AddFormat(schema, position, keywords);
    }

    private static void AddType(JsonObject schema, SchemaPosition position, List<Keyword> keywords)
    {
        string[] names = schema["type"] switch
        {
            JsonValue single when SchemaJson.String(schema, "type") is { } name => [name],
            JsonArray many => many.OfType<JsonValue>().Select(value => value.ToString()).ToArray(),
            _ => [],
        };
        JsonTypes allowed = names.Aggregate(JsonTypes.None, (types, name) => types | TypeKeyword.Parse(name));
        if (names.Length > 0)
        {
            keywords.Add(new TypeKeyword(At(position, "type"), allowed, names));
        }
    }

    /// <summary>
    /// Both forms of exclusive bounds, whatever the declared dialect: a boolean modifies the plain bound (draft 4,
    /// OpenAPI 3.0), a number is a bound of its own (2020-12, OpenAPI 3.1). Real specs mix them up.
    /// </summary>
    private static void AddBound(JsonObject schema, SchemaPosition position, List<Keyword> keywords, string inclusiveKeyword, string exclusiveKeyword, bool isMaximum)
    {
        bool exclusiveModifier = SchemaJson.IsTrue(schema, exclusiveKeyword);
        if (SchemaJson.Number(schema, inclusiveKeyword) is { } inclusive)
        {
            string keyword = exclusiveModifier ? exclusiveKeyword : inclusiveKeyword;
            keywords.Add(new NumberBoundKeyword(At(position, inclusiveKeyword), keyword, inclusive, isMaximum, exclusiveModifier));
        }

        if (SchemaJson.Number(schema, exclusiveKeyword) is { } exclusive)
        {
            keywords.Add(new NumberBoundKeyword(At(position, exclusiveKeyword), exclusiveKeyword, exclusive, isMaximum, exclusive: true));
        }
    }

    private void AddFormat(JsonObject schema, SchemaPosition position, List<Keyword> keywords)
    {
        if (!assertFormats || SchemaJson.String(schema, "format") is not { } format)
        {
            return;
        }

        if (FormatCheckers.ForString(format) is { } check)
        {
            keywords.Add(new FormatKeyword(At(position, "format"), format, check));
        }
        else if (FormatCheckers.ForNumber(format) is { } range)
        {
            keywords.Add(new NumericFormatKeyword(At(position, "format"), format, range.Minimum, range.Maximum, range.IntegerOnly));
        }
    }
}
