using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading;
using AiApiTestAutomation.Core.Loading;
using Microsoft.OpenApi.YamlReader;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// A YAML spec is parsed once for the reader and the shallow locator. The tree handed to the reader must be the one
/// Microsoft.OpenApi.YamlReader builds itself, every text it refuses must be refused (and so left to it), and the
/// locator must record what its own walk records. The reader's converter is internal, so it is called by reflection:
/// should a new version move it, these tests fail and the conversion rules are to be checked again.
/// </summary>
public sealed class YamlSinglePassTests
{
    private static readonly string Deep = "a: " + string.Concat(Enumerable.Repeat("[", 70)) + new string(']', 70) + "\n";

    private static readonly string Bomb = string.Join("\n", new[]
    {
        "a: &a [x, x, x, x, x, x, x, x, x, x]",
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
        "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
    }) + "\n";

    public static TheoryData<string> Texts() => new()
    {
        // Scalars: what a plain scalar becomes, and that quoting and blocks keep strings.
        """
        i: 1
        f: 1.5
        e: 1e3
        neg: -0
        hex: 0x1F
        inf: .inf
        underscore: 1_000
        big: 123456789012345678901234567890
        t: true
        T: True
        T2: TRUE
        yes: yes
        n1: ~
        n2: null
        n3: Null
        n4: NULL
        empty:
        q1: '1'
        q2: "true"
        tagged: !!str 7
        lit: |
          line one
          line two
        fold: >
          a
          b
        """,
        // Anchors and aliases: of a scalar, a mapping, a sequence, as a key, through a merge key.
        """
        base: &b {x: 1, y: [1, {z: ~}]}
        use: *b
        names:
          - &n id
        byName:
          *n : 3
        merged:
          <<: *b
          w: 2
        again: [*b, *n]
        """,
        "a: {b: [1, {c: d}], e: []} # a comment\nf: [ ]\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n---\n[\n",
        "- 1\n- two\n",
        "just a scalar\n",
        "openapi: 3.0.3\npaths:\n  /a:\n    get: {operationId: a}\n  /a/{id}:\n    get: {operationId: b}\n",
        // Refused by the reader, so refused here.
        "a: 1\na: 2\n",
        Bomb,
        "a: *x\n",
        "a: &a [*a]\n",
        Deep,
        "a: " + new string('x', 70_000) + "\n",
        "? [a]\n: 1\n",
        "a: &x 1\nb: &x 2\n",
        "a: [1, 2\n",
        "# only a comment\n",
        "a: b: c\n",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Builds_the_tree_the_reader_builds_or_leaves_the_text_to_it(string text) => AssertSameAsReader(text);

    public static TheoryData<string> CorpusYamlSpecs() => SharedCorpus.SingleFileSpecs("*.yaml");

    [Theory]
    [MemberData(nameof(CorpusYamlSpecs))]
    public void Builds_the_tree_the_reader_builds_on_the_corpus(string file)
    {
        var text = YamlFinalLineBreak.Ensure(File.ReadAllText(Path.Combine(SharedCorpus.SpecsDir, file)));

        Assert.NotNull(YamlSinglePass.TryParse(text, shallowDepth: 3));
        AssertSameAsReader(text);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Its_locator_records_what_the_locators_own_walk_records(string text)
    {
        if (YamlSinglePass.TryParse(text, shallowDepth: 3) is { } parsed)
        {
            AssertSameLocations(text, parsed.Locator, parsed.Document);
        }
    }

    [Theory]
    [MemberData(nameof(CorpusYamlSpecs))]
    public void Its_locator_records_what_the_locators_own_walk_records_on_the_corpus(string file)
    {
        var text = YamlFinalLineBreak.Ensure(File.ReadAllText(Path.Combine(SharedCorpus.SpecsDir, file)));
        var parsed = YamlSinglePass.TryParse(text, shallowDepth: 3)!.Value;

        AssertSameLocations(text, parsed.Locator, parsed.Document);
    }

    [Fact]
    public void A_text_the_readers_UTF8_round_trip_would_change_is_left_to_the_reader()
    {
        // Built at run time: a lone surrogate does not survive the test framework's serialisation of theory data.
        var texts = new[]
        {
            "\uFEFFopenapi: 3.0.3\n",
            "openapi: 3.0.3\ninfo: {title: \"a" + '\uD800' + "b\"}\n",
            "openapi: 3.0.3\ninfo: {title: \"ab" + '\uDC00' + "\"}\n",
            "openapi: 3.0.3\ninfo: {title: \"ab" + '\uD83D' + "\"}\n",
        };

        Assert.All(texts, text => Assert.Null(YamlSinglePass.TryParse(text, shallowDepth: 3)));
    }

    [Fact]
    public void A_spec_with_an_emoji_is_parsed_once()
    {
        var text = "openapi: 3.0.3\ninfo: {title: \"pets \uD83D\uDC36\", version: '1'}\npaths: {}\n";

        var parsed = YamlSinglePass.TryParse(text, shallowDepth: 3);

        Assert.NotNull(parsed);
        Assert.Equal("pets \uD83D\uDC36", parsed!.Value.Document["info"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void The_loader_reads_a_refused_text_through_the_reader_and_reports_it_on_the_line_to_fix()
    {
        var result = SpecLoader.Load("dup.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\npaths: {}\n", SpecLoadOptions.Default);

        Assert.Null(result.Spec);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((4, 1, "AAT1001"), (diagnostic.Line, diagnostic.Column, diagnostic.Id));
        Assert.Contains("duplicate key 'paths'", diagnostic.Message);
    }

    private static void AssertSameAsReader(string text)
    {
        var ours = YamlSinglePass.TryParse(text, shallowDepth: 3)?.Document;
        JsonNode? theirs;
        try
        {
            theirs = ReaderConversion(text);
        }
        catch (Exception ex) when (ex is Microsoft.OpenApi.OpenApiException or SharpYaml.YamlException)
        {
            Assert.True(ours is null, $"the reader refuses this text ({ex.Message}); the single pass built {ours?.ToJsonString()}");
            return;
        }

        Assert.NotNull(ours);
        Assert.True(JsonNode.DeepEquals(theirs, ours), $"the reader built {theirs?.ToJsonString()}, the single pass {ours!.ToJsonString()}");
        Assert.Equal(theirs!.ToJsonString(), ours!.ToJsonString());
    }

    /// <summary>Microsoft.OpenApi.YamlReader's own conversion, as its reader runs it on a spec.</summary>
    private static JsonNode? ReaderConversion(string text)
    {
        var type = typeof(OpenApiYamlReader).Assembly.GetType("Microsoft.OpenApi.YamlReader.YamlJsonParser", throwOnError: true)!;
        var parser = Activator.CreateInstance(type, new OpenApiYamlReaderSettings())!;
        try
        {
            return (JsonNode?)type.GetMethod("Parse")!.Invoke(parser, new object[] { new StringReader(text), CancellationToken.None });
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    private static void AssertSameLocations(string text, SourceLocator fed, JsonNode document)
    {
        var walked = SourceLocator.Build(text, SourceFormat.Yaml, maxDepth: 3);
        foreach (var pointer in JsonTreePointers.Of(document, fromDepth: 0, toDepth: 4).Concat(new[] { "/missing", "/paths/missing/get" }))
        {
            Assert.True(walked.Find(pointer) == fed.Find(pointer), $"{pointer}: {walked.Find(pointer)} by the locator's walk, {fed.Find(pointer)} by the single pass");
        }

        Assert.Equal(walked.FirstDuplicate, fed.FirstDuplicate);
        Assert.Equal(walked.FirstDuplicatePosition, fed.FirstDuplicatePosition);
    }
}
