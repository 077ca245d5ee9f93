using System.Globalization;
using System.Text;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>C# spellings of spec values: types, string literals, XML doc text.</summary>
internal static class CSharp
{
    /// <summary>The C# type for a schema; <paramref name="modelPrefix"/> qualifies model names ("Models." outside the models namespace).</summary>
    public static string TypeName(ApiTypeRef type, string modelPrefix) => type.Kind switch
    {
        ApiTypeKind.String => "string",
        ApiTypeKind.Integer => "int",
        ApiTypeKind.Long => "long",
        ApiTypeKind.Number => "double",
        ApiTypeKind.Boolean => "bool",
        ApiTypeKind.Array => $"global::System.Collections.Generic.IReadOnlyList<{TypeName(type.Element ?? ApiTypeRef.Any, modelPrefix)}>",
        ApiTypeKind.Map => $"global::System.Collections.Generic.IReadOnlyDictionary<string, {TypeName(type.Element ?? ApiTypeRef.Any, modelPrefix)}>",
        ApiTypeKind.Model => modelPrefix + type.ModelName,
        _ => "global::System.Text.Json.Nodes.JsonNode",
    };

    /// <summary>Element types in collections stay non-nullable except JSON values, which may be null.</summary>
    public static string NullableTypeName(ApiTypeRef type, string modelPrefix) => TypeName(type, modelPrefix) + "?";

    public static string Literal(string value)
    {
        // Most values (names, paths, schema keys) need no escape: quoted in one string, without a builder.
        if (!NeedsEscape(value))
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    private static bool NeedsEscape(string value)
    {
        foreach (var c in value)
        {
            if (c is '"' or '\\' || c < 0x20 || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verbatim string for large text such as the schema bundle; raw strings would need quote counting.</summary>
    public static string VerbatimLiteral(string value) => "@\"" + value.Replace("\"", "\"\"") + "\"";

    // Every C# line break (U+0085, U+2028, U+2029 too) becomes a space: the text sits in a one-line /// comment.
    public static string XmlText(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
            .Replace("\r", " ").Replace("\n", " ").Replace("\u0085", " ").Replace("\u2028", " ").Replace("\u2029", " ");

    /// <summary>The ApiRequest method that places a parameter where the spec says it goes.</summary>
    public static string RequestMethodFor(ParameterLocation location) => location switch
    {
        ParameterLocation.Path => "WithPath",
        ParameterLocation.Header => "WithHeader",
        ParameterLocation.Cookie => "WithCookie",
        _ => "WithQuery",
    };

    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", "_");
}
