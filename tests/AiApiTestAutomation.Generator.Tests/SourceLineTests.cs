using AiApiTestAutomation.Generator.Emit;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>Interpolated lines are written piece by piece into the writer, and read exactly as the formatted string would.</summary>
public sealed class SourceLineTests
{
    [Fact]
    public void Interpolated_lines_read_as_the_formatted_strings()
    {
        string? none = null;
        var empty = string.Empty;
        var count = -42;
        var ratio = 1.5;
        var kind = System.StringComparison.Ordinal;

        var pieces = new SourceWriter();
        pieces.Open($"class {"C"}{empty}");
        pieces.Line($"int x = {count}; double y = {ratio:0.00}; var k = {kind}; var n = \"{none}\";");
        pieces.Line($"{empty}{none}");
        pieces.Line($"{'c'} {true} {3L:x}");
        pieces.Close();

        var strings = new SourceWriter();
        strings.Open(string.Format("class {0}{1}", "C", empty));
        strings.Line(string.Format("int x = {0}; double y = {1:0.00}; var k = {2}; var n = \"{3}\";", count, ratio, kind, none));
        strings.Line(string.Format("{0}{1}", empty, none));
        strings.Line(string.Format("{0} {1} {2:x}", 'c', true, 3L));
        strings.Close();

        Assert.Equal(strings.ToString(), pieces.ToString());
        Assert.Equal("class C\n{\n    int x = -42; double y = 1.50; var k = Ordinal; var n = \"\";\n\n    c True 3\n}\n", pieces.ToString());
    }
}
