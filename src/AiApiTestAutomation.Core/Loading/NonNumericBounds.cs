using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Microsoft.OpenApi keeps <c>minimum</c>/<c>maximum</c> (and 3.1's numeric exclusive bounds) as text and writes that
/// text into JSON unquoted, so <c>maximum: false</c> or <c>minimum: abc</c> made the schema bundle unreadable. Such a
/// bound is removed from the schema and reported (AAT1002) where it is written; a number written another way
/// (<c>+5</c>, <c>01</c>) is kept, in JSON's spelling.
/// </summary>
internal static class NonNumericBounds
{
    private const int MaxDepth = 64;

    private static readonly string[] Keywords = ["\"minimum\":", "\"maximum\":", "\"exclusiveMinimum\":", "\"exclusiveMaximum\":"];

    // 3.0's exclusive bounds are booleans; the bundle writer spells C#'s True/False as JSON after this check.
    private static readonly string[] Booleans = ["true", "false", "True", "False"];

    /// <summary>
    /// Whether written JSON has a bound keyword followed by something that is not a number (or, for an exclusive
    /// bound, a boolean). Cheap, and may say yes for a property named "minimum": then the walk finds nothing to fix.
    /// </summary>
    public static bool Suspected(string json)
    {
        foreach (var keyword in Keywords)
        {
            for (var at = json.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = json.IndexOf(keyword, at + 1, StringComparison.Ordinal))
            {
                var value = at + keyword.Length;
                if (!IsNumberAt(json, value) && !(keyword.StartsWith("\"exclusive", StringComparison.Ordinal) && IsBooleanAt(json, value)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a JSON number (or <c>Infinity</c>, which the bundle writer replaces with the largest double after this
    /// check) starts at <paramref name="at"/> and is followed by <c>,</c>, <c>}</c> or <c>]</c>. Read by hand: an
    /// interpreted regular expression per bound was a fifth of the model's time on a small spec.
    /// </summary>
    internal static bool IsNumberAt(string json, int at)
    {
        var i = at;
        if (i < json.Length && json[i] == '-')
        {
            i++;
        }

        if (string.CompareOrdinal(json, i, "Infinity", 0, 8) == 0)
        {
            return EndsValue(json, i + 8);
        }

        if (i < json.Length && json[i] == '0')
        {
            i++;
        }
        else if (i < json.Length && json[i] is >= '1' and <= '9')
        {
            SkipDigits(json, ref i);
        }
        else
        {
            return false;
        }

        if (i < json.Length && json[i] == '.')
        {
            i++;
            if (!SkipDigits(json, ref i))
            {
                return false;
            }
        }

        if (i < json.Length && json[i] is 'e' or 'E')
        {
            i++;
            if (i < json.Length && json[i] is '+' or '-')
            {
                i++;
            }

            if (!SkipDigits(json, ref i))
            {
                return false;
            }
        }

        return EndsValue(json, i);
    }

    /// <summary>Whether a boolean (JSON's, or C#'s <c>True</c>/<c>False</c>, which the bundle writer respells) starts at <paramref name="at"/> and ends a value.</summary>
    internal static bool IsBooleanAt(string json, int at)
    {
        foreach (var word in Booleans)
        {
            if (string.CompareOrdinal(json, at, word, 0, word.Length) == 0 && EndsValue(json, at + word.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SkipDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i > start;
    }

    private static bool EndsValue(string json, int i) => i < json.Length && json[i] is ',' or '}' or ']';

    /// <summary>Fixes the inline schemas under <paramref name="schema"/>; true when anything changed.</summary>
    public static bool Repair(IOpenApiSchema schema, string pointer, Action<string, string> report) => Walk(schema, pointer, report, depth: 0);

    private static bool Walk(IOpenApiSchema? schema, string pointer, Action<string, string> report, int depth)
    {
        // A $ref is repaired where its target is written; only inline schemas belong to this pointer.
        if (schema is not OpenApiSchema inline || depth > MaxDepth)
        {
            return false;
        }

        var changed = false;
        inline.Minimum = Checked(inline.Minimum, pointer, "minimum", report, ref changed);
        inline.Maximum = Checked(inline.Maximum, pointer, "maximum", report, ref changed);
        inline.ExclusiveMinimum = CheckedExclusive(inline.ExclusiveMinimum, pointer, "exclusiveMinimum", report, ref changed);
        inline.ExclusiveMaximum = CheckedExclusive(inline.ExclusiveMaximum, pointer, "exclusiveMaximum", report, ref changed);

        if (inline.Properties is { } properties)
        {
            foreach (var pair in properties)
            {
                changed |= Walk(pair.Value, pointer + "/properties/" + JsonPointer.Escape(pair.Key), report, depth + 1);
            }
        }

        changed |= WalkList(inline.AllOf, pointer + "/allOf", report, depth);
        changed |= WalkList(inline.OneOf, pointer + "/oneOf", report, depth);
        changed |= WalkList(inline.AnyOf, pointer + "/anyOf", report, depth);
        changed |= Walk(inline.Items, pointer + "/items", report, depth + 1);
        changed |= Walk(inline.AdditionalProperties, pointer + "/additionalProperties", report, depth + 1);
        changed |= Walk(inline.Not, pointer + "/not", report, depth + 1);
        return changed;
    }

    private static bool WalkList(IList<IOpenApiSchema>? schemas, string pointer, Action<string, string> report, int depth)
    {
        var changed = false;
        for (var i = 0; schemas is not null && i < schemas.Count; i++)
        {
            changed |= Walk(schemas[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), report, depth + 1);
        }

        return changed;
    }

    private static string? CheckedExclusive(string? value, string pointer, string keyword, Action<string, string> report, ref bool changed) =>
        value is not null && bool.TryParse(value, out _) ? value : Checked(value, pointer, keyword, report, ref changed);

    private static string? Checked(string? value, string pointer, string keyword, Action<string, string> report, ref bool changed)
    {
        if (value is null || IsNumberAt(value + ",", 0))
        {
            return value;
        }

        changed = true;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) && !double.IsInfinity(number))
        {
            return number.ToString("R", CultureInfo.InvariantCulture);
        }

        report(pointer + "/" + keyword, $"'{keyword}: {OpenApiDocumentReader.Excerpt(value)}' is not a number; the bound is ignored (generated tests and response checks do not apply it)");
        return null;
    }
}
