namespace AiApiTestAutomation.Analyzers.Tests;

/// <summary>A small spec as of git HEAD (the baseline) and as edited since: readProduct renamed to getProduct, deleteProduct removed.</summary>
internal static class Specs
{
    public const string Path = "/0/specs/store.openapi.json";

    public const string BaselinePath = "/0/obj/api-spec-baseline/specs/store.openapi.json";

    public const string Baseline = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Store", "version": "1" },
          "paths": {
            "/products": {
              "get": { "operationId": "listProducts", "responses": { "200": { "description": "ok" } } }
            },
            "/products/{productId}": {
              "parameters": [ { "name": "productId", "in": "path", "required": true, "schema": { "type": "integer", "format": "int64" } } ],
              "get": { "operationId": "readProduct", "responses": { "200": { "description": "ok" } } },
              "delete": { "operationId": "deleteProduct", "responses": { "204": { "description": "gone" } } }
            }
          }
        }
        """;

    public const string Current = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Store", "version": "2" },
          "paths": {
            "/products": {
              "get": { "operationId": "listProducts", "responses": { "200": { "description": "ok" } } }
            },
            "/products/{productId}": {
              "parameters": [ { "name": "productId", "in": "path", "required": true, "schema": { "type": "integer", "format": "int64" } } ],
              "get": { "operationId": "getProduct", "responses": { "200": { "description": "ok" } } }
            }
          }
        }
        """;
}
