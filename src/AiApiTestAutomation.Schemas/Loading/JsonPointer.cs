using System;
using System.Text;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Schemas.Loading;

/// <summary>RFC 6901 JSON pointers: escaping tokens and walking a pointer through a document.</summary>
internal static class JsonPointer
{
    public static string Escape(string token) =>
        token.IndexOfAny(['~', '/']) < 0 ? token : token.Replace("~", "~0").Replace("/", "~1");

    public static string Unescape(string token) =>
        token.IndexOf('~') < 0 ? token : token.Replace("~1", "/").Replace("~0", "~");

    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Walks <paramref name="pointer"/> (already percent-decoded, "" or starting with '/') from <paramref name="root"/>.</summary>
    public static bool TryResolve(JsonNode? root, string pointer, out JsonNode? target)
    {
        target = root;
        if (pointer.Length == 0)
        {
            return true;
        }

        if (pointer[0] != '/')
        {
            return false;
        }

        foreach (string rawToken in pointer.Substring(1).Split('/'))
        {
            string token = Unescape(rawToken);
            switch (target)
            {
                case JsonObject obj when obj.TryGetPropertyValue(token, out JsonNode? child):
                    target = child;
                    break;
                case JsonArray array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) && index < array.Count:
                    target = array[index];
                    break;
                default:
                    target = null;
                    return false;
            }
        }

        return true;
    }

    /// <summary>Builds a pointer from segments recorded while walking an instance.</summary>
    public static string Build(ReadOnlySpan<PathSegment> segments)
    {
        if (segments.IsEmpty)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (PathSegment segment in segments)
        {
            builder.Append('/');
            if (segment.Name is { } name)
            {
                builder.Append(Escape(name));
            }
            else
            {
                builder.Append(segment.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}

/// <summary>One step into an instance: a property name or an array index (kept unboxed so the happy path does not allocate).</summary>
internal readonly record struct PathSegment(string? Name, int Index);
