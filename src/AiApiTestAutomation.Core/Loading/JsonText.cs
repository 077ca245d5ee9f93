using System;
using System.Text;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// A JSON spec as UTF-8 with its line starts, computed once and shared by every pass over the text (the shallow and
/// the deep <see cref="SourceLocator"/>, the <see cref="TypelessNullableScanner"/>): each converting the text again
/// cost megabytes of large-object garbage per build.
/// </summary>
internal sealed class JsonText
{
    private int[]? lineStarts;

    public JsonText(string text) => Bytes = Encoding.UTF8.GetBytes(text);

    public byte[] Bytes { get; }

    private int[] Starts => lineStarts ??= LineStarts(Bytes);

    /// <summary>The 1-based line and column of a byte offset (the column counts bytes).</summary>
    public (int Line, int Column) Position(int offset)
    {
        var starts = Starts;
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - starts[index] + 1);
    }

    /// <summary>
    /// The 1-based column of the first character on the line that is not a space or tab (1 for a line out of range),
    /// where a diagnostic on the whole line points.
    /// </summary>
    public int FirstTextColumn(int line)
    {
        var starts = Starts;
        if (line < 1 || line > starts.Length)
        {
            return 1;
        }

        var column = 1;
        for (var i = starts[line - 1]; i < Bytes.Length && Bytes[i] is (byte)' ' or (byte)'\t'; i++)
        {
            column++;
        }

        return column;
    }

    // Counted first and filled once: a list growing to GitHub's 100,000 lines left twice its size in garbage.
    private static int[] LineStarts(byte[] bytes)
    {
        var count = 1;
        for (var index = 0; (index = Array.IndexOf(bytes, (byte)'\n', index)) >= 0; index++)
        {
            count++;
        }

        var starts = new int[count];
        var line = 1;
        for (var index = 0; (index = Array.IndexOf(bytes, (byte)'\n', index)) >= 0;)
        {
            starts[line++] = ++index;
        }

        return starts;
    }
}
