using System.Text.RegularExpressions;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// The reader's "NAME is not a valid property at #POINTER" is read by hand instead of by a regular expression; it must
/// accept the same messages and give the same name and pointer. The expression stays here as the reference.
/// </summary>
public sealed class InvalidPropertyMessageTests
{
    private static readonly Regex Reference = new(
        @"^(?<name>\S+) is not a valid property at (?<pointer>#\S*)$",
        RegexOptions.CultureInvariant);

    public static TheoryData<string> Messages() => new()
    {
        "schemes is not a valid property at #/paths/~1api~1v1/get",
        "uniqueItems is not a valid property at #/paths/~1a/get/parameters",
        "x is not a valid property at #",
        "x is not a valid property at #\n",
        "x is not a valid property at #/a\n\n",
        "x is not a valid property at #/a b",
        "x is not a valid property at #/a\u00a0",
        "x is not a valid property at /a",
        "x is not a valid property at",
        " x is not a valid property at #/a",
        "x\ty is not a valid property at #/a",
        "x  is not a valid property at #/a",
        "is not a valid property at #/a",
        "x is not a valid property at #/a\r",
        "$ref is not a valid property at #/definitions/A",
        "The field 'paths' in 'document' object is REQUIRED.",
        "",
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Reads_the_messages_the_regular_expression_matched_and_no_others(string message)
    {
        var match = Reference.Match(message);

        var parsed = ReaderErrorTriage.TryParseInvalidProperty(message, out var name, out var pointer);

        Assert.Equal(match.Success, parsed);
        Assert.Equal(match.Success ? match.Groups["name"].Value : string.Empty, name);
        Assert.Equal(match.Success ? match.Groups["pointer"].Value : string.Empty, pointer);
    }

    [Fact]
    public void A_message_of_nothing_is_not_an_invalid_property()
    {
        Assert.False(ReaderErrorTriage.TryParseInvalidProperty(null, out _, out _));
    }
}
