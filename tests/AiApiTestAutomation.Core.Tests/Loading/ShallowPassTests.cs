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
