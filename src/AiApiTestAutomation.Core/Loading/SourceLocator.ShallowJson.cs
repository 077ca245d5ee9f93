using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace AiApiTestAutomation.Core.Loading;

internal sealed partial class SourceLocator
{
    // Utf8JsonReader's default, with which WalkJson reads.
    private const int ReaderMaxDepth = 64;

    /// <summary>
    /// The shallow walk (<see cref="WalkJson"/> without targets, to a depth of 3 or less) over a text the reader has
    /// parsed already, so strict JSON: what lies below the depth is stepped over by its brackets and quotes alone,
    /// found by vectorised search, instead of token by token. Nearly all of a spec's bytes lie there: on GitHub's spec
    /// the shallow pass went from 6.1 to 4.0 ms (docs/performance.md, eleventh round). Records exactly what that walk
    /// records; anything outside strict JSON (a comment, a trailing comma, a byte order mark, nesting past the reader's
    /// limit) returns false, and the caller walks with the reader instead.
    /// </summary>
    private bool TryWalkShallowJson(JsonText json)
    {
        var text = json.Span;
        var path = new List<string>();
        var containers = new Stack<bool>(); // true = array
        var arrayIndexes = new Stack<int>();
        var expectName = false; // in an object, after '{' or ','
        var pendingProperty = false;
        var index = SkipWhitespace(text, 0);

        while (index < text.Length)
        {
            var offset = index;
            if (expectName && text[index] is not ((byte)'"' or (byte)'}'))
            {
                return false;
            }

            switch (text[index])
            {
                case (byte)'"' when expectName:
                    var end = EndOfString(text, index);
                    if (end < 0)
                    {
                        return false;
                    }

                    var name = PropertyName(json, index, end);
                    if (name is null)
                    {
                        return false;
                    }

                    path.Add(name);
                    Record(path, json, offset);
                    pendingProperty = true;
                    expectName = false;
                    index = SkipWhitespace(text, end + 1);
                    if (index >= text.Length || text[index] != (byte)':')
                    {
                        return false;
                    }

                    index = SkipWhitespace(text, index + 1);
                    continue;
                case (byte)'{':
                case (byte)'[':
                    var isArray = text[index] == (byte)'[';
                    EnterValue(path, containers, arrayIndexes, pendingProperty, json, offset);
                    pendingProperty = false;
                    if (path.Count == 0)
                    {
                        Record(path, json, offset);
                    }

                    if (path.Count >= maxDepth)
                    {
                        if (path.Count == 0)
                        {
                            return true; // only the root was asked for, as WalkJson
                        }

                        if (path.Count == maxDepth)
                        {
                            NoteEntry(offset);
                        }

                        index = EndOfContainer(text, index, containers.Count);
                        if (index < 0)
                        {
                            return false;
                        }

                        LeaveValue(path, containers);
                        break;
                    }

                    containers.Push(isArray);
                    arrayIndexes.Push(-1);
                    expectName = !isArray;
                    index = SkipWhitespace(text, index + 1);
                    continue;
                case (byte)'}':
                case (byte)']':
                    if (containers.Count == 0 || containers.Peek() != (text[index] == (byte)']'))
                    {
                        return false;
                    }

                    containers.Pop();
                    arrayIndexes.Pop();
                    LeaveValue(path, containers);
                    index++;
                    if (containers.Count == 0)
                    {
                        walkedWhole = true;
                        return SkipWhitespace(text, index) == text.Length;
                    }

                    break;
                case (byte)'"':
                    EnterValue(path, containers, arrayIndexes, pendingProperty, json, offset);
                    pendingProperty = false;
                    LeaveValue(path, containers);
                    index = EndOfString(text, index);
                    if (index < 0)
                    {
                        return false;
                    }

                    index++;
                    break;
                case (byte)'t' or (byte)'f' or (byte)'n' or (byte)'-' or >= (byte)'0' and <= (byte)'9':
                    EnterValue(path, containers, arrayIndexes, pendingProperty, json, offset);
                    pendingProperty = false;
                    LeaveValue(path, containers);
                    index = EndOfScalar(text, index);
                    break;
                default:
                    return false;
            }

            // After a value: a comma and the next element, or the container's end.
            if (containers.Count == 0)
            {
                return SkipWhitespace(text, index) == text.Length; // a scalar root
            }

            index = SkipWhitespace(text, index);
            if (index < text.Length && text[index] == (byte)',')
            {
                expectName = !containers.Peek();
                index = SkipWhitespace(text, index + 1);
                if (index >= text.Length || text[index] is (byte)'}' or (byte)']')
                {
                    return false; // a trailing comma
                }
            }
            else if (index >= text.Length || text[index] is not ((byte)'}' or (byte)']'))
            {
                return false;
            }
        }

        return false;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> text, int index)
    {
        while (index < text.Length && text[index] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            index++;
        }

        return index;
    }

    /// <summary>The index just past a number or a literal.</summary>
    private static int EndOfScalar(ReadOnlySpan<byte> text, int index)
    {
        while (index < text.Length && text[index] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
        {
            index++;
        }

        return index;
    }

    /// <summary>The index of the closing quote of the string opening at <paramref name="start"/>, or -1.</summary>
    private static int EndOfString(ReadOnlySpan<byte> text, int start)
    {
        var index = start + 1;
        while (index < text.Length)
        {
            var found = text.Slice(index).IndexOfAny((byte)'"', (byte)'\\');
            if (found < 0)
            {
                return -1;
            }

            index += found;
            if (text[index] == (byte)'"')
            {
                return index;
            }

            index += 2; // an escape: the byte after the backslash is never the string's end
        }

        return -1;
    }

    /// <summary>
    /// The index just past the container opening at <paramref name="start"/>, or -1; -1 too where it nests deeper than
    /// the reader's default limit, at which <see cref="WalkJson"/> stops.
    /// </summary>
    /// <param name="open">How many containers are open around it.</param>
    private static int EndOfContainer(ReadOnlySpan<byte> text, int start, int open)
    {
        var depth = 0;
        var index = start;
        while (index < text.Length)
        {
            // What ends the container, or starts a string in it (whose brackets do not count).
            var found = text.Slice(index).IndexOfAny("\"{}[]"u8);
            if (found < 0)
            {
                return -1;
            }

            index += found;
            switch (text[index])
            {
                case (byte)'"':
                    index = EndOfString(text, index);
                    if (index < 0)
                    {
                        return -1;
                    }

                    break;
                case (byte)'{' or (byte)'[':
                    if (open + ++depth > ReaderMaxDepth)
                    {
                        return -1;
                    }

                    break;
                default:
                    if (--depth == 0)
                    {
                        return index + 1;
                    }

                    break;
            }

            index++;
        }

        return -1;
    }

    /// <summary>A property name's text from its quotes' indexes; the reader unescapes the rare name with an escape in it.</summary>
    private static string? PropertyName(JsonText json, int openingQuote, int closingQuote)
    {
        var name = json.Span.Slice(openingQuote + 1, closingQuote - openingQuote - 1);
        if (name.IndexOf((byte)'\\') < 0)
        {
            return Encoding.UTF8.GetString(json.Bytes, openingQuote + 1, name.Length);
        }

        // An escape the reader refuses ends this walk (null), for the reader's own walk to stop at it.
        var reader = new Utf8JsonReader(json.Span.Slice(openingQuote, closingQuote + 1 - openingQuote));
        try
        {
            reader.Read();
            return reader.GetString();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
