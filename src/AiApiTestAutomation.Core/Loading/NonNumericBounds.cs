using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
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

    // Infinity is not JSON either, but the bundle writer replaces it with the largest double after this check.
    private static readonly Regex Number = new(
        @"\G(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|-?Infinity)(?=[,}\]])",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(10));

    // 3.0's exclusive bounds are booleans; the bundle writer spells them as JSON after this check.
    private static readonly Regex Boolean = new(@"\G(?:true|false|True|False)(?=[,}\]])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));

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
                if (!Number.IsMatch(json, value) && !(keyword.StartsWith("\"exclusive", StringComparison.Ordinal) && Boolean.IsMatch(json, value)))
                {
                    return true;
                }
            }
        }

        return false;
    }

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
        if (value is null || Number.IsMatch(value + ",", 0))
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
