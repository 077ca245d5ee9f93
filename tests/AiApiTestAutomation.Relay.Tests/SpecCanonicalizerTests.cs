using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests;

public sealed class SpecCanonicalizerTests
{
    [Fact]
    public void Json_is_reindented_with_key_order_numbers_and_cjk_text_kept()
    {
        var canonical = SpecCanonicalizer.Canonicalize("\uFEFF{\"b\":1.50,\"a\":[true,null],\"title\":\"宠物\"}\r\n");

        Assert.Equal("{\n  \"b\": 1.50,\n  \"a\": [\n    true,\n    null\n  ],\n  \"title\": \"宠物\"\n}\n", canonical);
    }

    [Fact]
    public void Differently_formatted_copies_of_one_document_canonicalise_identically()
    {
        var compact = SpecCanonicalizer.Canonicalize("{\"openapi\":\"3.1.0\",\"paths\":{}}");
        var spaced = SpecCanonicalizer.Canonicalize("{\r\n    \"openapi\" : \"3.1.0\",\r\n\t\"paths\": { }\r\n}\r\n\r\n");

        Assert.Equal(compact, spaced);
    }

    [Fact]
    public void Yaml_gets_lf_line_endings_no_trailing_spaces_and_one_final_newline()
    {
        var canonical = SpecCanonicalizer.Canonicalize("openapi: 3.0.3  \r\ninfo:\r\n  title: Pets\t\r\n\r\n\r\n");

        Assert.Equal("openapi: 3.0.3\ninfo:\n  title: Pets\n", canonical);
    }
}
