using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using SharpYaml;
using SharpYaml.Events;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Maps JSON pointers to 1-based line and column in the spec text. Microsoft.OpenApi reports
/// pointers only, but a diagnostic a user can click needs a line. The walk is one streaming pass
/// (Utf8JsonReader or SharpYaml events) and stops descending below <see cref="maxDepth"/>.
/// </summary>
internal sealed class SourceLocator
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    private SourceLocator()
    {
    }

    public static SourceLocator Build(string text, SourceFormat format, int maxDepth)
    {
        var locator = new SourceLocator();
        try
        {
            if (format == SourceFormat.Json)
            {
                locator.WalkJson(text, maxDepth);
            }
            else
            {
                locator.WalkYaml(text, maxDepth);
            }
        }
        catch (Exception ex) when (ex is JsonException or YamlException or InvalidOperationException or ArgumentException)
        {
            // A broken document still gives the positions read before the break.
        }

        return locator;
    }

    /// <summary>The first key that appears twice in one object (readers disagree on duplicates; Microsoft.OpenApi throws).</summary>
    public string? FirstDuplicate { get; private set; }

    /// <summary>Where the second occurrence of <see cref="FirstDuplicate"/> is.</summary>
    public (int Line, int Column) FirstDuplicatePosition { get; private set; }

    /// <summary>The position of the pointer, or of its nearest ancestor that was recorded.</summary>
    public (int Line, int Column) Find(string? pointer)
    {
        var segments = pointer is null ? new List<string>() : JsonPointer.Split(pointer);
        while (true)
        {
            var key = JsonPointer.Join(segments);
            if (positions.TryGetValue(key, out var position))
            {
                return position;
            }

            if (segments.Count == 0)
            {
                return (1, 1);
            }

            segments.RemoveAt(segments.Count - 1);
        }
    }

    private void Record(List<string> path, int line, int column)
    {
        var key = JsonPointer.Join(path);
        if (!positions.ContainsKey(key))
        {
            positions[key] = (line, column);
        }
        else if (key.Length > 0)
        {
            // Only a key repeated within one object can record the same pointer twice (the root can, across YAML documents).
            if (FirstDuplicate is null)
            {
                FirstDuplicate = key;
                FirstDuplicatePosition = (line, column);
            }
        }
    }

    private void WalkJson(string text, int maxDepth)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();
        var arrayIndexes = new Stack<int>();
        var containers = new Stack<bool>(); // true = array
        var pendingProperty = false;

        while (reader.Read())
        {
            var (line, column) = Position(lineStarts, (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    path.Add(reader.GetString() ?? string.Empty);
                    if (path.Count <= maxDepth)
                    {
                        Record(path, line, column);
                    }

                    pendingProperty = true;
                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    EnterValue(path, containers, arrayIndexes, pendingProperty, line, column, maxDepth);
                    containers.Push(reader.TokenType == JsonTokenType.StartArray);
                    arrayIndexes.Push(-1);
                    pendingProperty = false;
                    if (path.Count == 0)
                    {
                        Record(path, line, column);
                    }

                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    containers.Pop();
                    arrayIndexes.Pop();
                    LeaveValue(path, containers);
                    break;
                default:
                    EnterValue(path, containers, arrayIndexes, pendingProperty, line, column, maxDepth);
                    pendingProperty = false;
                    LeaveValue(path, containers);
                    break;
            }
        }
    }

    private void EnterValue(List<string> path, Stack<bool> containers, Stack<int> arrayIndexes, bool pendingProperty, int line, int column, int maxDepth)
    {
        if (!pendingProperty && containers.Count > 0 && containers.Peek())
        {
            var index = arrayIndexes.Pop() + 1;
            arrayIndexes.Push(index);
            path.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (path.Count <= maxDepth)
            {
                Record(path, line, column);
            }
        }
    }

    private static void LeaveValue(List<string> path, Stack<bool> containers)
    {
        // Every value sits under one path segment (a property name or an array index), except the root.
        if (path.Count > 0 && (containers.Count > 0))
        {
            path.RemoveAt(path.Count - 1);
        }
    }

    private void WalkYaml(string text, int maxDepth)
    {
        var parser = Parser.CreateParser(new StringReader(text));
        var path = new List<string>();
        var frames = new Stack<YamlFrame>();

        while (parser.MoveNext())
        {
            var current = parser.Current;
            if (current is null)
            {
                continue;
            }

            var line = current.Start.Line + 1;
            var column = current.Start.Column + 1;
            switch (current)
            {
                case MappingStart:
                case SequenceStart:
                    BeginNode(path, frames, line, column, maxDepth);
                    frames.Push(new YamlFrame(current is SequenceStart));
                    break;
                case MappingEnd:
                case SequenceEnd:
                    frames.Pop();
                    EndNode(path, frames);
                    break;
                case Scalar scalar:
                    if (frames.Count > 0 && !frames.Peek().IsSequence && frames.Peek().ExpectingKey)
                    {
                        frames.Peek().ExpectingKey = false;
                        path.Add(scalar.Value);
                        if (path.Count <= maxDepth)
                        {
                            Record(path, line, column);
                        }
                    }
                    else
                    {
                        BeginNode(path, frames, line, column, maxDepth);
                        EndNode(path, frames);
                    }

                    break;
                case AnchorAlias:
                    BeginNode(path, frames, line, column, maxDepth);
                    EndNode(path, frames);
                    break;
            }
        }
    }

    private void BeginNode(List<string> path, Stack<YamlFrame> frames, int line, int column, int maxDepth)
    {
        if (frames.Count == 0)
        {
            Record(path, line, column);
            return;
        }

        var frame = frames.Peek();
        if (frame.IsSequence)
        {
            frame.Index++;
            path.Add(frame.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (path.Count <= maxDepth)
            {
                Record(path, line, column);
            }
        }
        else if (frame.ExpectingKey)
        {
            // A complex (non-scalar) mapping key: give it a placeholder segment so the value pops it.
            frame.ExpectingKey = false;
            path.Add("?");
        }
    }

    private static void EndNode(List<string> path, Stack<YamlFrame> frames)
    {
        if (frames.Count == 0)
        {
            return;
        }

        var frame = frames.Peek();
        if (path.Count > 0)
        {
            path.RemoveAt(path.Count - 1);
        }

        if (!frame.IsSequence)
        {
            frame.ExpectingKey = true;
        }
    }

    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Column) Position(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - lineStarts[index] + 1);
    }

    private sealed class YamlFrame
    {
        public YamlFrame(bool isSequence)
        {
            IsSequence = isSequence;
            ExpectingKey = !isSequence;
        }

        public bool IsSequence { get; }

        public bool ExpectingKey { get; set; }

        public int Index { get; set; } = -1;
    }
}
