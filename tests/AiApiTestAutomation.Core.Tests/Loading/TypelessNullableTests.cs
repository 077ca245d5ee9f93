using System.Linq;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Schemas;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// <c>nullable: true</c> beside allOf/oneOf and no type (GitHub writes its nullable $refs this way) lets null through,
/// although Microsoft.OpenApi drops the keyword when it reads such a schema; without it, a documented null is a false alarm.
/// </summary>
public sealed class TypelessNullableTests
{
    private const string Json = """
        {"openapi":"3.0.3","info":{"title":"t","version":"1"},
         "paths":{"/repos":{"get":{"operationId":"getRepo","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Repo"}}}}}}}},
         "components":{"schemas":{
           "Owner":{"type":"object","properties":{"login":{"type":"string"}},"required":["login"]},
           "Repo":{"type":"object","properties":{
             "template":{"nullable":true,"allOf":[{"$ref":"#/components/schemas/Owner"}]},
             "license":{"nullable":true,"description":"one of","oneOf":[{"type":"string"}]},
             "owner":{"allOf":[{"$ref":"#/components/schemas/Owner"}]}}}}}}
        """;

    private const string Yaml = """
        openapi: 3.0.3
        info: { title: t, version: '1' }
        paths:
          /repos:
            get:
              operationId: getRepo
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Repo' }
        components:
          schemas:
            Owner:
              type: object
              properties: { login: { type: string } }
              required: [login]
            Repo:
              type: object
              properties:
                template:
                  nullable: true
                  allOf:
                    - $ref: '#/components/schemas/Owner'
                license: { nullable: true, description: one of, oneOf: [ { type: string } ] }
                owner:
                  allOf:
                    - $ref: '#/components/schemas/Owner'
        """;

    [Theory]
    [InlineData("repo.json", Json)]
    [InlineData("repo.yaml", Yaml)]
    public void A_typeless_nullable_schema_accepts_null(string path, string text)
    {
        var validator = ValidatorFor(path, text);

        Assert.True(Validate(validator, """{"template":null,"license":null}"""));
        Assert.True(Validate(validator, """{"template":{"login":"octocat"},"license":"mit"}"""));
    }

    [Theory]
    [InlineData("repo.json", Json)]
    [InlineData("repo.yaml", Yaml)]
    public void The_rest_of_the_schema_still_applies(string path, string text)
    {
        var validator = ValidatorFor(path, text);

        Assert.False(Validate(validator, """{"template":{}}""")); // login is still required
        Assert.False(Validate(validator, """{"owner":null}""")); // not nullable
    }

    [Fact]
    public void The_scanner_finds_only_objects_without_a_type()
    {
        var found = TypelessNullableScanner.Scan(Json, SourceFormat.Json);

        Assert.Equal(
            new[] { "/components/schemas/Repo/properties/license", "/components/schemas/Repo/properties/template" },
            found.OrderBy(p => p, System.StringComparer.Ordinal));
        Assert.Equal(found.OrderBy(p => p), TypelessNullableScanner.Scan(Yaml, SourceFormat.Yaml).OrderBy(p => p));
    }

    private static SchemaValidator ValidatorFor(string path, string text)
    {
        var result = SpecLoader.Load(path, text);
        return new SchemaValidator(SchemaSet.Parse(result.Spec!.SchemaBundle.ToString()));
    }

    private static bool Validate(SchemaValidator validator, string body) =>
        validator.Validate(JsonNode.Parse(body), "Repo", SchemaUsage.Response).IsValid;
}
