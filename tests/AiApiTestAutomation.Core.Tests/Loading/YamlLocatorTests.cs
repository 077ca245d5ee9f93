using System.Linq;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// A deep YAML locator walks on demand: its first walk records only the nodes on the way to the pointers asked for,
/// and places each of them where a walk that records everything places it, the missing ones at the same ancestor.
/// </summary>
public sealed class YamlLocatorTests
{
    private const string Spec = """
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
          /b~c:
            put:
              parameters:
                - name: q
                  in: query
                  example: z
        components:
          schemas:
            Pet:
              type: object
              example: {name: 3}
              properties: {name: {type: string, example: 4}}
          examples:
            Two: {value: {name: 5}}
        """;

    // The spec of SourceLocatorEntryTests, written in YAML, and its pointers.
    private static readonly string[] Pointers = SourceLocatorEntryTests.Pointers;

    [Fact]
    public void A_targeted_walk_places_every_pointer_as_a_full_walk()
    {
        var expected = Pointers.Select(Full(Spec).Find).ToList();

        var prefetched = SourceLocator.Build(Spec, SourceFormat.Yaml, maxDepth: 64);
        prefetched.Prefetch(Pointers);
        var oneByOne = SourceLocator.Build(Spec, SourceFormat.Yaml, maxDepth: 64);

        Assert.Equal(expected, Pointers.Select(prefetched.Find));
        Assert.Equal(expected, Pointers.Select(oneByOne.Find)); // two targeted walks, then one that records everything
        Assert.Equal((12, 23), expected[0]); // a member is placed at its key
        Assert.Equal((21, 11), expected[5]);
    }

    [Fact]
    public void The_first_duplicate_is_the_texts_first_after_a_targeted_walk()
    {
        const string text = "info:\n  title: a\n  title: b\npaths:\n  /a:\n    get: {x: 1, x: 2}\n";
        var locator = SourceLocator.Build(text, SourceFormat.Yaml, maxDepth: 64);

        Assert.Equal((6, 11), locator.Find("/paths/~1a/get/x"));
        Assert.Equal("/info/title", locator.FirstDuplicate);
        Assert.Equal((3, 3), locator.FirstDuplicatePosition);
    }

    private static SourceLocator Full(string text)
    {
        var locator = SourceLocator.Build(text, SourceFormat.Yaml, maxDepth: 64);
        _ = locator.FirstDuplicate; // walks everything
        return locator;
    }
}
