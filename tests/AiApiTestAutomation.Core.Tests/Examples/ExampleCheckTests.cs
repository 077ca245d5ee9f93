using System.Linq;
using AiApiTestAutomation.Core;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Examples;

/// <summary>A spec's own examples are checked against their schemas with the runtime's validator (AAT1008).</summary>
public sealed class ExampleCheckTests
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Shop", "version": "1" },
          "paths": {
            "/orders": {
              "post": {
                "operationId": "createOrder",
                "requestBody": {
                  "content": {
                    "application/json": {
                      "schema": { "$ref": "#/components/schemas/OrderInput" },
                      "examples": {
                        "good": { "value": { "quantity": 2, "note": null } },
                        "bad": { "value": { "quantity": "2" } }
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "created",
                    "content": {
                      "application/json": {
                        "schema": { "$ref": "#/components/schemas/Order" },
                        "example": { "id": 1, "quantity": 500 }
                      }
                    }
                  }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "OrderInput": {
                "type": "object",
                "required": ["quantity"],
                "properties": {
                  "quantity": { "type": "integer", "minimum": 1, "maximum": 100, "example": 0 },
                  "note": { "type": "string", "nullable": true, "example": null }
                }
              },
              "Order": {
                "type": "object",
                "properties": {
                  "id": { "type": "integer", "readOnly": true },
                  "quantity": { "type": "integer", "maximum": 100 }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public void A_wrong_request_example_is_reported_at_its_line_with_the_bad_value()
    {
        var diagnostics = Load(ExampleScope.Requests);

        var bad = Assert.Single(diagnostics, d => d.Pointer!.EndsWith("/examples/bad/value", System.StringComparison.Ordinal));
        Assert.Equal(14, bad.Line);
        Assert.Contains("/quantity: expected integer, got string \"2\"", bad.Message);
    }

    [Fact]
    public void A_wrong_schema_example_is_reported_where_the_schema_says_it()
    {
        var diagnostics = Load(ExampleScope.Requests);

        var bad = Assert.Single(diagnostics, d => d.Pointer == "/components/schemas/OrderInput/properties/quantity/example");
        Assert.Equal(39, bad.Line);
        Assert.Contains("minimum", bad.Message);
    }

    [Fact]
    public void Valid_examples_pass_including_null_where_the_schema_is_nullable()
    {
        var diagnostics = Load(ExampleScope.All);

        Assert.DoesNotContain(diagnostics, d => d.Pointer!.Contains("/good/", System.StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Pointer!.Contains("/note/", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Response_examples_are_checked_only_when_asked_for()
    {
        Assert.DoesNotContain(Load(ExampleScope.Requests), d => d.Pointer!.Contains("/responses/", System.StringComparison.Ordinal));

        var response = Assert.Single(Load(ExampleScope.All), d => d.Pointer!.Contains("/responses/", System.StringComparison.Ordinal));
        Assert.Contains("/quantity", response.Message);
    }

    [Fact]
    public void A_referenced_example_is_checked_in_every_body_that_uses_it()
    {
        const string shared = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /a:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {n: {type: integer}}}
                        examples: {shared: {$ref: "#/components/examples/Shared"}, fine: {$ref: "#/components/examples/Fine"}}
                  responses: {"204": {description: none}}
              /b:
                put:
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {n: {type: string}}}
                        examples: {shared: {$ref: "#/components/examples/Shared"}}
                  responses: {"204": {description: none}}
            components:
              examples:
                Shared: {value: {n: 1}}
                Fine: {value: {n: 2}}
            """;

        var diagnostics = SpecLoader.Load("specs/shared.yaml", shared).Diagnostics.Where(d => d.Id == DiagnosticIds.InvalidExample).ToList();

        // The same value fits /a's integer and not /b's string: only /b's use of it is wrong.
        var bad = Assert.Single(diagnostics);
        Assert.Equal("/paths/~1b/put/requestBody/content/application~1json/examples/shared/value", bad.Pointer);
        Assert.Contains("/n: expected string", bad.Message);
    }

    private static System.Collections.Generic.List<Model.SpecDiagnostic> Load(ExampleScope scope) =>
        SpecLoader.Load("specs/shop.openapi.json", Spec, new SpecLoadOptions(scope)).Diagnostics
            .Where(d => d.Id == DiagnosticIds.InvalidExample)
            .ToList();
}
