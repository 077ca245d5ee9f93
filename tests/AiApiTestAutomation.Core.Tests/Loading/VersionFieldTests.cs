using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// The version field scan replaced a regular expression that tried every character of the spec; it must find the
/// same field, version and start (the start gives the line of an unsupported-version error). The expression stays
/// here as the reference.
/// </summary>
public sealed class VersionFieldTests
{
    private static readonly Regex Reference = new(
        @"(?:^|[{,])\s*[""']?(?<key>openapi|swagger)[""']?\s*:\s*[""']?(?<version>[0-9][0-9.]*)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static TheoryData<string> Texts() => new()
    {
        "openapi: 3.0.3\ninfo: {}",
        "{\"openapi\":\"3.1.0\"}",
        "{\n  \"info\": {\"x-openapi\": 1},\n  \"swagger\" : '2.0'\n}",
        "{\n\n   openapi: 4.0}",
        "info:\n  description: the openapi: 9 spec\n  x: 'swagger: 1'\nopenapi: 3.0.0",
        "{ \"paths\": {}, \"openapi\": \"3.2\" , \"swagger\": \"2.0\"}",
        "{\"swagger\": \"2.0\", \"openapi\": \"3.0.1\"}",
        "openapi:\n  3.0",
        "openapi: .3",
        "openapi: v3",
        "\"openapi: 3\"",
        "xopenapi: 3.0\n openapi:\t3.0.2.",
        "  \t openapi: 3",
        "openapi",
        "",
        "{,\"openapi\"\u00a0:\u2028'3.0.0'}",
        "a\r\n  'swagger': \"2.0\"",
        "openapiopenapi: 3\nswagger: 2",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_what_the_reference_expression_finds(string text)
    {
        Assert.Equal(ReferenceFind(text), VersionField.Find(text));
    }

    [Fact]
    public void Finds_what_the_reference_expression_finds_in_every_corpus_spec()
    {
        foreach (var spec in SharedCorpus.EntrySpecs())
        {
            var text = SharedCorpus.Read(spec);
            Assert.True(ReferenceFind(text) == VersionField.Find(text), spec);
        }
    }

    private static (string Key, string Version, int Start)? ReferenceFind(string text)
    {
        var match = Reference.Match(text);
        return match.Success ? (match.Groups["key"].Value, match.Groups["version"].Value, match.Index) : null;
    }
}
