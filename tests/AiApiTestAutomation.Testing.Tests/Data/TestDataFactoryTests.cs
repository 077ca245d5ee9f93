using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiApiTestAutomation.Testing.Data;
using AiApiTestAutomation.Schemas;
using Xunit;

namespace AiApiTestAutomation.Testing.Tests.Data;

/// <summary>Determinism, uniqueness, examples, patterns, read-only handling and recursion limits of the factory.</summary>
public sealed class TestDataFactoryTests
{
    private static SchemaSet Set(string schemas) => SchemaSet.Parse($$"""{"dialect":"openapi-3.0","schemas":{{schemas}}}""");

    [Fact]
    public void Same_seed_gives_same_values_and_another_seed_other_values()
    {
        SchemaSet set = Set("""{"P":{"type":"object","required":["name","id"],"properties":{"name":{"type":"string"},"id":{"type":"string","format":"uuid"}}}}""");
        string first = new TestDataFactory(set, 42).Valid("P")!.ToJsonString();
        Assert.Equal(first, new TestDataFactory(set, 42).Valid("P")!.ToJsonString());
        Assert.NotEqual(first, new TestDataFactory(set, 43).Valid("P")!.ToJsonString());
        var factory = new TestDataFactory(set, 42);
        Assert.NotEqual(factory.Valid("P")!.ToJsonString(), factory.Valid("P")!.ToJsonString());
    }

    [Fact]
    public void Pattern_strings_match_their_pattern()
    {
        SchemaSet set = Set("""{"Sku":{"type":"string","pattern":"^[A-Z]{3}-[0-9]{4}$"},"Hex":{"type":"string","pattern":"^#?[0-9a-fA-F]{6}$"},"Code":{"type":"string","pattern":"^\\d{2}(?:-\\w+)?$","maxLength":12}}""");
        var factory = new TestDataFactory(set, 5);
        for (int index = 0; index < 20; index++)
        {
            Assert.Matches(new Regex("^[A-Z]{3}-[0-9]{4}$"), factory.Valid("Sku")!.GetValue<string>());
            Assert.True(new SchemaValidator(set).Validate(factory.Valid("Hex"), "Hex", SchemaUsage.Request).IsValid);
            Assert.True(new SchemaValidator(set).Validate(factory.Valid("Code"), "Code", SchemaUsage.Request).IsValid);
        }
    }

    [Fact]
    public void Valid_examples_are_used_and_invalid_ones_ignored()
    {
        SchemaSet set = Set("""{"Good":{"type":"integer","example":42},"Bad":{"type":"integer","minimum":10,"example":3}}""");
        var factory = new TestDataFactory(set, 1);
        Assert.Equal(42, factory.Valid("Good")!.GetValue<int>());
        Assert.True(factory.Valid("Bad")!.GetValue<long>() >= 10);
    }

    [Fact]
    public void ReadOnly_properties_are_left_out_of_requests_and_writeOnly_out_of_responses()
    {
        SchemaSet set = Set("""{"U":{"type":"object","required":["id","password","name"],"properties":{"id":{"type":"integer","readOnly":true},"password":{"type":"string","writeOnly":true},"name":{"type":"string"}}}}""");
        var factory = new TestDataFactory(set, 3);
        var request = (JsonObject)factory.Valid("U", SchemaUsage.Request)!;
        var response = (JsonObject)factory.Valid("U", SchemaUsage.Response)!;
        Assert.False(request.ContainsKey("id"));
        Assert.True(request.ContainsKey("password"));
        Assert.True(response.ContainsKey("id"));
        Assert.False(response.ContainsKey("password"));
    }

    [Fact]
    public void Recursive_schemas_terminate()
    {
        SchemaSet set = Set("""{"Node":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/schemas/Node"}},"parent":{"$ref":"#/schemas/Node"}}}}""");
        JsonNode? value = new TestDataFactory(set, 9).Valid("Node", SchemaUsage.Response);
        Assert.True(new SchemaValidator(set).Validate(value, "Node", SchemaUsage.Response).IsValid);
    }

    [Fact]
    public void Free_text_differs_between_seeds_so_parallel_tests_do_not_collide()
    {
        SchemaSet set = Set("""{"N":{"type":"string","minLength":1,"maxLength":40}}""");
        string[] values = Enumerable.Range(0, 50).Select(seed => new TestDataFactory(set, seed).Valid("N")!.GetValue<string>()).ToArray();
        Assert.Equal(values.Length, values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Seed_comes_from_API_TESTS_SEED_when_set()
    {
        string? previous = Environment.GetEnvironmentVariable(TestSeed.VariableName);
        try
        {
            Environment.SetEnvironmentVariable(TestSeed.VariableName, null);
            Assert.Equal(17, TestSeed.Resolve(17));
            Environment.SetEnvironmentVariable(TestSeed.VariableName, "1204771");
            Assert.Equal(1204771, TestSeed.Resolve(17));
        }
        finally
        {
            Environment.SetEnvironmentVariable(TestSeed.VariableName, previous);
        }
    }
}
