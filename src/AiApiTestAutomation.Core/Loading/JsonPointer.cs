using System.Collections.Generic;
using System.Text;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>RFC 6901 JSON pointers, as Microsoft.OpenApi reports error locations.</summary>
internal static class JsonPointer
{
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    public static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");

    public static string Append(string pointer, string segment) => pointer + "/" + Escape(segment);

    public static string Join(IEnumerable<string> segments)
    {
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            builder.Append('/').Append(Escape(segment));
        }

        return builder.ToString();
    }

    public static List<string> Split(string pointer)
    {
        var segments = new List<string>();
        var trimmed = pointer.StartsWith("#", System.StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        if (trimmed.Length == 0)
        {
            return segments;
        }

        foreach (var part in trimmed.TrimStart('/').Split('/'))
        {
            segments.Add(Unescape(part));
        }

        return segments;
    }
}
