using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// A deep YAML locator that parses only the lines of the operation or component a pointer is in places every pointer
/// where a walk from the root places it, and where the cut cannot be trusted it walks from the root instead. A pointer
/// the shallow locator can answer (at its depth or above, or below an entry that does not exist) needs no walk at all.
/// </summary>
public sealed class YamlEntryWalkTests
{
    private const string Block = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /a:
            get:
              operationId: a
              responses: {'200': {description: ok}}
            post:
              requestBody:
                content:
                  application/json:
                    example: {name: 1, tags: [x, {deep: [1, 2]}]}
                    examples:
                      one: {value: {name: 2}}
                      two: {$ref: '#/components/examples/Two'}
        # a comment at the margin, inside no entry
          /b~c:
            put:
              description: |
                two lines
                of text
              parameters:
                - name: q
                  in: query
                  example: &z z
        components:
          schemas:
            Pet:
              type: object
              example: {name: 3}
              properties:
                name:
                  type: string
                  example: *z
          examples:
            Two: {value: {name: 5}}
        """;

    private static readonly string[] Pointers = SourceLocatorEntryTests.Pointers;

    // Those below an entry that exists: the others are walked from the root whatever the cut (as in JSON).
    private static readonly string[] EntryPointers = Pointers.Where(pointer => pointer.Count(c => c == '/') > 3 && !pointer.Contains("Missing")).ToArray();

    public static TheoryData<string, bool> Texts() => new()
    {
        { Block, true },
        { Block.Replace("\n", "\r\n"), true },
        // Breaks SharpYaml counts that a line table of line feeds would not: from the root.
        { Block.Replace("openapi: 3.0.3\n", "openapi: 3.0.3\r"), false },
        { Block.Replace("    get:\n", "    get:\u2028\n"), false },
        // Flow mappings: their keys may share a line, so from the root.
        { "openapi: 3.0.3\npaths: {/a: {get: {x: 1}, post: {requestBody: {content: {application/json: {example: {name: 1}}}}}}}\n", false },
        // A tag declared at the top and used in an entry: the cut alone cannot read it.
        { "%TAG !e! tag:example.com,2026:\n---\npaths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/json:\n            example: !e!thing {name: 1}\n", false },
        // Another document: its keys repeat the first one's, so from the root.
        { Block + "\n---\npaths:\n  /a:\n    post: {x: 1}\n", false },
        // The end of the document marked: the last entry ends there.
        { Block + "\n...\n", true },
        // A key written twice: from the root, as always.
        { "paths:\n  /a:\n    get: {x: 1}\n  /a:\n    post:\n      requestBody: {content: {}}\n", false },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Walking_only_the_entries_places_every_pointer_as_a_walk_from_the_root(string text, bool byEntries)
    {
        var expected = Pointers.Select(FromRoot(text).Find).ToList();

        foreach (var shallow in new[] { SourceLocator.Build(text, SourceFormat.Yaml, maxDepth: 3), YamlSinglePass.TryParse(text, 3)?.Locator })
        {
            if (shallow is null)
            {
                continue;
            }

            var fromEntries = SourceLocator.Build(text, SourceFormat.Yaml, maxDepth: 64);
            fromEntries.Prefetch(Pointers, shallow);
            var entriesOnly = SourceLocator.Build(text, SourceFormat.Yaml, maxDepth: 64);
            entriesOnly.Prefetch(EntryPointers, shallow);

            Assert.Equal(expected, Pointers.Select(fromEntries.Find));
            Assert.Equal(byEntries, entriesOnly.WalksFromRoot == 0);
            Assert.Equal(EntryPointers.Select(FromRoot(text).Find), EntryPointers.Select(entriesOnly.Find));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Pointers_at_the_shallow_depth_or_below_no_entry_need_no_walk_from_the_root(bool yaml)
    {
        var format = yaml ? SourceFormat.Yaml : SourceFormat.Json;
        var text = format == SourceFormat.Yaml ? Block : SourceLocatorEntryTests.Spec;
        string[] pointers = ["", "/info/title", "/paths/~1a/get", "/paths/~1nowhere/get/x", "/components/schemas/Missing/example", "/nowhere"];
        var expected = pointers.Select(FromRoot(text, format).Find).ToList();

        var locator = SourceLocator.Build(text, format, maxDepth: 64);
        locator.Prefetch(pointers, SourceLocator.Build(text, format, maxDepth: 3));

        Assert.Equal(expected, pointers.Select(locator.Find));
        Assert.Equal(0, locator.WalksFromRoot);
    }

    [Fact]
    public void Lines_and_columns_are_those_of_the_text()
    {
        var locator = SourceLocator.Build(Block, SourceFormat.Yaml, maxDepth: 64);
        locator.Prefetch(EntryPointers, SourceLocator.Build(Block, SourceFormat.Yaml, maxDepth: 3));

        Assert.Equal(0, locator.WalksFromRoot);
        Assert.Equal((12, 23), locator.Find(Pointers[0]));
        Assert.Equal((25, 11), locator.Find("/paths/~1b~0c/put/parameters/0/example"));
        Assert.Equal((34, 11), locator.Find("/components/schemas/Pet/properties/name/example"));
    }

    public static TheoryData<string> CorpusYamlSpecs() => SharedCorpus.SingleFileSpecs("*.yaml");

    [Theory]
    [MemberData(nameof(CorpusYamlSpecs))]
    public void Walking_only_the_entries_places_every_pointer_as_a_walk_from_the_root_on_the_corpus(string file)
    {
        var text = File.ReadAllText(Path.Combine(SharedCorpus.SpecsDir, file));
        var parsed = YamlSinglePass.TryParse(YamlFinalLineBreak.Ensure(text), 3)!.Value;
        // Every 7th pointer below the entries, down to depth 8: thousands on the large specs.
        var pointers = JsonTreePointers.Of(parsed.Document, fromDepth: 4, toDepth: 8).Where((_, index) => index % 7 == 0).ToList();

        var fromRoot = FromRoot(text);
        var fromEntries = SourceLocator.Build(text, SourceFormat.Yaml, maxDepth: 64);
        fromEntries.Prefetch(pointers, parsed.Locator);

        Assert.Equal(pointers.Select(fromRoot.Find), pointers.Select(fromEntries.Find));
        Assert.True(fromEntries.EntryWalks > 0);
    }

    private static SourceLocator FromRoot(string text, SourceFormat format = SourceFormat.Yaml)
    {
        var locator = SourceLocator.Build(text, format, maxDepth: 64);
        _ = locator.FirstDuplicate; // walks everything
        return locator;
    }
}
