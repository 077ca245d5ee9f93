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

    /// <param name="json">The text as UTF-8 if the caller has it already (see <see cref="JsonText"/>).</param>
    /// <param name="locatorFeed">Given every token of a JSON walk, so that a shallow locator needs no walk of its own (see <see cref="ShallowPass"/>).</param>
    /// <param name="yamlLocatorFeed">The same for a YAML text: given every event of the walk.</param>
    public static HashSet<string> Scan(string text, SourceFormat format, JsonText? json = null, SourceLocator.JsonFeed? locatorFeed = null, SourceLocator.YamlFeed? yamlLocatorFeed = null)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (locatorFeed is null && yamlLocatorFeed is null && text.IndexOf("nullable", StringComparison.Ordinal) < 0)
        {
            return found;
        }

        try
        {
            if (format == SourceFormat.Json)
            {
                ScanJson(json ?? new JsonText(text), found, locatorFeed);
            }
            else
            {
                ScanYaml(text, found, yamlLocatorFeed);
            }
        }
        catch (Exception ex) when (ex is JsonException or YamlException or InvalidOperationException or ArgumentException)
        {
            // The reader reports a broken document; what was found before the break is still right.
        }

        return found;
    }

    private static void ScanJson(JsonText json, HashSet<string> found, SourceLocator.JsonFeed? locatorFeed)
    {
        // Property names stay bytes (an offset and a length) until a pointer needs them: GitHub's spec has hundreds of
        // thousands of names and a handful of typeless nullables.
        var bytes = json.Bytes;
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth });
        var frames = new FrameStack(bytes);
        Segment? pendingName = null;
        var pendingNullable = false;

        while (reader.Read())
        {
            locatorFeed?.Next(ref reader);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.ValueIsEscaped || reader.HasValueSequence
                        ? Segment.Named(reader.GetString() ?? string.Empty)
                        : Segment.InBytes((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
                    pendingNullable = reader.ValueTextEquals("nullable"u8);
                    if (frames.Count > 0 && reader.ValueTextEquals("type"u8))
                    {
                        frames.Top.HasType = true;
                    }

                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    frames.Push(new Frame(SegmentFor(frames, pendingName), reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    Leave(frames, found);
                    break;
                case JsonTokenType.True when pendingNullable && frames.Count > 0:
                    frames.Top.SaysNullable = true;
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

    private static void ScanYaml(string text, HashSet<string> found, SourceLocator.YamlFeed? locatorFeed)
    {
        var parser = Parser.CreateParser(new StringReader(text));
        var frames = new FrameStack(null);
        string? pendingName = null;

        while (parser.MoveNext())
        {
            locatorFeed?.Next(parser.Current);
            switch (parser.Current)
            {
                case MappingStart:
                case SequenceStart:
                    if (frames.Count >= MaxDepth)
                    {
                        // Not reached with SharpYaml, which refuses nesting far shallower (under 100 levels) by throwing.
                        return;
                    }

                    frames.Push(new Frame(SegmentFor(frames, pendingName is null ? null : Segment.Named(pendingName)), parser.Current is SequenceStart));
                    pendingName = null;
                    break;
                case MappingEnd:
                case SequenceEnd:
                    Leave(frames, found);
                    break;
                case Scalar scalar when frames.Count > 0 && !frames.Top.IsArray && pendingName is null:
                    pendingName = scalar.Value;
                    if (pendingName == "type")
                    {
                        frames.Top.HasType = true;
                    }

                    break;
                case Scalar scalar:
                    if (pendingName == "nullable" && scalar.Value == "true" && frames.Count > 0)
                    {
                        frames.Top.SaysNullable = true;
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
    private static Segment SegmentFor(FrameStack frames, Segment? propertyName)
    {
        if (frames.Count == 0)
        {
            return Segment.Named(string.Empty);
        }

        ref var parent = ref frames.Top;
        if (!parent.IsArray)
        {
            return propertyName ?? Segment.Named(string.Empty);
        }

        return Segment.Indexed(parent.NextIndex++);
    }

    private static void NextItem(FrameStack frames)
    {
        if (frames.Count > 0 && frames.Top.IsArray)
        {
            frames.Top.NextIndex++;
        }
    }

    private static void Leave(FrameStack frames, HashSet<string> found)
    {
        ref var frame = ref frames.Top;
        if (frame.SaysNullable && !frame.HasType)
        {
            var pointer = new StringBuilder();
            for (var i = 1; i < frames.Count; i++)
            {
                pointer.Append('/').Append(JsonPointer.Escape(frames.TextOf(frames[i].Segment)));
            }

            found.Add(pointer.ToString());
        }

        frames.Pop();
    }

    /// <summary>A path segment: a name (YAML, or an escaped JSON name), a JSON name's bytes, or an array index.</summary>
    private readonly struct Segment(string? name, int start, int length)
    {
        public string? Name { get; } = name;

        public int Start { get; } = start;

        /// <summary>The name's length in bytes, or -1 for an array index (then <see cref="Start"/> is the index).</summary>
        public int Length { get; } = length;

        public static Segment Named(string name) => new(name, 0, 0);

        public static Segment InBytes(int start, int length) => new(null, start, length);

        public static Segment Indexed(int index) => new(null, index, -1);
    }

    private struct Frame(Segment segment, bool isArray)
    {
        public Segment Segment { get; } = segment;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }

        public bool HasType { get; set; }

        public bool SaysNullable { get; set; }
    }

    /// <summary>The open objects and arrays, innermost last; frames are values, so a deep walk allocates nothing per object.</summary>
    private sealed class FrameStack(byte[]? bytes)
    {
        private Frame[] items = new Frame[32];

        public int Count { get; private set; }

        public ref Frame Top => ref items[Count - 1];

        public ref Frame this[int index] => ref items[index];

        public void Push(Frame frame)
        {
            if (Count == items.Length)
            {
                Array.Resize(ref items, items.Length * 2);
            }

            items[Count++] = frame;
        }

        public void Pop() => Count--;

        public string TextOf(Segment segment) =>
            segment.Name
            ?? (segment.Length < 0
                ? segment.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : Encoding.UTF8.GetString(bytes!, segment.Start, segment.Length));
    }
}
