using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas;
using Xunit;

namespace AiApiTestAutomation.Testing.Tests.Schemas;

/// <summary>The bundle format: any characters in keys, locations, recursion, and the violations' shape.</summary>
public sealed class BundleFormatTests
{
    private const string Bundle = """
        {"dialect":"openapi-3.0",
         "schemas":{
           "商品 列表":{"type":"array","items":{"$ref":"#/schemas/Tree Node"}},
           "Tree Node":{"type":"object","required":["名字"],"properties":{"名字":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/schemas/Tree%20Node"}}}},
           "a/b~c":{"type":"integer"},
           "Uses escaped":{"$ref":"#/schemas/a~1b~0c"}},
         "locations":{"Tree Node":"#/components/schemas/Tree Node"}}
        """;

    [Fact]
    public void Keys_with_spaces_and_Chinese_resolve_and_report_their_location()
    {
        SchemaSet set = SchemaSet.Parse(Bundle);
        Assert.True(set.Contains("商品 列表"));
        Assert.Equal("#/components/schemas/Tree Node", set.LocationOf("Tree Node"));
        Assert.Equal("#/schemas/商品 列表", set.LocationOf("商品 列表"));
        Assert.True(set.Check("商品 列表", """[{"名字":"根","children":[{"名字":"叶"}]}]""").IsValid);
        SchemaViolation violation = Assert.Single(set.Check("商品 列表", """[{"名字":"根","children":[{"children":[]}]}]""").Violations);
        Assert.Equal("/0/children/0", violation.InstancePointer);
        Assert.Equal("#/components/schemas/Tree Node/required", violation.SchemaLocation);
    }

    [Fact]
    public void Pointer_escaped_keys_resolve()
    {
        SchemaSet set = SchemaSet.Parse(Bundle);
        Assert.True(set.Check("Uses escaped", "3").IsValid);
        Assert.False(set.Check("Uses escaped", "\"3\"").IsValid);
    }

    [Fact]
    public void Deep_recursive_instances_validate_without_stack_overflow_and_self_refs_terminate()
    {
        SchemaSet set = SchemaSet.Parse(Bundle);
        JsonNode deep = JsonNode.Parse("""{"名字":"x"}""")!;
        for (int depth = 0; depth < 100; depth++)
        {
            deep = new JsonObject { ["名字"] = "n", ["children"] = new JsonArray(deep) };
        }

        Assert.True(new SchemaValidator(set).Validate(deep, "Tree Node", SchemaUsage.Response).IsValid);
        SchemaSet loop = Bundles.OpenApi31("""{"Loop":{"$ref":"#/schemas/Loop"}}""");
        Assert.False(loop.Check("Loop", "1").IsValid);
    }

    [Fact]
    public void Unknown_key_throws_a_clear_error()
    {
        SchemaSet set = SchemaSet.Parse(Bundle);
        Assert.Contains("Nope", Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => set.LocationOf("Nope")).Message);
    }
}
