using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// The shallow locator's own walk of a JSON text, which steps over what lies below its depth by brackets and quotes
/// alone, records every position the reader's walk records, and where a text is not strict JSON it is the reader's.
/// </summary>
public sealed class ShallowJsonWalkTests
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
        // Brackets, escaped quotes and backslashes inside strings, above and below the depth.
        """{"paths":{"/a\"]":{"get":{"d":"}]\\\"{[","e":["\\",{"f":"]"}]},"put":"}"}},"x":"\"{","y\\":[{"z":"["}]}""",
        """{"a":{},"b":[],"c":{"d":[],"e":{}},"f":[[],{},[[]]],"g":{"h":{"i":{},"j":[]}}}""",
        """{"a":1,"b":-2.5e3,"c":true,"d":null,"e":[1,false,"x",{"y":0,"z":[null]}],"f":{"g":{"h":1.0E+2}}}""",
        "{\r\n  \"paths\" : {\r\n\t\"/a\" :\r\n  {  \"get\"  :  { \"x\" : [ 1 , 2 ] } }\r\n }\r\n}\r\n",
        """{"é":{"ü":{"ß":{"深":1}}},"\u00e9x":{"\ud83d\ude00":[{"k":2}]}}""",
        """[{"a":{"b":{"c":1}}},[{"d":2}],3]""",
        """{"a":{"b":1},"a":{"c":{"d":1}},"e":{"f":{"g":1},"f":2}}""", // duplicate keys
        "[]",
        "1",
        "\"x\"",
        // Deeper than the reader allows, in a place the locator skips: the reader's walk stops there, and so must this one.
        "{\"openapi\":\"3.0.3\",\"paths\":{\"/a\":{\"get\":{\"x\":" + Deep + "}},\"/b\":{\"get\":{\"n\":1}}},\"after\":{\"k\":1}}",
        // Not strict JSON: the reader's walk is the one taken.
        "{\"paths\":{\"/a\":{\"get\":{}},\"/a\":{\"put\":{\"n\":true,},},},\"x\":[1,2,],}",
        "{\"a\":{\"b\":1} /* a comment */, \"c\":{\"d\":[1]}}",
        "{\"a\":{\"b\":1},\"c\":{\"d\":[1]}} trailing",
        "{\"a\":{\"b\":[1,2}}}",
        "{\"a\":{\"b\\x\":1}}",
        "{\"a\":{\"b\":1}",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Records_what_the_readers_walk_records(string text) => AssertSameAsReader(text, Pointers(text, 5));

    public static TheoryData<string> CorpusJsonSpecs() => SharedCorpus.SingleFileSpecs("*.json");

    [Theory]
    [MemberData(nameof(CorpusJsonSpecs))]
    public void Records_what_the_readers_walk_records_on_the_corpus(string file)
    {
        var text = File.ReadAllText(Path.Combine(SharedCorpus.SpecsDir, file));

        AssertSameAsReader(text, Pointers(text, 4));
    }

    [Fact]
    public void A_line_per_operation()
    {
        var text = "{\"openapi\":\"3.0.3\",\n\"paths\":{\n\"/a\":{\n  \"get\":{\"d\":{\"e\":[\"}\"]}},\n  \"put\":{}}}}";

        var locator = SourceLocator.Build(text, SourceFormat.Json, maxDepth: 3);

        Assert.Equal((4, 3), locator.Find("/paths/~1a/get"));
        Assert.Equal((4, 3), locator.Find("/paths/~1a/get/d/e/0"));
        Assert.Equal((5, 3), locator.Find("/paths/~1a/put"));
    }

    private static void AssertSameAsReader(string text, IEnumerable<string> pointers)
    {
        var json = new JsonText(text);
        var walked = SourceLocator.Build(text, SourceFormat.Json, maxDepth: 3, json);
        var read = SourceLocator.BuildByReader(json, maxDepth: 3);

        foreach (var pointer in pointers)
        {
            Assert.True(read.Find(pointer) == walked.Find(pointer), $"{pointer}: {read.Find(pointer)} by the reader, {walked.Find(pointer)} by the walk");
        }

        Assert.Equal(read.FirstDuplicate, walked.FirstDuplicate);
        Assert.Equal(read.FirstDuplicatePosition, walked.FirstDuplicatePosition);
    }

    /// <summary>Every pointer in the text down to a depth (beyond the locator's 3, for the nearest-ancestor answer), plus some that do not exist.</summary>
    private static IEnumerable<string> Pointers(string text, int maxDepth)
    {
        var result = new List<string> { string.Empty, "/missing", "/paths/missing/get", "/a/b/c/d/e" };
        JsonDocument document;
        try
        {
            // A document, not nodes: it keeps duplicate keys.
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        }
        catch (JsonException)
        {
            return result; // broken: the fixed pointers only
        }

        void Walk(JsonElement node, string pointer, int depth)
        {
            result.Add(pointer);
            if (depth == maxDepth)
            {
                return;
            }

            if (node.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in node.EnumerateObject())
                {
                    Walk(property.Value, pointer + "/" + JsonPointer.Escape(property.Name), depth + 1);
                }
            }
            else if (node.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in node.EnumerateArray())
                {
                    Walk(item, pointer + "/" + i++, depth + 1);
                }
            }
        }

        using (document)
        {
            Walk(document.RootElement, string.Empty, 0);
        }

        return result;
    }
}
