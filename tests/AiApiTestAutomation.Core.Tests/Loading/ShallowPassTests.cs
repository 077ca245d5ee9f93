using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>The shallow locator fed by the typeless nullable scan's walk finds every pointer where its own walk does.</summary>
public sealed class ShallowPassTests
{
    private static readonly string Deep = string.Concat(Enumerable.Repeat("{\"d\":", 70)) + "1" + new string('}', 70);

    public static TheoryData<string> Texts() => new()
    {
        """
        {"openapi":"3.0.3","info":{"title":"t","version":"1"},
         "paths":{"/a":{"get":{"operationId":"a","parameters":[{"name":"x","in":"query"},[1,[2]]],"responses":{"200":{"description":"ok"}}},
                        "parameters":[{"name":"p"}]},
                  "/b\u002Fc":{"post":{"operationId":"b","nullable":true}},
                  "/e":[{"nullable":true},3,{"x":{"y":{"z":1}}}]},
         "components":{"schemas":{"N":{"nullable":true,"allOf":[{"$ref":"#/components/schemas/M"}]},"M":{"type":"object"}}},
         "tags":[{"name":"t"},{"name":"u"}]}
        """,
        // Deeper than the default reader allows, in a place the locator skips: its own walk stops there, so must the fed one.
        "{\"openapi\":\"3.0.3\",\"paths\":{\"/a\":{\"get\":{\"x\":" + Deep + "}},\"/b\":{\"get\":{\"nullable\":true}}},\"after\":{\"k\":1}}",
        // A duplicate key at depth 2 and trailing commas, which both readers allow.
        "{\"paths\":{\"/a\":{\"get\":{}},\"/a\":{\"put\":{\"nullable\":true,},},},\"x\":[1,2,],}",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Fed_locator_finds_what_its_own_walk_finds(string text)
    {
        var own = SourceLocator.Build(text, SourceFormat.Json, maxDepth: 3);
        var (fed, nullables) = ShallowPass.Run(text, SourceFormat.Json, null, scanNullables: true);

        foreach (var pointer in Pointers(text))
        {
            Assert.Equal(own.Find(pointer), fed.Find(pointer));
        }

        Assert.Equal(own.FirstDuplicate, fed.FirstDuplicate);
        Assert.Equal(own.FirstDuplicatePosition, fed.FirstDuplicatePosition);
        Assert.Equal(TypelessNullableScanner.Scan(text, SourceFormat.Json).OrderBy(p => p), nullables.OrderBy(p => p));
    }

    public static TheoryData<string, string[]> YamlTexts() => new()
    {
        {
            """
            openapi: 3.0.3
            paths:
              /a:
                get:
                  operationId: a
                  parameters: [{name: x, in: query}, [1, [2]]]
                  responses: {'200': {description: ok}}
                parameters:
                  - &p {name: p}
                  - *p
              "/b/c":
                post: {operationId: b, nullable: true}
              /e: [{nullable: true}, 3, {x: {y: {z: 1}}}]
              ? [complex, key]
              : {get: {nullable: true}}
            components:
              schemas:
                N: {nullable: true, allOf: [{$ref: '#/components/schemas/M'}]}
                M: {type: object}
            tags: [{name: t}, {name: u}]
            """,
            ["", "/openapi", "/paths", "/paths/~1a", "/paths/~1a/get", "/paths/~1a/get/operationId", "/paths/~1a/get/parameters/1",
             "/paths/~1a/parameters", "/paths/~1a/parameters/0", "/paths/~1a/parameters/1", "/paths/~1b~1c/post", "/paths/~1e/0",
             "/paths/~1e/2/x", "/paths/?", "/components/schemas/N", "/components/schemas/M/type", "/tags/1", "/missing", "/paths/~1a/put"]
        },
        {
            // Deeper than SharpYaml reads (it throws): both keep what they read before the break.
            "paths:\n  /a:\n    get:\n      nullable: true\nx: " + new string('[', 300) + new string(']', 300) + "\nafter:\n  k: 1\n",
            ["", "/paths/~1a/get", "/paths/~1a/get/nullable", "/x", "/x/0/0", "/after", "/after/k"]
        },
        {
            // A duplicate key, then a break: both keep what they read before it.
            "paths:\n  /a:\n    get: {nullable: true}\n  /a:\n    put: {}\n  /b: [1, 2\nafter: 1\n",
            ["", "/paths", "/paths/~1a", "/paths/~1a/get", "/paths/~1a/put", "/paths/~1b", "/paths/~1b/0", "/after"]
        },
    };

    [Theory]
    [MemberData(nameof(YamlTexts))]
    public void Fed_yaml_locator_finds_what_its_own_walk_finds(string text, string[] pointers)
    {
        var own = SourceLocator.Build(text, SourceFormat.Yaml, maxDepth: 3);
        var (fed, nullables) = ShallowPass.Run(text, SourceFormat.Yaml, null, scanNullables: true);

        foreach (var pointer in pointers)
        {
            Assert.Equal(own.Find(pointer), fed.Find(pointer));
        }

        Assert.Equal(own.FirstDuplicate, fed.FirstDuplicate);
        Assert.Equal(own.FirstDuplicatePosition, fed.FirstDuplicatePosition);
        Assert.Equal(TypelessNullableScanner.Scan(text, SourceFormat.Yaml).OrderBy(p => p), nullables.OrderBy(p => p));
    }

    [Fact]
    public void Fed_yaml_locator_records_lines_of_operations_and_the_scan_its_nullables()
    {
        var text = "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      nullable: true\n      allOf: []\n";

        var (fed, nullables) = ShallowPass.Run(text, SourceFormat.Yaml, null, scanNullables: true);

        Assert.Equal((4, 5), fed.Find("/paths/~1a/get"));
        Assert.Equal((4, 5), fed.Find("/paths/~1a/get/below/the/depth"));
        Assert.Equal(new[] { "/paths/~1a/get" }, nullables);
    }

    [Fact]
    public void Fed_locator_records_lines_of_operations()
    {
        var text = "{\"openapi\":\"3.0.3\",\n\"paths\":{\n\"/a\":{\n\"get\":{\"nullable\":true}}}}";

        var (fed, _) = ShallowPass.Run(text, SourceFormat.Json, null, scanNullables: true);

        Assert.Equal((4, 1), fed.Find("/paths/~1a/get"));
        Assert.Equal((4, 1), fed.Find("/paths/~1a/get/below/the/depth"));
    }

    /// <summary>Every pointer in the text down to depth 5 (beyond the locator's 3, to check the nearest-ancestor answer), plus some that do not exist.</summary>
    private static IEnumerable<string> Pointers(string text)
    {
        var result = new List<string> { string.Empty, "/missing", "/paths/missing/get" };
        void Walk(JsonNode? node, string pointer, int depth)
        {
            result.Add(pointer);
            if (depth == 5)
            {
                return;
            }

            if (node is JsonObject obj)
            {
                foreach (var pair in obj)
                {
                    Walk(pair.Value, pointer + "/" + JsonPointer.Escape(pair.Key), depth + 1);
                }
            }
            else if (node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], pointer + "/" + i, depth + 1);
                }
            }
        }

        try
        {
            Walk(JsonNode.Parse(text, documentOptions: new System.Text.Json.JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 256 }), string.Empty, 0);
        }
        catch (System.ArgumentException)
        {
            // Duplicate keys: JsonNode refuses them; these names are enough for the one text that has them.
            result.AddRange(new[] { "/paths", "/paths/~1a", "/paths/~1a/get", "/paths/~1a/put", "/x", "/x/0", "/x/2" });
        }

        return result;
    }
}
