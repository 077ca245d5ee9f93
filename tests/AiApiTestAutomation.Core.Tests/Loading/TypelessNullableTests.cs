using System.Linq;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Schemas;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// <c>nullable: true</c> beside allOf/oneOf and no type (GitHub writes its nullable $refs this way) lets null through,
/// although Microsoft.OpenApi drops the keyword when it reads such a schema; without it, a documented null is a false alarm.
/// Swagger 2.0's <c>x-nullable</c> the same.
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

    [Theory]
    [InlineData("repo.json", Json)]
    [InlineData("repo.yaml", Yaml)]
    public void The_reader_marks_only_the_objects_without_a_type(string path, string text)
    {
        var document = OpenApiDocument.Parse(text, path.EndsWith(".json") ? "json" : "yaml", Settings()).Document!;
        var repair = new TypelessNullableRepair(SpecVersion.OpenApi30);

        var marked = document.Components!.Schemas!
            .SelectMany(component => component.Value.Properties?.Select(p => (Name: component.Key + "/" + p.Key, Schema: p.Value)) ?? [])
            .Where(p => p.Schema is OpenApiSchema inline && repair.LostNullable(inline))
            .Select(p => p.Name);

        Assert.Equal(new[] { "Repo/license", "Repo/template" }, marked.OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"nullable":true,"type":"object"}""", true)]         // the reader adds null to the type itself
    [InlineData("""{"type":"object","nullable":true}""", true)]
    [InlineData("""{"nullable":true,"anyOf":[{"type":"string"},{"type":"integer"}]}""", true)] // folded into a type by the reader
    [InlineData("""{"nullable":true,"enum":["a",null]}""", true)]
    [InlineData("""{"nullable":false,"allOf":[{"type":"object"}]}""", false)]
    public void Null_is_valid_exactly_where_the_spec_says_nullable(string schema, bool nullValid)
    {
        var text = """{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"Repo":{"type":"object","properties":{"value":"""
            + schema + "}}}}}";

        Assert.Equal(nullValid, Validate(ValidatorFor("s.json", text), """{"value":null}"""));
    }

    [Fact]
    public void A_typeless_x_nullable_of_swagger_accepts_null()
    {
        const string swagger = """
            {"swagger":"2.0","info":{"title":"t","version":"1"},"paths":{},
             "definitions":{
               "Owner":{"type":"object","properties":{"login":{"type":"string"}},"required":["login"]},
               "Repo":{"type":"object","properties":{
                 "template":{"x-nullable":true,"allOf":[{"$ref":"#/definitions/Owner"}]},
                 "owner":{"allOf":[{"$ref":"#/definitions/Owner"}]}}}}}
            """;
        var validator = ValidatorFor("s.json", swagger);

        Assert.True(Validate(validator, """{"template":null}"""));
        Assert.False(Validate(validator, """{"template":{}}"""));
        Assert.False(Validate(validator, """{"owner":null}"""));
    }

    private static OpenApiReaderSettings Settings()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return settings;
    }

    private static SchemaValidator ValidatorFor(string path, string text)
    {
        var result = SpecLoader.Load(path, text);
        return new SchemaValidator(SchemaSet.Parse(result.Spec!.SchemaBundle.ToString()));
    }

    private static bool Validate(SchemaValidator validator, string body) =>
        validator.Validate(JsonNode.Parse(body), "Repo", SchemaUsage.Response).IsValid;
}
