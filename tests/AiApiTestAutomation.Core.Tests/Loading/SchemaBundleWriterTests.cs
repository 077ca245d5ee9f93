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
        var bundle = new SchemaBundleWriter(SpecVersion.OpenApi30);

        bundle.Add("first", shared, "/paths/~1a/get/parameters");
        bundle.Add("second", shared, "/paths/~1b/get/parameters");

        Assert.Equal("{\"maxLength\":5,\"type\":\"string\"}", bundle.Schemas["first"].Json);
        Assert.Equal(bundle.Schemas["first"].Json, bundle.Schemas["second"].Json);
    }

    [Fact]
    public void A_missing_schema_is_written_as_any_value()
    {
        var bundle = new SchemaBundleWriter(SpecVersion.OpenApi30);

        bundle.AddComponent("Gone", null!);
        bundle.AddComponent("AlsoGone", null!);

        Assert.Equal("{}", bundle.Schemas["Gone"].Json);
        Assert.Equal("{}", bundle.Schemas["AlsoGone"].Json);
    }

    [Fact]
    public void A_schema_the_reader_took_nullable_from_is_written_with_it_every_time()
    {
        // The reader's mark of a typeless `nullable: true` (see TypelessNullableRepair): an empty Metadata.
        var shared = new OpenApiSchema { Description = "no type", Metadata = new Dictionary<string, object>() };
        var bundle = new SchemaBundleWriter(SpecVersion.OpenApi30);

        bundle.Add("first", shared, "/a");
        bundle.Add("again", shared, "/b");

        Assert.Contains("\"nullable\":true", bundle.Schemas["first"].Json);
        Assert.Equal(bundle.Schemas["first"].Json, bundle.Schemas["again"].Json);
        Assert.Equal(Fresh(new OpenApiSchema { Description = "no type" }).Replace("}", ",\"nullable\":true}"), bundle.Schemas["first"].Json);
    }

    [Fact]
    public void A_parameter_set_refers_to_each_parameter_schema_by_its_escaped_key()
    {
        var bundle = new SchemaBundleWriter(SpecVersion.OpenApi30);
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
        var bundle = new SchemaBundleWriter(SpecVersion.OpenApi30);
        bundle.Add("fresh", schema, "/fresh");
        return bundle.Schemas["fresh"].Json;
    }
}
