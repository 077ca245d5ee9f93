using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>The UTF-8 copy's line index places lines and first columns as the text itself does.</summary>
public sealed class JsonTextTests
{
    private const string Text = "{\n  \"a\": 1,\n\t\t\"b\": \"é\",\r\n\n    \n\"c\": 2}";

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    [InlineData(4, 1)]
    [InlineData(5, 5)]
    [InlineData(6, 1)]
    public void First_text_column_skips_the_line_indentation(int line, int column)
    {
        Assert.Equal(column, new JsonText(Text).FirstTextColumn(line));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-3)]
    public void A_line_out_of_range_has_column_one(int line)
    {
        Assert.Equal(1, new JsonText(Text).FirstTextColumn(line));
    }

    [Fact]
    public void Positions_count_lines_from_one()
    {
        var json = new JsonText(Text);
        var offsetOfC = System.Text.Encoding.UTF8.GetByteCount(Text.Substring(0, Text.IndexOf("\"c\"", System.StringComparison.Ordinal)));

        Assert.Equal((1, 1), json.Position(0));
        Assert.Equal((6, 1), json.Position(offsetOfC));
        Assert.Equal((2, 3), json.Position(4));
    }

    [Fact]
    public void A_rented_copy_reads_only_the_text_and_places_lines_as_a_plain_one()
    {
        // A pooled array is usually longer than the text; a line break in the slack must not count.
        var plain = new JsonText(Text);
        using var rented = JsonText.Rent(Text);

        Assert.Equal(plain.Length, rented.Length);
        Assert.Equal(plain.Span.ToArray(), rented.Span.ToArray());
        for (var line = 0; line <= 7; line++)
        {
            Assert.Equal(plain.FirstTextColumn(line), rented.FirstTextColumn(line));
        }

        Assert.Equal(plain.Position(plain.Length - 1), rented.Position(rented.Length - 1));
    }

    [Fact]
    public void A_rented_copy_cannot_be_read_once_given_back()
    {
        var rented = JsonText.Rent(Text);
        rented.Dispose();

        Assert.Throws<System.ObjectDisposedException>(() => rented.Bytes);
    }
}
