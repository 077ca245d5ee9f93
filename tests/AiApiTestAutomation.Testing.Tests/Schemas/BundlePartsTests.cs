using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas;
using Xunit;

namespace AiApiTestAutomation.Testing.Tests.Schemas;

/// <summary>A bundle read schema by schema validates exactly as the same bundle read from its whole text.</summary>
public sealed class BundlePartsTests
{
    private static readonly (string Key, string Json, string Location)[] Parts =
    {
        ("Pet", """{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"tag":{"$ref":"#/schemas/Tag"}}}""", "#/components/schemas/Pet"),
        ("Tag", """{"type":"string","enum":["a","b"]}""", "#/components/schemas/Tag"),
        ("a/b~c", """{"type":"integer","maximum":3}""", "#/paths/~1a/get/parameters/0/schema"),
        ("Tree Node", """{"type":"object","properties":{"children":{"type":"array","items":{"$ref":"#/schemas/Tree%20Node"}},"n":{"$ref":"#/schemas/a~1b~0c"}}}""", "#/components/schemas/Tree Node"),
    };

    public static TheoryData<string, string, bool> Instances() => new()
    {
        { "Pet", """{"name":"x","tag":"a"}""", true },
        { "Pet", """{"name":"","tag":"c"}""", false },
        { "Pet", """{"tag":1}""", false },
        { "a/b~c", "4", false },
        { "Tree Node", """{"children":[{"children":[{"n":9}]},{"n":"x"}]}""", false },
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void Violations_and_their_locations_are_the_same(string key, string instance, bool valid)
    {
        var whole = SchemaSet.Parse(WholeText());
        var parts = SchemaSet.FromBundleParts("openapi-3.0", Parts);

        var violations = Describe(parts, key, instance);
        Assert.Equal(Describe(whole, key, instance), violations);
        Assert.Equal(valid, violations.Count == 0);
    }

    [Fact]
    public void Keys_locations_and_dialect_are_the_same()
    {
        var whole = SchemaSet.Parse(WholeText());
        var parts = SchemaSet.FromBundleParts("openapi-3.0", Parts);

        Assert.Equal(whole.Keys, parts.Keys);
        Assert.Equal(whole.Dialect, parts.Dialect);
        foreach (var (key, _, location) in Parts)
        {
            Assert.Equal(location, parts.LocationOf(key));
        }
    }

    [Fact]
    public void A_schema_nested_deeper_than_the_whole_text_allows_fails_as_it_does_there()
    {
        var deep = string.Concat(Enumerable.Repeat("""{"items":""", 62)) + "{}" + new string('}', 62);
        var parts = new[] { ("Deep", deep, "#/components/schemas/Deep") };

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SchemaSet.Parse("""{"dialect":"openapi-3.0","schemas":{"Deep":""" + deep + "}}"));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SchemaSet.FromBundleParts("openapi-3.0", parts));
    }

    private static string WholeText() =>
        "{\"dialect\":\"openapi-3.0\",\"schemas\":{"
        + string.Join(",", Parts.Select(p => JsonValue.Create(p.Key).ToJsonString() + ":" + p.Json))
        + "},\"locations\":{"
        + string.Join(",", Parts.Select(p => JsonValue.Create(p.Key).ToJsonString() + ":" + JsonValue.Create(p.Location).ToJsonString()))
        + "}}";

    private static List<string> Describe(SchemaSet set, string key, string instance) =>
        set.Check(key, instance).Violations.Select(v => $"{v.Keyword} {v.InstancePointer} {v.SchemaLocation}").ToList();
}
