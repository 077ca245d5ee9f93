using System;
using System.Collections.Generic;
using System.Text;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// A JSON spec as UTF-8 with its line starts, computed once and shared by every pass over the text (the shallow and
/// the deep <see cref="SourceLocator"/>, the <see cref="TypelessNullableScanner"/>): each converting the text again
/// cost megabytes of large-object garbage per build.
/// </summary>
internal sealed class JsonText
{
    private List<int>? lineStarts;

    public JsonText(string text) => Bytes = Encoding.UTF8.GetBytes(text);

    public byte[] Bytes { get; }

    /// <summary>The 1-based line and column of a byte offset (the column counts bytes).</summary>
    public (int Line, int Column) Position(int offset)
    {
        var starts = lineStarts ??= LineStarts(Bytes);
        var index = starts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - starts[index] + 1);
    }

    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        var index = 0;
        while ((index = Array.IndexOf(bytes, (byte)'\n', index)) >= 0)
        {
            starts.Add(++index);
        }

        return starts;
    }
}
