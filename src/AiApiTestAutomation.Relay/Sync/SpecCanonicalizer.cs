using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiApiTestAutomation.Relay.Sync;

/// <summary>
/// One stable text per spec content, so an unchanged spec produces byte-identical text and no commit:
/// JSON is re-indented with two spaces (key order kept, as authors arrange it), every spec gets LF line
/// endings, no trailing spaces and exactly one trailing newline.
/// </summary>
internal static class SpecCanonicalizer
{
    public static string Canonicalize(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var body = trimmed.StartsWith('{') ? ReformatJson(trimmed) : NormalizeLines(trimmed);
        return body.TrimEnd('\n', ' ', '\t') + "\n";
    }

    private static string ReformatJson(string json)
    {
        // JsonDocument rather than JsonNode: it keeps number text verbatim and tolerates the duplicate keys some exporters emit.
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",

            // Keep CJK titles and descriptions readable in diffs instead of \uXXXX escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            document.RootElement.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string NormalizeLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd(' ', '\t');
        }

        return string.Join('\n', lines);
    }
}
