using System.Collections.Generic;

namespace AiApiTestAutomation.Schemas.Loading;

/// <summary>Which keywords hold subschemas, so identifiers are found only where they are identifiers (not inside enum or const values).</summary>
internal static class SchemaKeywords
{
    public static readonly HashSet<string> SingleSubschema = new()
    {
        "additionalProperties", "additionalItems", "items", "not", "contains", "propertyNames",
        "if", "then", "else", "unevaluatedItems", "unevaluatedProperties",
    };

    public static readonly HashSet<string> SubschemaMaps = new()
    {
        "properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "dependencies",
    };

    public static readonly HashSet<string> SubschemaArrays = new() { "allOf", "anyOf", "oneOf", "items", "prefixItems" };
}
