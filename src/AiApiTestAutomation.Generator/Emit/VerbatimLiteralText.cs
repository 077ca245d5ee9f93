using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>
/// A generated file that is <c>before + @"value" + after</c> with the value's quotes doubled, handed to Roslyn as a
/// reader: the schema bundle is megabytes, and building the file as one string first cost a builder and a string of
/// that size on the large object heap every run. The value may come in pieces, read in turn (the bundle's, see
/// <see cref="Core.Model.SchemaBundleText"/>). From a reader of a known length, Roslyn keeps large text in chunks
/// small enough to stay off that heap. A small file (a spec with a few schemas) is built as one string: Roslyn would
/// read a short reader into one anyway, through a builder.
/// </summary>
internal static class VerbatimLiteralText
{
    // Roslyn keeps text from a reader in chunks only above this length (LargeText); below it, a string is cheaper.
    private const int ChunkedLength = 40 * 1024;

    /// <param name="before">Everything up to and including the literal's opening <c>@"</c>.</param>
    /// <param name="value">The literal's value, unescaped.</param>
    /// <param name="after">Everything from the literal's closing quote on, that quote included.</param>
    public static SourceText From(string before, string value, string after) => From(before, new[] { value }, after);

    /// <param name="before">Everything up to and including the literal's opening <c>@"</c>.</param>
    /// <param name="value">The literal's value, unescaped, in pieces to be read one after the other.</param>
    /// <param name="after">Everything from the literal's closing quote on, that quote included.</param>
    public static SourceText From(string before, IReadOnlyList<string> value, string after)
    {
        var unquoted = before.Length + after.Length;
        foreach (var piece in value)
        {
            unquoted += piece.Length;
        }

        var longest = unquoted + (unquoted - before.Length - after.Length); // every character of the value a quote
        if (longest < ChunkedLength)
        {
            // Short whatever the quotes: no count first (and the array stays off the large object heap).
            return SourceText.From(Joined(before, value, after, longest), Encoding.UTF8);
        }

        var quotes = 0;
        foreach (var piece in value)
        {
            for (var index = piece.IndexOf('"'); index >= 0; index = piece.IndexOf('"', index + 1))
            {
                quotes++;
            }
        }

        var length = unquoted + quotes;
        return length < ChunkedLength
            ? SourceText.From(Joined(before, value, after, length), Encoding.UTF8)
            : SourceText.From(new Reader(before, value, after), length, Encoding.UTF8);
    }

    /// <summary>
    /// The file as one string, written once into an array at least its length: a JSON bundle has a quote every few
    /// characters, and joining the pieces, then Replace (a copy per quote), then concatenating with the rest cost three copies.
    /// </summary>
    private static string Joined(string before, IReadOnlyList<string> value, string after, int capacity)
    {
        var chars = new char[capacity];
        before.CopyTo(0, chars, 0, before.Length);
        var at = before.Length;
        foreach (var piece in value)
        {
            foreach (var c in piece)
            {
                chars[at++] = c;
                if (c == '"')
                {
                    chars[at++] = '"';
                }
            }
        }

        after.CopyTo(0, chars, at, after.Length);
        return new string(chars, 0, at + after.Length);
    }

    /// <summary>Reads <c>before</c>, then each piece of the value with its quotes doubled, then <c>after</c>.</summary>
    private sealed class Reader : TextReader
    {
        private readonly string before;
        private readonly IReadOnlyList<string> value;
        private readonly string after;
        private readonly char[] one = new char[1];

        // 0 is before, 1 to value.Count the value's pieces, value.Count + 1 after.
        private int part;
        private int position;
        private bool quoteOwed;

        public Reader(string before, IReadOnlyList<string> value, string after)
        {
            this.before = before;
            this.value = value;
            this.after = after;
        }

        private string? Current => part == 0 ? before : part <= value.Count ? value[part - 1] : part == value.Count + 1 ? after : null;

        private bool InLiteral => part >= 1 && part <= value.Count;

        public override int Read(char[] buffer, int index, int count)
        {
            var written = 0;
            while (written < count && Current is { } text)
            {
                if (InLiteral)
                {
                    written += ReadLiteral(text, buffer, index + written, count - written);
                }
                else
                {
                    var length = System.Math.Min(count - written, text.Length - position);
                    text.CopyTo(position, buffer, index + written, length);
                    written += length;
                    position += length;
                }

                if (written < count)
                {
                    // The part is used up (a part stops early only when the buffer is full).
                    part++;
                    position = 0;
                }
            }

            return written;
        }

        public override int Read() => Read(one, 0, 1) == 0 ? -1 : one[0];

        // Roslyn reads chunks while Peek says there is more.
        public override int Peek()
        {
            for (; Current is { } text; part++, position = 0)
            {
                if (InLiteral && quoteOwed)
                {
                    return '"';
                }

                if (position < text.Length)
                {
                    return text[position];
                }
            }

            return -1;
        }

        private int ReadLiteral(string text, char[] buffer, int index, int count)
        {
            var written = 0;
            while (written < count)
            {
                if (quoteOwed)
                {
                    buffer[index + written++] = '"';
                    quoteOwed = false;
                }
                else if (position < text.Length)
                {
                    // Up to and including the next quote in one copy: JSON has a quote every few characters, not every one.
                    var run = System.Math.Min(count - written, text.Length - position);
                    var quote = text.IndexOf('"', position, run);
                    var end = quote < 0 ? position + run : quote + 1;
                    text.CopyTo(position, buffer, index + written, end - position);
                    written += end - position;
                    position = end;
                    quoteOwed = quote >= 0;
                }
                else
                {
                    break;
                }
            }

            return written;
        }
    }
}
