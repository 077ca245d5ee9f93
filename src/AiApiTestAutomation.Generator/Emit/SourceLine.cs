using System;
using System.Runtime.CompilerServices;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>
/// An interpolated line (<c>writer.Line($"...")</c>) written straight into the writer, piece by piece: the emitters
/// write hundreds of thousands of such lines, and each used to become a string first (through <c>string.Format</c>
/// when a hole is not a string, which also boxes it). The text is what <c>string.Format</c> gives with no provider.
/// </summary>
[InterpolatedStringHandler]
internal ref struct SourceLine
{
    private readonly SourceWriter writer;

    // Indentation is written with the first non-empty piece: a line that comes out empty gets none, as with Line(string).
    private bool started;

    public SourceLine(int literalLength, int formattedCount, SourceWriter writer)
    {
        this.writer = writer;
        started = false;
    }

    public void AppendLiteral(string value) => Append(value);

    public void AppendFormatted(string? value) => Append(value);

    public void AppendFormatted<T>(T value) => Append(value is IFormattable formattable ? formattable.ToString(null, null) : value?.ToString());

    public void AppendFormatted<T>(T value, string? format) => Append(value is IFormattable formattable ? formattable.ToString(format, null) : value?.ToString());

    private void Append(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (!started)
        {
            writer.StartLine();
            started = true;
        }

        writer.Append(value!);
    }
}
