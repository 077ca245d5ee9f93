using System.Linq;
using AiApiTestAutomation.Generator.Emit;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>The schemas file streamed to Roslyn reads as the one string it replaces, at any size and wherever quotes fall.</summary>
public sealed class VerbatimLiteralTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("{\"a\":\"b\"}")]
    [InlineData("no quotes")]
    public void Small_values_read_as_the_concatenated_line(string value)
    {
        var text = VerbatimLiteralText.From("x = @\"", value, "\";\n}\n");

        Assert.Equal("x = @\"" + value.Replace("\"", "\"\"") + "\";\n}\n", text.ToString());
        Assert.Equal(System.Text.Encoding.UTF8, text.Encoding);
    }

    [Theory]
    [InlineData(20 * 1024 - 6, 1)]  // all quotes: 40K less one when doubled, built without counting them
    [InlineData(20 * 1024 - 5, 1)]  // all quotes: 40K when doubled, so counted, then read in chunks
    [InlineData(20 * 1024 - 5, 3)]  // counted, and short enough for one string after all
    [InlineData(30 * 1024, 1000)]
    public void Values_around_half_the_chunked_length_read_with_quotes_doubled(int valueLength, int quoteEvery)
    {
        var value = new string(Enumerable.Range(0, valueLength).Select(i => i % quoteEvery == 0 ? '"' : 'q').ToArray());

        var text = VerbatimLiteralText.From("x = @\"", new[] { value.Substring(0, valueLength / 3), value.Substring(valueLength / 3) }, "\";\n");

        var expected = "x = @\"" + value.Replace("\"", "\"\"") + "\";\n";
        Assert.Equal(expected.Length, text.Length);
        Assert.Equal(expected, text.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(40 * 1024)]
    public void Values_larger_than_one_chunk_read_whole_with_quotes_doubled_across_chunk_edges(int quoteEvery)
    {
        // Over 40K characters Roslyn reads the text in 40K chunks; the quotes land on every chunk edge for some step.
        var value = new string(Enumerable.Range(0, 200_003).Select(i => i % quoteEvery == 0 ? '"' : (char)('a' + (i % 26))).ToArray());
        var before = new string(' ', 4) + "public const string Bundle = @\"";

        var text = VerbatimLiteralText.From(before, value, "\";\n}\n");

        var expected = before + value.Replace("\"", "\"\"") + "\";\n}\n";
        Assert.Equal(expected.Length, text.Length);
        Assert.Equal(expected, text.ToString());
    }

    [Theory]
    [InlineData(40 * 1024 - 12)]
    [InlineData(40 * 1024 - 11)]
    [InlineData(40 * 1024 - 10)]
    [InlineData(40 * 1024 + 5)]
    public void Files_either_side_of_the_chunked_length_read_the_same(int valueLength)
    {
        // With "x = @\"", "\";\n" and the one quote doubled, the file is ten characters longer than the value: built as
        // a string below 40K characters and read in chunks from 40K on.
        var value = new string(Enumerable.Range(0, valueLength).Select(i => i == valueLength / 2 ? '"' : 'q').ToArray());

        var text = VerbatimLiteralText.From("x = @\"", value, "\";\n");

        Assert.Equal("x = @\"" + value.Replace("\"", "\"\"") + "\";\n", text.ToString());
        Assert.Equal(System.Text.Encoding.UTF8, text.Encoding);
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(7, 3)]
    [InlineData(40 * 1024, 2)]
    [InlineData(1, 40 * 1024 + 1)]
    public void A_value_in_pieces_reads_as_the_whole_value(int quoteEvery, int pieceLength)
    {
        // Pieces end on quotes, just after them and on chunk edges, depending on the step and the piece length.
        var value = new string(Enumerable.Range(0, 120_007).Select(i => i % quoteEvery == 0 ? '"' : (char)('a' + (i % 26))).ToArray());
        var pieces = Enumerable.Range(0, (value.Length + pieceLength - 1) / pieceLength)
            .Select(i => value.Substring(i * pieceLength, System.Math.Min(pieceLength, value.Length - (i * pieceLength))))
            .ToList();

        var whole = VerbatimLiteralText.From("x = @\"", value, "\";\n");
        var inPieces = VerbatimLiteralText.From("x = @\"", pieces, "\";\n");

        Assert.Equal(whole.Length, inPieces.Length);
        Assert.Equal(whole.ToString(), inPieces.ToString());
    }

    [Fact]
    public void A_small_value_in_pieces_reads_as_the_whole_value()
    {
        var text = VerbatimLiteralText.From("x = @\"", new[] { "{\"a\"", ":", "\"b\"}" }, "\";\n");

        Assert.Equal("x = @\"{\"\"a\"\":\"\"b\"\"}\";\n", text.ToString());
    }
}
