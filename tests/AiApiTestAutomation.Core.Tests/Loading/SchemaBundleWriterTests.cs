using System.Collections.Generic;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;
using Xunit;
using ParameterLocation = AiApiTestAutomation.Core.Model.ParameterLocation;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>A schema object written again reuses its text only while no repair has changed a schema since.</summary>
public sealed class SchemaBundleWriterTests
{
    [Fact]
    public void A_schema_written_twice_has_the_same_text_both_times()
    {
        var shared = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 5 };
        var bundle = new SchemaBundleWriter(SpecVersion.OpenApi30, new HashSet<string>());

        bundle.Add("first", shared, "/paths/~1a/get/parameters");
        bundle.Add("second", shared, "/paths/~1b/get/parameters");

        Assert.Equal("{\"maxLength\":5,\"type\":\"string\"}", bundle.Schemas["first"].Json);
        Assert.Equal(bundle.Schemas["first"].Json, bundle.Schemas["second"].Json);
    }

    [Fact]
    public void A_missing_schema_is_written_as_any_value()
    {
        var bundle = new SchemaBundleWriter(SpecVersion.OpenApi30, new HashSet<string>());

        bundle.AddComponent("Gone", null!);
        bundle.AddComponent("AlsoGone", null!);

        Assert.Equal("{}", bundle.Schemas["Gone"].Json);
        Assert.Equal("{}", bundle.Schemas["AlsoGone"].Json);
    }

    [Fact]
    public void A_repair_between_two_writes_of_a_schema_shows_in_the_second()
    {
        // The scanner found `nullable: true` without a type at /b only; the same object is written at /a, /b, then /a.
        var shared = new OpenApiSchema { Description = "no type" };
        var bundle = new SchemaBundleWriter(SpecVersion.OpenApi30, new HashSet<string> { "/b" });

        bundle.Add("before", shared, "/a");
        bundle.Add("repaired", shared, "/b");
        bundle.Add("after", shared, "/a");

        Assert.DoesNotContain("nullable", bundle.Schemas["before"].Json);
        Assert.Contains("\"nullable\":true", bundle.Schemas["repaired"].Json);
        Assert.Equal(bundle.Schemas["repaired"].Json, bundle.Schemas["after"].Json);
        Assert.Equal(Fresh(shared), bundle.Schemas["after"].Json);
    }

    [Fact]
    public void A_parameter_set_refers_to_each_parameter_schema_by_its_escaped_key()
    {
        var bundle = new SchemaBundleWriter(SpecVersion.OpenApi30, new HashSet<string>());
        var parameters = new[]
        {
            new ApiParameter("a\"b", "ab", ParameterLocation.Query, true, ApiTypeRef.String, "Op/parameter/query/a\"b~c"),
            new ApiParameter("id", "id", ParameterLocation.Path, true, ApiTypeRef.String, "Op/parameter/path/id"),
            new ApiParameter("x", "x", ParameterLocation.Header, false, ApiTypeRef.String, "Op/parameter/header/x"),
        };

        bundle.AddParameterSet("Op/parameters", parameters, "/paths/~1a/get/parameters");

        Assert.Equal(
            "{\"type\":\"object\",\"properties\":{"
            + "\"a\\\"b\":{\"$ref\":\"#/schemas/Op~1parameter~1query~1a\\\"b~0c\"},"
            + "\"id\":{\"$ref\":\"#/schemas/Op~1parameter~1path~1id\"},"
            + "\"x\":{\"$ref\":\"#/schemas/Op~1parameter~1header~1x\"}},"
            + "\"required\":[\"a\\\"b\",\"id\"],"
            + "\"x-parameters\":{\"a\\\"b\":\"query\",\"id\":\"path\",\"x\":\"header\"}}",
            bundle.Schemas["Op/parameters"].Json);
        Assert.Equal("#/paths/~1a/get/parameters", bundle.Schemas["Op/parameters"].Location);
        Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(bundle.Schemas["Op/parameters"].Json));
    }

    private static string Fresh(IOpenApiSchema schema)
    {
        var bundle = new SchemaBundleWriter(SpecVersion.OpenApi30, new HashSet<string>());
        bundle.Add("fresh", schema, "/fresh");
        return bundle.Schemas["fresh"].Json;
    }
}
