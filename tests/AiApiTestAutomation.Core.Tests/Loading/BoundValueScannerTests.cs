using System.Collections.Generic;
using System.Text.RegularExpressions;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// The bound check reads numbers and booleans by hand where it used interpreted regular expressions; it must accept
/// exactly what they matched (the expressions are kept here as the reference).
/// </summary>
public sealed class BoundValueScannerTests
{
    private static readonly Regex Number = new(
        @"\G(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|-?Infinity)(?=[,}\]])",
        RegexOptions.CultureInvariant);

    private static readonly Regex Boolean = new(@"\G(?:true|false|True|False)(?=[,}\]])", RegexOptions.CultureInvariant);

    public static TheoryData<string> Values()
    {
        var values = new List<string>
        {
            "0", "-0", "01", "-01", "1", "12", "-12", "1.5", "1.", ".5", "-.5", "1.5e3", "1.5E+3", "1.5e-3", "1e", "1e+",
            "1e5", "1.e5", "0.0", "00", "+5", "-", "", "Infinity", "-Infinity", "+Infinity", "Infinit", "InfinityX", "NaN",
            "true", "false", "True", "False", "TRUE", "tru", "truex", "abc", "\"5\"", "1 ", " 1", "1x", "1.5.5", "--1",
            "9007199254740993", "1e400", "-1e-400", "0e0", "0x10",
        };
        // Some value-and-ending pairs spell the same text ("true" + "x", "truex" + ""): each text once.
        var texts = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var value in values)
        {
            foreach (var end in new[] { ",", "}", "]", "", " ", "x", "\"" })
            {
                texts.Add(value + end);
            }
        }

        var data = new TheoryData<string>();
        foreach (var text in texts)
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Accepts_what_the_regular_expressions_matched(string text)
    {
        foreach (var prefix in new[] { string.Empty, "\"maximum\":" })
        {
            var json = prefix + text;
            Assert.Equal(Number.IsMatch(json, prefix.Length), NonNumericBounds.IsNumberAt(json, prefix.Length));
            Assert.Equal(Boolean.IsMatch(json, prefix.Length), NonNumericBounds.IsBooleanAt(json, prefix.Length));
        }
    }
}
