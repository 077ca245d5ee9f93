using System.Linq;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// A deep locator that walks only the operation or component a pointer is in (from where the shallow locator saw it
/// start) places every pointer where a walk from the root places it, the missing ones at the same nearest ancestor.
/// </summary>
public sealed class SourceLocatorEntryTests
{
    internal const string Spec = """
        {"openapi":"3.0.3","info":{"title":"t","version":"1"},
         "paths":{
           "/a":{"get":{"operationId":"a","responses":{"200":{"description":"ok"}}},
                 "post":{"requestBody":{"content":{"application/json":{
                    "example":{"name":1,"tags":["x",{"deep":[1,2]}]},
                    "examples":{"one":{"value":{"name":2}},"two":{"$ref":"#/components/examples/Two"}}}}}}},
           "/b~c":{"put":{"parameters":[{"name":"q","in":"query","example":"z"}]}}},
         "components":{
           "schemas":{"Pet":{"type":"object","example":{"name":3},"properties":{"name":{"type":"string","example":4}}}},
           "examples":{"Two":{"value":{"name":5}}}}}
        """;

    internal static readonly string[] Pointers =
    [
        "/paths/~1a/post/requestBody/content/application~1json/example/name",
        "/paths/~1a/post/requestBody/content/application~1json/example/tags/1/deep/1",
        "/paths/~1a/post/requestBody/content/application~1json/examples/one/value",
        "/paths/~1a/post/requestBody/content/application~1json/examples/two/value", // a $ref: the nearest ancestor
        "/paths/~1a/get/responses/200/content/application~1json/example",          // absent below get/responses/200
        "/paths/~1b~0c/put/parameters/0/example",
        "/components/schemas/Pet/example/name",
        "/components/schemas/Pet/properties/name/example",
        "/components/examples/Two/value/name",
        "/components/schemas/Missing/example",                                       // absent below depth 3
        "/paths/~1a/get",                                                            // at the shallow depth itself
        "/info/title",
    ];

    [Theory]
    [InlineData(Spec)]
    [InlineData("{\"paths\":{\"/a\":{\"get\":{\"x\":1}},\"/a\":{\"post\":{\"requestBody\":{\"content\":{}}}}}}")] // duplicate: from the root
    public void Walking_only_the_entries_places_every_pointer_as_a_walk_from_the_root(string text)
    {
        var fromRoot = SourceLocator.Build(text, SourceFormat.Json, maxDepth: 64);
        fromRoot.Prefetch(Pointers);
        var fromEntries = SourceLocator.Build(text, SourceFormat.Json, maxDepth: 64);
        fromEntries.Prefetch(Pointers, SourceLocator.Build(text, SourceFormat.Json, maxDepth: 3));

        var expected = Pointers.Select(fromRoot.Find).ToList();
        Assert.Equal(expected, Pointers.Select(fromEntries.Find));
    }

    [Fact]
    public void Lines_and_columns_are_those_of_the_text()
    {
        var text = "{\"paths\":{\"/a\":{\"post\":{\n  \"example\": {\n    \"name\": 1}}}}}";
        var locator = SourceLocator.Build(text, SourceFormat.Json, maxDepth: 64);

        locator.Prefetch(["/paths/~1a/post/example/name"], SourceLocator.Build(text, SourceFormat.Json, maxDepth: 3));

        Assert.Equal((3, 5), locator.Find("/paths/~1a/post/example/name"));
        Assert.Equal((2, 3), locator.Find("/paths/~1a/post/example"));
    }
}
