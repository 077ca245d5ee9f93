using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;

namespace AiApiTestAutomation.Core.Loading.External;

/// <summary>One file of a multi-file spec, parsed into a JSON tree (YAML goes through the same converter the OpenAPI reader uses).</summary>
internal sealed class ReferencedDocument
{
    private readonly Lazy<SourceLocator> locator;

    private ReferencedDocument(string path, string text, SourceFormat format, JsonNode? root, string? error, int errorLine, int errorColumn)
    {
        Path = path;
        Text = text;
        Format = format;
        Root = root;
        Error = error;
        ErrorLine = errorLine;
        ErrorColumn = errorColumn;
        locator = new Lazy<SourceLocator>(() => SourceLocator.Build(text, format, maxDepth: 64));
    }

    public string Path { get; }

    public string Text { get; }

    public SourceFormat Format { get; }

    /// <summary>The parsed tree; null when the text could not be parsed (see <see cref="Error"/>) or is empty.</summary>
    public JsonNode? Root { get; }

    public string? Error { get; }

    public int ErrorLine { get; }

    public int ErrorColumn { get; }

    public (int Line, int Column) Find(string pointer) => locator.Value.Find(pointer);

    public static ReferencedDocument Parse(string path, string text)
    {
        var format = SourceFormats.Detect(path, text);
        try
        {
            if (format == SourceFormat.Json)
            {
                var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                return new ReferencedDocument(path, text, format, node, null, 0, 0);
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(YamlFinalLineBreak.Ensure(text)));
            var root = stream.Documents.Count == 0 ? null : YamlConverter.ToJsonNode(stream.Documents[0]);
            return new ReferencedDocument(path, text, format, root, null, 0, 0);
        }
        catch (JsonException ex)
        {
            return new ReferencedDocument(path, text, format, null, ex.Message, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
        }
        catch (SharpYaml.YamlException ex)
        {
            return new ReferencedDocument(path, text, format, null, ex.Message, ex.Start.Line + 1, ex.Start.Column + 1);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or Microsoft.OpenApi.OpenApiException)
        {
            // The YAML converter's size and alias budgets, and scalars it cannot convert.
            return new ReferencedDocument(path, text, format, null, ex.Message, 1, 1);
        }
    }
}
