using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>The per-property mutations: wrong type, lengths, bounds, multipleOf, enum, pattern, format, item counts.</summary>
internal sealed partial class InvalidCaseBuilder
{
    private static readonly Dictionary<string, string> BrokenFormats = new(System.StringComparer.Ordinal)
    {
        ["email"] = "not-an-email",
        ["uuid"] = "not-a-uuid",
        ["date-time"] = "2024-13-45T25:61:00Z",
        ["date"] = "2024-02-30",
        ["uri"] = "not a uri",
        ["ipv4"] = "300.1.1.1",
        ["hostname"] = "-bad-.host-",
    };

    private void AddPropertyCases(JsonObject body, string property, JsonNode? current, EffectiveSchema propertySchema)
    {
        if (WrongTypeValue(propertySchema) is { } wrong)
        {
            KeepPropertyValue(body, property, wrong, $"{property} with wrong type ({Show(wrong)})", "type");
        }

        if (current?.GetValueKind() == JsonValueKind.String)
        {
            AddStringCases(body, property, current.GetValue<string>(), propertySchema);
        }

        if (current?.GetValueKind() == JsonValueKind.Number)
        {
            AddNumberCases(body, property, context: propertySchema, current);
        }

        if (propertySchema.Enum is { Count: > 0 } && current?.GetValueKind() is JsonValueKind.String or JsonValueKind.Number)
        {
            JsonNode outside = current.GetValueKind() == JsonValueKind.String
                ? JsonValue.Create("not-in-enum-" + this.context.NextUniqueToken())
                : JsonValue.Create(987_654_321);
            KeepPropertyValue(body, property, outside, $"{property} outside enum ({Show(outside)})", "enum");
        }

        if (current is JsonArray array)
        {
            AddArrayCases(body, property, array, propertySchema);
        }
    }

    private void AddStringCases(JsonObject body, string property, string text, EffectiveSchema propertySchema)
    {
        if (propertySchema.MinLength is { } minLength and > 0 and <= 10_000)
        {
            string shorter = ValueGenerator.ResizeTo(text, (int)minLength - 1);
            KeepPropertyValue(body, property, JsonValue.Create(shorter), $"{property} shorter than minLength ({minLength - 1} < {minLength})", "minLength");
        }

        if (propertySchema.MaxLength is { } maxLength and < 10_000)
        {
            string longer = ValueGenerator.ResizeTo(text, (int)maxLength + 1);
            KeepPropertyValue(body, property, JsonValue.Create(longer), $"{property} longer than maxLength ({maxLength + 1} > {maxLength})", "maxLength");
        }

        if (propertySchema.Patterns.Count > 0)
        {
            string[] patterns = propertySchema.Patterns.ToArray();
            string? mismatch = new[] { "!!", "@@ invalid @@", "0", "a", " ", text + "!", "~" + text }
                .Select(candidate => ValueGenerator.ResizeTo(candidate, System.Math.Max(candidate.Length, (int)(propertySchema.MinLength ?? 0))))
                .FirstOrDefault(candidate => !PatternStrings.MatchesAll(patterns, candidate));
            if (mismatch is not null)
            {
                KeepPropertyValue(body, property, JsonValue.Create(mismatch), $"{property} not matching pattern ({Show(JsonValue.Create(mismatch))})", "pattern");
            }
        }

        if (propertySchema.Format is { } format && BrokenFormats.TryGetValue(format, out string? broken))
        {
            KeepPropertyValue(body, property, JsonValue.Create(broken), $"{property} with invalid {format} (\"{broken}\")", "format");
        }
    }

    private void AddNumberCases(JsonObject body, string property, EffectiveSchema context, JsonNode current)
    {
        decimal step = context.MultipleOf is { IsExact: true } multiple ? decimal.Parse(multiple.ToString(), System.Globalization.CultureInfo.InvariantCulture) : 1m;
        if (context.Minimum is { IsExact: true } minimum)
        {
            decimal limit = decimal.Parse(minimum.ToString(), System.Globalization.CultureInfo.InvariantCulture);
            decimal below = context.ExclusiveMinimum ? limit : limit - step;
            KeepPropertyValue(body, property, NumberNode.From(below), $"{property} below minimum ({below})", "minimum", "minimum", "exclusiveMinimum");
        }

        if (context.Maximum is { IsExact: true } maximum)
        {
            decimal limit = decimal.Parse(maximum.ToString(), System.Globalization.CultureInfo.InvariantCulture);
            decimal above = context.ExclusiveMaximum ? limit : limit + step;
            KeepPropertyValue(body, property, NumberNode.From(above), $"{property} above maximum ({above})", "maximum", "maximum", "exclusiveMaximum");
        }

        if (context.MultipleOf is { IsExact: true } && JsonNumber.TryRead(current, out JsonNumber value) && value.IsExact)
        {
            decimal baseValue = decimal.Parse(value.ToString(), System.Globalization.CultureInfo.InvariantCulture);
            decimal off = step >= 2m && step == decimal.Truncate(step) ? baseValue + 1m : baseValue + (step / 2m);
            KeepPropertyValue(body, property, NumberNode.From(off), $"{property} not a multiple of {step} ({off})", "multipleOf");
        }
    }

    private void AddArrayCases(JsonObject body, string property, JsonArray array, EffectiveSchema propertySchema)
    {
        if (propertySchema.MinItems is { } minItems and > 0 and < 1000)
        {
            var shorter = new JsonArray(array.Take((int)minItems - 1).Select(item => item?.DeepClone()).ToArray());
            KeepPropertyValue(body, property, shorter, $"{property} with fewer than minItems ({minItems - 1} < {minItems})", "minItems");
        }

        if (propertySchema.MaxItems is { } maxItems and < 1000 && array.Count > 0)
        {
            var longer = new JsonArray(array.Select(item => item?.DeepClone()).ToArray());
            for (int index = 0; longer.Count <= maxItems; index++)
            {
                JsonNode? copy = array[index % array.Count]?.DeepClone();
                if (copy is JsonValue text && text.GetValueKind() == JsonValueKind.String)
                {
                    copy = JsonValue.Create(text.GetValue<string>() + "-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                longer.Add(copy);
            }

            KeepPropertyValue(body, property, longer, $"{property} with more than maxItems ({maxItems + 1} > {maxItems})", "maxItems");
        }
    }

    /// <summary>A value of a type the property does not accept, or null when it accepts everything.</summary>
    private static JsonNode? WrongTypeValue(EffectiveSchema propertySchema)
    {
        List<string> types = propertySchema.Types;
        if (types.Count == 0)
        {
            return null;
        }

        if (!types.Contains("number") && !types.Contains("integer"))
        {
            return JsonValue.Create(12345);
        }

        if (!types.Contains("string"))
        {
            return JsonValue.Create("not-a-" + types[0]);
        }

        if (!types.Contains("boolean"))
        {
            return JsonValue.Create(true);
        }

        return types.Contains("object") ? null : new JsonObject();
    }
}
