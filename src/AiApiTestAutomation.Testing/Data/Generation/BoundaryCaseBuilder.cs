using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>Moves one direct property of a valid body onto a limit of its schema, keeping only bodies that stay valid.</summary>
internal sealed class BoundaryCaseBuilder
{
    private readonly SchemaValidator validator;
    private readonly string key;
    private readonly JsonNode? valid;
    private readonly SchemaFlattener flattener;

    public BoundaryCaseBuilder(SchemaSet set, SchemaValidator validator, string key, JsonNode? valid)
    {
        this.validator = validator;
        this.key = key;
        this.valid = valid;
        flattener = new SchemaFlattener(set.Registry);
        Schema = flattener.Flatten([set.SchemaOf(key)]);
    }

    private EffectiveSchema Schema { get; }

    public IReadOnlyList<BoundaryCase> Build()
    {
        var cases = new List<BoundaryCase>();
        if (valid is not JsonObject body)
        {
            return cases;
        }

        foreach (KeyValuePair<string, List<JsonNode>> property in Schema.Properties)
        {
            if (!body.TryGetPropertyValue(property.Key, out JsonNode? current) || current is null)
            {
                continue;
            }

            EffectiveSchema schema = flattener.Flatten(property.Value);
            JsonValueKind kind = current.GetValueKind();
            if (kind == JsonValueKind.String)
            {
                string text = current.GetValue<string>();
                if (schema.MinLength is { } minLength and > 0 && minLength <= 10_000)
                {
                    Add(cases, body, property.Key, JsonValue.Create(ValueGenerator.ResizeTo(text, (int)minLength)), $"{property.Key} at minLength ({minLength})");
                }

                if (schema.MaxLength is { } maxLength && maxLength <= 10_000)
                {
                    Add(cases, body, property.Key, JsonValue.Create(ValueGenerator.ResizeTo(text, (int)maxLength)), $"{property.Key} at maxLength ({maxLength})");
                }
            }
            else if (kind == JsonValueKind.Number)
            {
                if (schema.Minimum is { } minimum && !schema.ExclusiveMinimum)
                {
                    Add(cases, body, property.Key, NumberNode.From(minimum), $"{property.Key} at minimum ({minimum})");
                }

                if (schema.Maximum is { } maximum && !schema.ExclusiveMaximum)
                {
                    Add(cases, body, property.Key, NumberNode.From(maximum), $"{property.Key} at maximum ({maximum})");
                }
            }
        }

        return cases;
    }

    private void Add(List<BoundaryCase> cases, JsonObject body, string property, JsonNode value, string name)
    {
        var candidate = (JsonObject)body.DeepClone();
        candidate[property] = value;
        if (validator.Validate(candidate, key, SchemaUsage.Request).IsValid)
        {
            cases.Add(new BoundaryCase(name, candidate, property));
        }
    }
}
