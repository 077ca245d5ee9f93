using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using SharpYaml;
using SharpYaml.Events;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Finds the objects of an OpenAPI 3.0 text that say <c>nullable: true</c> without a <c>type</c>, such as GitHub's
/// <c>{"nullable": true, "allOf": [{"$ref": ...}]}</c>. Microsoft.OpenApi drops <c>nullable</c> from such schemas
/// (there is no type to add null to), so a response carrying the documented null would fail validation: a false
/// alarm. <see cref="SchemaBundleWriter"/> puts <c>nullable</c> back at these pointers. One streaming pass over
/// the text, and none when the text never says "nullable".
/// </summary>
internal static class TypelessNullableScanner
{
    private const int MaxDepth = 256;

    public static HashSet<string> Scan(string text, SourceFormat format)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (text.IndexOf("nullable", StringComparison.Ordinal) < 0)
        {
            return found;
        }

        try
        {
            if (format == SourceFormat.Json)
            {
                ScanJson(text, found);
            }
            else
            {
                ScanYaml(text, found);
            }
        }
        catch (Exception ex) when (ex is JsonException or YamlException or InvalidOperationException or ArgumentException)
        {
            // The reader reports a broken document; what was found before the break is still right.
        }

        return found;
    }

    private static void ScanJson(string text, HashSet<string> found)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth });
        var frames = new List<Frame>();
        string? pendingName = null;
        var pendingNullable = false;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    pendingNullable = pendingName == "nullable";
                    if (pendingName == "type" && frames.Count > 0)
                    {
                        frames[frames.Count - 1].HasType = true;
                    }

                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    frames.Add(new Frame(SegmentFor(frames, pendingName), reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    Leave(frames, found);
                    break;
                case JsonTokenType.True when pendingNullable && frames.Count > 0:
                    frames[frames.Count - 1].SaysNullable = true;
                    NextItem(frames);
                    break;
                default:
                    NextItem(frames);
                    break;
            }

            pendingName = null;
            pendingNullable = false;
        }
    }

    private static void ScanYaml(string text, HashSet<string> found)
    {
        var parser = Parser.CreateParser(new StringReader(text));
        var frames = new List<Frame>();
        string? pendingName = null;

        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart:
                case SequenceStart:
                    if (frames.Count >= MaxDepth)
                    {
                        return;
                    }

                    frames.Add(new Frame(SegmentFor(frames, pendingName), parser.Current is SequenceStart));
                    pendingName = null;
                    break;
                case MappingEnd:
                case SequenceEnd:
                    Leave(frames, found);
                    break;
                case Scalar scalar when frames.Count > 0 && !frames[frames.Count - 1].IsArray && pendingName is null:
                    pendingName = scalar.Value;
                    if (pendingName == "type")
                    {
                        frames[frames.Count - 1].HasType = true;
                    }

                    break;
                case Scalar scalar:
                    if (pendingName == "nullable" && scalar.Value == "true" && frames.Count > 0)
                    {
                        frames[frames.Count - 1].SaysNullable = true;
                    }

                    NextItem(frames);
                    pendingName = null;
                    break;
                case AnchorAlias:
                    NextItem(frames);
                    pendingName = null;
                    break;
            }
        }
    }

    /// <summary>The path segment of a value that opens now: its property name, or its index in the array around it.</summary>
    private static string SegmentFor(List<Frame> frames, string? propertyName)
    {
        if (frames.Count == 0)
        {
            return string.Empty;
        }

        var parent = frames[frames.Count - 1];
        if (!parent.IsArray)
        {
            return propertyName ?? string.Empty;
        }

        var index = parent.NextIndex++;
        return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void NextItem(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[frames.Count - 1].IsArray)
        {
            frames[frames.Count - 1].NextIndex++;
        }
    }

    private static void Leave(List<Frame> frames, HashSet<string> found)
    {
        var frame = frames[frames.Count - 1];
        if (frame.SaysNullable && !frame.HasType)
        {
            var pointer = new StringBuilder();
            for (var i = 1; i < frames.Count; i++)
            {
                pointer.Append('/').Append(JsonPointer.Escape(frames[i].Segment));
            }

            found.Add(pointer.ToString());
        }

        frames.RemoveAt(frames.Count - 1);
    }

    private sealed class Frame(string segment, bool isArray)
    {
        public string Segment { get; } = segment;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }

        public bool HasType { get; set; }

        public bool SaysNullable { get; set; }
    }
}
