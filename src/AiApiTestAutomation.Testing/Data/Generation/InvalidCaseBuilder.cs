using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>
/// Breaks one constraint at a time of a valid request body. Each candidate is run through the validator and kept
/// only if every violation is the intended one at the intended place, so "quantity above maximum" never fails for
/// another reason (a mutation that cannot be isolated, e.g. inside a oneOf, is left out rather than mislabelled).
/// </summary>
internal sealed partial class InvalidCaseBuilder
{
    private readonly SchemaValidator validator;
    private readonly string key;
    private readonly JsonNode? valid;
    private readonly GenerationContext context;
    private readonly SchemaFlattener flattener;
    private readonly EffectiveSchema schema;
    private readonly List<InvalidCase> cases = new();

    public InvalidCaseBuilder(SchemaSet set, SchemaValidator validator, string key, JsonNode? valid, GenerationContext context)
    {
        this.validator = validator;
        this.key = key;
        this.valid = valid;
        this.context = context;
        flattener = new SchemaFlattener(set.Registry);
        schema = flattener.Flatten([set.SchemaOf(key)]);
    }

    public IReadOnlyList<InvalidCase> Build()
    {
        cases.Add(new InvalidCase("empty body", "body", string.Empty, null, string.Empty));
        cases.Add(new InvalidCase("malformed JSON", "body", string.Empty, null, Malformed(valid)));
        if (valid is not JsonObject body)
        {
            return cases;
        }

        foreach (string name in schema.Required)
        {
            if (body.ContainsKey(name))
            {
                var without = (JsonObject)body.DeepClone();
                without.Remove(name);
                Keep($"missing required {name}", "required", name, without, string.Empty, "required");
            }
        }

        foreach (KeyValuePair<string, List<JsonNode>> property in schema.Properties)
        {
            if (body.TryGetPropertyValue(property.Key, out JsonNode? current))
            {
                AddPropertyCases(body, property.Key, current, flattener.Flatten(property.Value));
            }
        }

        if (schema.AdditionalForbidden)
        {
            string extra = "unexpected" + context.NextUniqueToken();
            var withExtra = (JsonObject)body.DeepClone();
            withExtra[extra] = "x";
            Keep($"unexpected property {extra} (additionalProperties: false)", "additionalProperties", extra, withExtra, "/" + JsonPointer.Escape(extra), "additionalProperties");
        }

        return cases;
    }

    /// <summary>Keeps <paramref name="body"/> if the validator rejects it for exactly <paramref name="keywords"/> at <paramref name="pointer"/>.</summary>
    private void Keep(string name, string constraint, string property, JsonNode body, string pointer, params string[] keywords)
    {
        IReadOnlyList<SchemaViolation> violations = validator.Validate(body, key, SchemaUsage.Request).Violations;
        if (violations.Count > 0 && violations.All(violation => violation.InstancePointer == pointer && keywords.Contains(violation.Keyword)))
        {
            cases.Add(new InvalidCase(name, constraint, property.Length == 0 ? string.Empty : "/" + JsonPointer.Escape(property), body, null));
        }
    }

    private void KeepPropertyValue(JsonObject body, string property, JsonNode? value, string name, string constraint, params string[] keywords)
    {
        var changed = (JsonObject)body.DeepClone();
        changed[property] = value;
        Keep(name, constraint, property, changed, "/" + JsonPointer.Escape(property), keywords.Length == 0 ? [constraint] : keywords);
    }

    /// <summary>Cuts serialized JSON in half: never parses, still looks like the real body.</summary>
    private static string Malformed(JsonNode? body)
    {
        string text = body?.ToJsonString() ?? "{}";
        return text.Length < 2 ? "{" : text.Substring(0, Math.Max(1, text.Length / 2));
    }

    private static string Show(JsonNode? value) => value?.ToJsonString() ?? "null";
}
