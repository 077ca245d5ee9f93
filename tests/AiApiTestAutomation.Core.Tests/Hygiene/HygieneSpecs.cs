using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Tests.Hygiene;

/// <summary>Small specs that trip (or just miss) each hygiene rule, and a way to find a line by its text.</summary>
internal static class HygieneSpecs
{
    public const string Mixed = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Hygiene", "version": "1" },
          "paths": {
            "/things": {
              "get": {
                "responses": { "200": { "description": "every thing" } }
              },
              "post": {
                "operationId": "createThing",
                "requestBody": {
                  "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing Input" } } }
                },
                "responses": { "201": { "description": "created" }, "default": { "description": "problem" } }
              }
            },
            "/things/{id}": {
              "get": {
                "operationId": "getThing",
                "parameters": [
                  { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } },
                  { "name": "q", "in": "query", "schema": { "type": "string" } },
                  { "name": "trace", "in": "cookie", "schema": { "type": "string" } }
                ],
                "responses": { "200": { "description": "the thing" }, "404": { "description": "no such thing" } }
              },
              "delete": {
                "operationId": "deleteThing",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "pattern": "^[0-9]+$" } } ],
                "responses": { "204": { "description": "gone" }, "4XX": { "description": "refused" } }
              }
            }
          },
          "components": {
            "schemas": {
              "Thing Input": {
                "type": "object",
                "required": ["name"],
                "properties": {
                  "id": { "type": "string", "readOnly": true },
                  "name": { "type": "string" },
                  "size": { "type": "integer" },
                  "colour": { "type": "string", "enum": ["red", "blue"] },
                  "note": { "type": "string" }
                }
              },
              "Thing_Output-1.0": { "type": "object" },
              "事物": { "type": "string" }
            }
          }
        }
        """;

    public const string Swagger = """
        swagger: "2.0"
        info: { title: Legacy, version: "1" }
        paths:
          /legacy:
            get:
              operationId: listLegacy
              responses:
                "200": { description: ok }
        definitions:
          Good.Name: { type: object }
          Bad Name: { type: object }
        """;

    /// <summary>The 1-based line of the first line holding <paramref name="marker"/>.</summary>
    public static int LineOf(string text, string marker)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        if (index < 0)
        {
            throw new ArgumentException($"'{marker}' is not in the spec", nameof(marker));
        }

        return index + 1;
    }

    public static List<SpecDiagnostic> Findings(string text, string id, string path = "hygiene.json") =>
        SpecLoader.Load(path, text).Diagnostics.Where(d => d.Id == id).ToList();
}
