using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiApiTestAutomation.Core.Loading.External;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.External;

/// <summary>
/// The <c>$ref</c> scan replaced a regular expression that was tried at every character; it must find the same values
/// (those that can name a file: not starting with '#'). The expression stays here as the reference, with one fix the
/// scan made: a value that opens an object or a list is a property named "$ref", not a reference.
/// </summary>
public sealed class ExternalReferencesScanTests
{
    private static readonly Regex Reference = new(
        @"[""']?\$ref[""']?\s*:\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""',}\]{\[][^\s,]*))",
        RegexOptions.CultureInvariant);

    public static TheoryData<string> Texts() => new()
    {
        "{\"$ref\": \"other.json#/a\"}",
        "{\"$ref\":\"#/components/schemas/A\"}",
        "schema:\n  $ref: './paths/menu_{menuItemId}.yaml'\nitems: { $ref: a.yaml }\n",
        "x: { $ref: a.yaml, b: 1 }",
        "'$ref' : \"b.json\"",
        "\"$ref\": \"unclosed",
        "$ref:\n\n  c.yaml",
        "$ref: , $ref: ] $ref: } $ref: \"\" $ref: ''",
        "\"$ref\": \"a$ref: b.json\" $ref:d.json,$ref: e.json",
        "$ref$ref: f.json",
        "$ref",
        "$ref:",
        "",
        "{\"$ref\":\"#x\", \"$ref\" :\t'g.yaml#/h'}",
        "$ref\u00a0:\u2003i.json\u2028j",
        "\"properties\": {\"$ref\": {\"type\": \"string\"}, \"$refs\": [\"k.json\"]}",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_what_the_reference_expression_finds(string text)
    {
        Assert.Equal(ReferenceValues(text), ExternalReferences.NonLocalValues(text).ToList());
    }

    [Fact]
    public void Finds_what_the_reference_expression_finds_in_every_corpus_spec()
    {
        foreach (var spec in SharedCorpus.EntrySpecs())
        {
            var text = SharedCorpus.Read(spec);
            Assert.True(ReferenceValues(text).SequenceEqual(ExternalReferences.NonLocalValues(text)), spec);
        }
    }

    [Fact]
    public void A_property_named_ref_is_not_a_reference_to_another_file()
    {
        const string text = """{"definitions": {"JSONSchemaProps": {"properties": {"$ref": {"type": "string"}, "$schema": {"type": "string"}}}}}""";

        Assert.False(ExternalReferences.Any(text));
        Assert.Empty(ExternalReferences.FilesReferencedBy("/specs/api.json", text));
    }

    private static List<string> ReferenceValues(string text) =>
        Reference.Matches(text)
            .Select(m => m.Groups["value"].Value)
            .Where(v => !v.StartsWith('#'))
            .ToList();
}
