using AiApiTestAutomation.Schemas;
using Xunit;

namespace AiApiTestAutomation.Testing.Tests.Schemas;

/// <summary>The OpenAPI-only keywords the JSON Schema suite does not cover.</summary>
public sealed class OpenApiKeywordTests
{
    [Fact]
    public void Nullable_in_3_0_admits_null_only_when_true()
    {
        SchemaSet set = Bundles.OpenApi30("""{"N":{"type":"string","nullable":true},"S":{"type":"string"}}""");
        Assert.True(set.Check("N", "null").IsValid);
        Assert.True(set.Check("N", "\"x\"").IsValid);
        Assert.False(set.Check("N", "1").IsValid);
        Assert.False(set.Check("S", "null").IsValid);
    }

    [Fact]
    public void Boolean_exclusive_bounds_of_3_0_exclude_the_limit()
    {
        SchemaSet set = Bundles.OpenApi30("""{"P":{"type":"number","minimum":0,"exclusiveMinimum":true,"maximum":10,"exclusiveMaximum":true}}""");
        Assert.False(set.Check("P", "0").IsValid);
        Assert.True(set.Check("P", "0.001").IsValid);
        SchemaViolation violation = Assert.Single(set.Check("P", "10").Violations);
        Assert.Equal("exclusiveMaximum", violation.Keyword);
        Assert.Equal("#/schemas/P/maximum", violation.SchemaLocation);
    }

    [Fact]
    public void Numeric_exclusive_bounds_of_3_1_are_bounds_of_their_own()
    {
        SchemaSet set = Bundles.OpenApi31("""{"P":{"type":["integer","null"],"exclusiveMinimum":0,"exclusiveMaximum":10}}""");
        Assert.False(set.Check("P", "0").IsValid);
        Assert.True(set.Check("P", "9").IsValid);
        Assert.True(set.Check("P", "1.0").IsValid);
        Assert.True(set.Check("P", "null").IsValid);
        Assert.False(set.Check("P", "10").IsValid);
    }

    [Fact]
    public void ReadOnly_property_is_neither_required_nor_allowed_in_a_request()
    {
        SchemaSet set = Bundles.OpenApi30("""
            {"Pet":{"type":"object","required":["id","name","password"],"properties":{
              "id":{"type":"integer","readOnly":true},"name":{"type":"string"},"password":{"type":"string","writeOnly":true}}}}
            """);
        Assert.True(set.Check("Pet", """{"name":"a","password":"p"}""", SchemaUsage.Request).IsValid);
        SchemaViolation sent = Assert.Single(set.Check("Pet", """{"id":1,"name":"a","password":"p"}""", SchemaUsage.Request).Violations);
        Assert.Equal("readOnly", sent.Keyword);
        Assert.Equal("/id", sent.InstancePointer);
        Assert.True(set.Check("Pet", """{"id":1,"name":"a"}""", SchemaUsage.Response).IsValid);
        Assert.Equal("writeOnly", Assert.Single(set.Check("Pet", """{"id":1,"name":"a","password":"p"}""", SchemaUsage.Response).Violations).Keyword);
        Assert.Equal("required", Assert.Single(set.Check("Pet", """{"name":"a"}""", SchemaUsage.Request).Violations).Keyword);
    }

    [Fact]
    public void ReadOnly_on_a_referenced_component_counts_for_the_property()
    {
        SchemaSet set = Bundles.OpenApi30("""
            {"Id":{"type":"integer","readOnly":true},"Pet":{"type":"object","required":["id"],"properties":{"id":{"$ref":"#/schemas/Id"}}}}
            """);
        Assert.True(set.Check("Pet", "{}", SchemaUsage.Request).IsValid);
        Assert.False(set.Check("Pet", "{}", SchemaUsage.Response).IsValid);
    }

    [Fact]
    public void Formats_are_assertions_in_OpenApi_dialects()
    {
        SchemaSet set = Bundles.OpenApi30("""{"E":{"type":"string","format":"email"},"I":{"type":"integer","format":"int32"},"D":{"type":"string","format":"date-time"}}""");
        Assert.True(set.Check("E", "\"a@example.com\"").IsValid);
        Assert.Equal("format", Assert.Single(set.Check("E", "\"nope\"").Violations).Keyword);
        Assert.False(set.Check("I", "2147483648").IsValid);
        Assert.True(set.Check("D", "\"2024-02-29T10:00:00Z\"").IsValid);
        Assert.False(set.Check("D", "\"2023-02-29T10:00:00Z\"").IsValid);
    }

    [Fact]
    public void Violation_reads_like_a_bug_report()
    {
        SchemaSet set = SchemaSet.Parse("""
            {"dialect":"openapi-3.0","schemas":{"Order":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/schemas/Product"}}}},
             "Product":{"type":"object","properties":{"price":{"type":"number","maximum":100000}}}},
             "locations":{"Order":"#/components/schemas/Order","Product":"#/components/schemas/Product"}}
            """);
        SchemaViolation violation = Assert.Single(set.Check("Order", """{"items":[{"price":100001}]}""").Violations);
        Assert.Equal("/items/0/price: expected number ≤ 100000, got 100001 (schema #/components/schemas/Product/properties/price/maximum)", violation.ToString());
    }

    [Fact]
    public void Lengths_count_code_points_and_multipleOf_is_decimal_exact()
    {
        SchemaSet set = Bundles.OpenApi30("""{"S":{"type":"string","maxLength":2},"M":{"type":"number","multipleOf":0.01}}""");
        Assert.True(set.Check("S", "\"😀😀\"").IsValid);
        Assert.False(set.Check("S", "\"😀😀😀\"").IsValid);
        Assert.True(set.Check("M", "0.07").IsValid);
        Assert.True(set.Check("M", "19.99").IsValid);
        Assert.False(set.Check("M", "0.075").IsValid);
    }
}
