using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// One stable text per spec content, so an unchanged spec produces byte-identical text and no commit:
/// JSON is re-indented with two spaces (key order kept, as authors arrange it), every spec gets LF line
/// endings, no trailing spaces and exactly one trailing newline. Shared by the relay and the MSBuild
/// spec pull so the two never rewrite each other's files.
/// </summary>
public static class SpecCanonicalizer
{
    public static string Canonicalize(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var body = trimmed.StartsWith("{", System.StringComparison.Ordinal) ? ReformatJson(trimmed) : trimmed;
        return NormalizeLines(body).TrimEnd('\n', ' ', '\t') + "\n";
    }

    private static string ReformatJson(string json)
    {
        // JsonDocument rather than JsonNode: it keeps number text verbatim and tolerates the duplicate keys some exporters emit.
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            // Two spaces is the writer's indentation; its new line is the platform's, which NormalizeLines folds to LF
            // (netstandard2.0's System.Text.Json has no NewLine option, and raw line breaks never occur inside JSON strings).
            Indented = true,

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
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd(' ', '\t');
        }

        return string.Join("\n", lines);
    }
}
