using System.Linq;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>The bundle's schemas refer to each other as <c>#/schemas/key</c>, however many references a schema has and wherever they are.</summary>
public sealed class BundleReferencesTests
{
    [Fact]
    public void Every_component_reference_points_into_the_bundle()
    {
        // Wide enough that one schema's text outgrows the writer's first buffer; a reference first and references back to back.
        var wide = string.Join(",", Enumerable.Range(0, 400).Select(i => $"\"p{i}\":{{\"$ref\":\"#/components/schemas/Owner\"}}"));
        var spec = """
            {"openapi":"3.0.3","info":{"title":"t","version":"1"},
             "paths":{"/repos":{"get":{"operationId":"getRepo","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Repo"}}}}}}}},
             "components":{"schemas":{
               "Owner":{"type":"object","properties":{"login":{"type":"string"}}},
               "Pair":{"allOf":[{"$ref":"#/components/schemas/Owner"},{"$ref":"#/components/schemas/Repo"}]},
               "Repo":{"type":"object","properties":{WIDE}}}}}
            """.Replace("WIDE", wide);

        var bundle = JsonNode.Parse(SpecLoader.Load("repo.json", spec).Spec!.SchemaBundle.ToString())!["schemas"]!;

        Assert.Equal(
            new[] { "#/schemas/Owner", "#/schemas/Repo" },
            bundle["Pair"]!["allOf"]!.AsArray().Select(s => (string?)s!["$ref"]));
        var properties = bundle["Repo"]!["properties"]!.AsObject();
        Assert.Equal(400, properties.Count);
        Assert.All(properties, p => Assert.Equal("#/schemas/Owner", (string?)p.Value!["$ref"]));
        Assert.DoesNotContain("#/components/schemas/", bundle.ToJsonString());
    }
}
