using System.Linq;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>A parameter whose schema is a reference is constrained and bounded by its target's keywords.</summary>
public sealed class ParameterConstraintTests
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "t", "version": "1" },
          "paths": {
            "/items/{id}": {
              "get": {
                "operationId": "getItem",
                "parameters": [
                  { "name": "id", "in": "path", "required": true, "schema": { "$ref": "#/components/schemas/Id" } },
                  { "name": "limit", "in": "query", "schema": { "$ref": "#/components/schemas/Limit" } },
                  { "name": "q", "in": "query", "schema": { "$ref": "#/components/schemas/Free" } },
                  { "name": "code", "in": "query", "schema": { "$ref": "#/components/schemas/Code" } }
                ],
                "responses": { "200": { "description": "ok" } }
              }
            }
          },
          "components": {
            "schemas": {
              "Id": { "type": "string", "pattern": "^[0-9]+$" },
              "Limit": { "type": "integer", "minimum": 1, "maximum": 100 },
              "Free": { "type": "string" },
              "Code": { "type": "string", "minLength": 2, "maxLength": 4 }
            }
          }
        }
        """;

    [Theory]
    [InlineData("id", true, false)]
    [InlineData("limit", true, true)]
    [InlineData("q", false, false)]
    [InlineData("code", true, true)]
    public void Constraints_come_from_the_referenced_schema(string name, bool constrained, bool bounded)
    {
        var spec = SpecLoader.Load("items.json", Spec).Spec!;

        var parameter = spec.Operations.Single().Parameters.Single(p => p.Name == name);

        Assert.Equal(constrained, parameter.Constrained);
        Assert.Equal(bounded, parameter.Bounded);
    }
}
