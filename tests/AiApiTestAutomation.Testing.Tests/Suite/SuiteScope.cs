using System.Collections.Generic;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Testing.Tests.Suite;

/// <summary>
/// Which keyword files of the JSON Schema Test Suite the validator claims. Every case of a file in scope must match.
/// Out of scope, with the reason (also in docs/schema-validation.md):
/// <list type="bullet">
/// <item>draft2020-12/dynamicRef.json: $dynamicRef's dynamic scope is not used by OpenAPI 3.1 documents; $dynamicRef is resolved statically like $ref.</item>
/// <item>draft2020-12/unevaluatedItems.json, unevaluatedProperties.json: need annotation collection across applicators, which the compiled validator does not track; rare in OpenAPI 3.1 specs.</item>
/// <item>draft2020-12/vocabulary.json: custom metaschemas with $vocabulary are not a concern of API specs.</item>
/// </list>
/// </summary>
internal static class SuiteScope
{
    public static readonly IReadOnlyDictionary<SchemaDialect, string> Folders = new Dictionary<SchemaDialect, string>
    {
        [SchemaDialect.Draft4] = "draft4",
        [SchemaDialect.Draft202012] = "draft2020-12",
    };

    public static readonly string[] Draft4Files =
    [
        "additionalItems", "additionalProperties", "allOf", "anyOf", "default", "definitions", "dependencies", "enum",
        "format", "infinite-loop-detection", "items", "maxItems", "maxLength", "maxProperties", "maximum", "minItems",
        "minLength", "minProperties", "minimum", "multipleOf", "not", "oneOf", "pattern", "patternProperties",
        "properties", "ref", "refRemote", "required", "type", "uniqueItems",
    ];

    public static readonly string[] Draft202012Files =
    [
        "additionalProperties", "allOf", "anchor", "anyOf", "boolean_schema", "const", "contains", "content", "default",
        "defs", "dependentRequired", "dependentSchemas", "enum", "exclusiveMaximum", "exclusiveMinimum", "format",
        "if-then-else", "infinite-loop-detection", "items", "maxContains", "maxItems", "maxLength", "maxProperties",
        "maximum", "minContains", "minItems", "minLength", "minProperties", "minimum", "multipleOf", "not", "oneOf",
        "pattern", "patternProperties", "prefixItems", "properties", "propertyNames", "ref", "refRemote", "required",
        "type", "uniqueItems",
    ];

    public static readonly IReadOnlyDictionary<string, string> OutOfScope = new Dictionary<string, string>
    {
        ["draft2020-12/dynamicRef"] = "dynamic scope of $dynamicRef (resolved statically like $ref); OpenAPI 3.1 documents do not use it",
        ["draft2020-12/unevaluatedItems"] = "needs annotation collection across applicators; rare in API specs",
        ["draft2020-12/unevaluatedProperties"] = "needs annotation collection across applicators; rare in API specs",
        ["draft2020-12/vocabulary"] = "custom metaschemas with $vocabulary are not a concern of API specs",
    };

    /// <summary>
    /// A group of an in-scope file whose schema uses one of these keywords tests that keyword, not the file's own:
    /// such cases are counted as skipped (and reported), not as passes or failures.
    /// </summary>
    public static readonly string[] OutOfScopeKeywords = ["unevaluatedProperties", "unevaluatedItems"];

    public static IEnumerable<object[]> Cases(SchemaDialect dialect)
    {
        foreach (string file in dialect == SchemaDialect.Draft4 ? Draft4Files : Draft202012Files)
        {
            yield return [file];
        }
    }
}
