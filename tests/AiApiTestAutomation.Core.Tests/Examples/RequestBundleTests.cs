using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Examples;

/// <summary>The request part of the schema bundle, which the default example check parses instead of the whole bundle.</summary>
public sealed class RequestBundleTests
{
    // A JSON Schema document type as Kubernetes' CRDs describe it: a property named "$ref" is not a reference.
    private const string Spec = """
        {
          "swagger": "2.0",
          "info": { "title": "t", "version": "1" },
          "paths": {
            "/crds": {
              "post": {
                "operationId": "createCrd",
                "parameters": [ { "in": "body", "name": "body", "required": true, "schema": { "$ref": "#/definitions/Crd" } } ],
                "responses": { "200": { "description": "ok", "schema": { "$ref": "#/definitions/Status" } } }
              }
            }
          },
          "definitions": {
            "Crd": { "type": "object", "properties": { "schema": { "$ref": "#/definitions/Props" } } },
            "Props": { "type": "object", "properties": { "$ref": { "type": "string" }, "example": { "type": "object" } } },
            "Status": { "type": "object", "properties": { "code": { "type": "integer" } } }
          }
        }
        """;

    [Fact]
    public void A_property_named_ref_keeps_the_request_part_and_leaves_response_schemas_out()
    {
        var diagnostics = new List<SpecDiagnostic>();
        var locator = new Lazy<SourceLocator>(() => SourceLocator.Build(Spec, SourceFormat.Json, maxDepth: 64));
        var document = OpenApiDocumentReader.Read("crd.json", Spec, SourceFormat.Json, locator, diagnostics)!.Value;
        var builder = new ApiModelBuilder("crd.json", document.Document, document.Version, SourceFormat.Json, Spec, locator, diagnostics);
        var spec = builder.Build();

        var bundle = RequestBundle.Of(spec, builder.Bundle);

        Assert.NotNull(bundle);
        var keys = bundle.Select(schema => schema.Key).ToList();
        Assert.Contains("Crd", keys);
        Assert.Contains("Props", keys);
        Assert.DoesNotContain("Status", keys);
    }
}
