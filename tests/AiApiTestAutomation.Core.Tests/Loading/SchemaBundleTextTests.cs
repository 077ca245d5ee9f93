using AiApiTestAutomation.Core.Model;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>A bundle kept in pieces is its characters: equal however it is cut, and whole when asked for as a string.</summary>
public sealed class SchemaBundleTextTests
{
    private const string Json = "{\"dialect\":\"openapi-3.0\",\"schemas\":{\"Pet\":{\"type\":\"object\",\"example\":{}}}}";

    [Fact]
    public void Texts_cut_differently_are_equal_and_hash_alike()
    {
        var whole = SchemaBundleText.FromJson(Json);
        var cut = SchemaBundleText.FromPieces(new[] { Json.Substring(0, 5), Json.Substring(5, 20), null, string.Empty, Json.Substring(25) });

        Assert.Equal(whole, cut);
        Assert.Equal(cut, whole);
        Assert.Equal(whole.GetHashCode(), cut.GetHashCode());
        Assert.Equal(Json, cut.ToString());
        Assert.Equal(Json.Length, cut.Length);
    }

    [Fact]
    public void One_character_changed_makes_texts_differ()
    {
        var changed = Json.Replace("object", "objecT", System.StringComparison.Ordinal);

        Assert.NotEqual(SchemaBundleText.FromJson(Json), SchemaBundleText.FromPieces(new[] { changed.Substring(0, 40), changed.Substring(40) }));
        Assert.NotEqual(SchemaBundleText.FromJson(Json), SchemaBundleText.FromJson(Json + " "));
    }

    [Fact]
    public void Null_and_empty_pieces_are_left_out()
    {
        var text = SchemaBundleText.FromPieces(new[] { null, "{", string.Empty, "}" });

        Assert.Equal(new[] { "{", "}" }, text.Pieces);
        Assert.Same(SchemaBundleText.Empty, SchemaBundleText.FromPieces(new string?[] { null, string.Empty }));
        Assert.Equal(string.Empty, SchemaBundleText.Empty.ToString());
    }

    [Fact]
    public void Contains_looks_inside_each_piece()
    {
        var text = SchemaBundleText.FromPieces(new[] { "{\"schemas\":{\"", "Pet", "\":", "{\"example\":1}", "}}" });

        Assert.True(text.AnyPieceContains("\"example"));
        // Formed only by two pieces together: a key and the quote before it.
        Assert.False(text.AnyPieceContains("\"Pet"));
    }
}
