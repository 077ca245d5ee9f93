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
        var (spec, builder) = Build(Spec);

        var part = RequestBundle.Of(spec, builder.Bundle, new[] { "Crd" });

        Assert.NotNull(part);
        var keys = part.Schemas.Select(schema => schema.Key).ToList();
        Assert.Equal(new[] { "Crd", "Props" }, keys);
        Assert.DoesNotContain("Status", keys);
    }

    [Fact]
    public void Only_schemas_with_examples_and_what_they_reference_are_read()
    {
        var (spec, builder) = Build(Spec);

        // Props has a property named "example" (its text says "example"); Crd has none, and no request example names it.
        var part = RequestBundle.Of(spec, builder.Bundle, Array.Empty<string>());

        Assert.NotNull(part);
        Assert.Equal(new[] { "Props" }, part.KeysWithExamples);
        Assert.Equal(new[] { "Props" }, part.Schemas.Select(schema => schema.Key));
    }

    [Fact]
    public void A_schema_with_an_example_brings_the_schemas_it_references()
    {
        var withExample = Spec.Replace("\"Crd\": { \"type\": \"object\",", "\"Crd\": { \"type\": \"object\", \"example\": { \"schema\": {} },", StringComparison.Ordinal);
        var (spec, builder) = Build(withExample);

        var part = RequestBundle.Of(spec, builder.Bundle, Array.Empty<string>());

        Assert.NotNull(part);
        Assert.Equal(new[] { "Crd", "Props" }, part.KeysWithExamples);
        Assert.Equal(new[] { "Crd", "Props" }, part.Schemas.Select(schema => schema.Key));
    }

    [Fact]
    public void A_reference_into_a_schema_leaves_the_check_to_the_whole_bundle()
    {
        // The check follows references in the parsed JSON; a pointer into a schema is not a key the text can follow.
        var deep = Spec.Replace("\"schema\": { \"$ref\": \"#/definitions/Props\" }", "\"schema\": { \"$ref\": \"#/definitions/Props/properties/example\" }", StringComparison.Ordinal);
        var (spec, builder) = Build(deep);

        Assert.Null(RequestBundle.Of(spec, builder.Bundle, Array.Empty<string>()));
    }

    [Fact]
    public void A_union_marker_that_names_a_discriminator_property_keeps_the_request_part()
    {
        // Kubernetes marks unions with a string "discriminator" inside an extension; the validator follows only an object.
        var union = Spec.Replace("\"Crd\": { \"type\": \"object\",", "\"Crd\": { \"type\": \"object\", \"x-kubernetes-unions\": [ { \"discriminator\": \"type\" } ],", StringComparison.Ordinal);
        var (spec, builder) = Build(union);

        var part = RequestBundle.Of(spec, builder.Bundle, new[] { "Crd" });

        Assert.NotNull(part);
        Assert.Contains("\"discriminator\":\"type\"", part.Schemas.Single(schema => schema.Key == "Crd").Json, StringComparison.Ordinal);
        Assert.DoesNotContain("Status", part.Schemas.Select(schema => schema.Key));
    }

    [Fact]
    public void A_discriminator_object_leaves_the_check_to_the_whole_bundle()
    {
        // Its mapping may name a schema no $ref reaches, which only the whole bundle is sure to hold.
        const string Polymorphic = """
            {
              "openapi": "3.0.3",
              "info": { "title": "t", "version": "1" },
              "paths": {
                "/pets": {
                  "post": {
                    "operationId": "createPet",
                    "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } },
                    "responses": { "201": { "description": "ok" } }
                  }
                }
              },
              "components": {
                "schemas": {
                  "Pet": {
                    "oneOf": [ { "$ref": "#/components/schemas/Cat" } ],
                    "discriminator": { "propertyName": "kind", "mapping": { "dog": "#/components/schemas/Dog" } }
                  },
                  "Cat": { "type": "object", "properties": { "kind": { "type": "string" } } },
                  "Dog": { "type": "object", "properties": { "kind": { "type": "string" } } }
                }
              }
            }
            """;
        var (spec, builder) = Build(Polymorphic);

        Assert.Null(RequestBundle.Of(spec, builder.Bundle, new[] { "Pet" }));
    }

    private static (ApiSpec Spec, ApiModelBuilder Builder) Build(string text)
    {
        var diagnostics = new List<SpecDiagnostic>();
        var locator = new Lazy<SourceLocator>(() => SourceLocator.Build(text, SourceFormat.Json, maxDepth: 64));
        var document = OpenApiDocumentReader.Read("crd.json", text, SourceFormat.Json, locator, diagnostics)!.Value;
        var builder = new ApiModelBuilder("crd.json", document.Document, document.Version, SourceFormat.Json, text, locator, diagnostics);
        return (builder.Build(), builder);
    }
}
