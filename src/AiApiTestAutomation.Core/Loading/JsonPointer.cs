using System.Collections.Generic;
using System.Text;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>RFC 6901 JSON pointers, as Microsoft.OpenApi reports error locations.</summary>
internal static class JsonPointer
{
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    public static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");

    public static string Append(string pointer, string segment) => pointer + "/" + Escape(segment);

    // The source locator joins a pointer for every node it passes (tens of thousands on Kubernetes' spec): one builder
    // per thread, taken while in use, instead of a new builder and an escaped copy of each segment every time.
    [System.ThreadStatic]
    private static StringBuilder? joinBuilder;

    public static string Join(IEnumerable<string> segments)
    {
        var builder = joinBuilder ?? new StringBuilder();
        joinBuilder = null;
        builder.Clear();
        foreach (var segment in segments)
        {
            builder.Append('/');
            if (segment.IndexOf('~') < 0 && segment.IndexOf('/') < 0)
            {
                builder.Append(segment);
                continue;
            }

            foreach (var c in segment)
            {
                _ = c switch
                {
                    '~' => builder.Append("~0"),
                    '/' => builder.Append("~1"),
                    _ => builder.Append(c),
                };
            }
        }

        var pointer = builder.ToString();
        joinBuilder = builder;
        return pointer;
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
