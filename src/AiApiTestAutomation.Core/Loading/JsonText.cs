using System;
using System.Buffers;
using System.Text;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// A JSON spec as UTF-8 with its line starts, computed once and shared by every pass over the text (the shallow and
/// the deep <see cref="SourceLocator"/>, the reader): each converting the text again
/// cost megabytes of large-object garbage per build. The loader's copy is rented from the shared pool and given back
/// when the load ends (<see cref="Rent"/>): GitHub's spec is 3 MB of UTF-8, on the large object heap every build.
/// </summary>
internal sealed class JsonText : IDisposable
{
    private byte[]? bytes;
    private bool rented;
    private int[]? lineStarts;

    public JsonText(string text)
    {
        bytes = Encoding.UTF8.GetBytes(text);
        Length = bytes.Length;
    }

    private JsonText(byte[] bytes, int length)
    {
        this.bytes = bytes;
        Length = length;
        rented = true;
    }

    /// <summary>The text's UTF-8 in an array that may be longer than the text: read the first <see cref="Length"/> bytes.</summary>
    public byte[] Bytes => bytes ?? throw new ObjectDisposedException(nameof(JsonText));

    /// <summary>The length of the text in UTF-8 bytes.</summary>
    public int Length { get; }

    public ReadOnlySpan<byte> Span => Bytes.AsSpan(0, Length);

    /// <summary>A copy whose array comes from the shared pool; dispose it to give the array back.</summary>
    public static JsonText Rent(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var array = ArrayPool<byte>.Shared.Rent(length);
        Encoding.UTF8.GetBytes(text, 0, text.Length, array, 0);
        return new JsonText(array, length);
    }

    public void Dispose()
    {
        if (rented && bytes is not null)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        bytes = null;
    }

    private int[] Starts => lineStarts ??= LineStarts(Bytes, Length);

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
        var text = Bytes;
        for (var i = starts[line - 1]; i < Length && text[i] is (byte)' ' or (byte)'\t'; i++)
        {
            column++;
        }

        return column;
    }

    // Counted first and filled once: a list growing to GitHub's 100,000 lines left twice its size in garbage.
    private static int[] LineStarts(byte[] bytes, int length)
    {
        var count = 1;
        for (var index = 0; (index = Array.IndexOf(bytes, (byte)'\n', index, length - index)) >= 0; index++)
        {
            count++;
        }

        var starts = new int[count];
        var line = 1;
        for (var index = 0; (index = Array.IndexOf(bytes, (byte)'\n', index, length - index)) >= 0;)
        {
            starts[line++] = ++index;
        }

        return starts;
    }
}
