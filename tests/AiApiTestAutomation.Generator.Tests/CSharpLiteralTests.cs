using AiApiTestAutomation.Generator.Emit;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>String literals in generated code: plain text is only quoted, anything C# or a one-line literal cannot hold is escaped.</summary>
public sealed class CSharpLiteralTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("/pets/{id}", "\"/pets/{id}\"")]
    [InlineData("事物 ok", "\"事物 ok\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("line\nbreak\r\t", "\"line\\nbreak\\r\\t\"")]
    [InlineData("bell\u0007 sep\u2028\u2029\u0085", "\"bell\\u0007 sep\\u2028\\u2029\\u0085\"")]
    public void Quotes_and_escapes_as_csharp_reads_it_back(string value, string expected)
    {
        Assert.Equal(expected, CSharp.Literal(value));
    }
}
