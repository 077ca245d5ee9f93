using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>JSON pointers are joined with RFC 6901 escapes (~ as ~0, / as ~1) and split back to the same segments.</summary>
public sealed class JsonPointerTests
{
    [Fact]
    public void Join_escapes_tilde_and_slash_and_splits_back()
    {
        var segments = new[] { "paths", "/pets/{id}", "a~/b", string.Empty, "~1" };

        var pointer = JsonPointer.Join(segments);

        Assert.Equal("/paths/~1pets~1{id}/a~0~1b//~01", pointer);
        Assert.Equal(segments, JsonPointer.Split(pointer));
    }

    [Fact]
    public void Joins_in_a_row_do_not_carry_over()
    {
        Assert.Equal("/a/b", JsonPointer.Join(new[] { "a", "b" }));
        Assert.Equal(string.Empty, JsonPointer.Join(System.Array.Empty<string>()));
        Assert.Equal("/c", JsonPointer.Join(new[] { "c" }));
    }
}
