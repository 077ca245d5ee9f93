using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AiApiTestAutomation.Sample.Tests;

/// <summary>
/// Just enough OpenAPI 3.0 schema checking for the agreement tests: $ref, type, nullable, enum, required, properties,
/// additionalProperties, items, min/maxItems, min/maxLength, pattern, minimum/maximum and the formats the spec uses.
/// </summary>
internal sealed class MiniSchemaValidator(JsonElement document)
{
    public List<string> Validate(JsonElement schema, JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors;
    }

    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var pointer = reference.GetString()!;
            if (!pointer.StartsWith("#/", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Only local references are supported: " + pointer);
            }

            schema = pointer[2..].Split('/').Aggregate(document, (node, part) => node.GetProperty(part.Replace("~1", "/").Replace("~0", "~")));
        }

        return schema;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        schema = Resolve(schema);
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!(schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean()))
            {
                errors.Add($"{path}: null but not nullable");
            }

            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not in the enum");
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "object":
                CheckObject(schema, value, path, errors);
                break;
            case "array":
                CheckArray(schema, value, path, errors);
                break;
            case "string":
                CheckString(schema, value, path, errors);
                break;
            case "integer":
            case "number":
                CheckNumber(schema, value, path, errors, type);
                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add($"{path}: expected boolean, got {value.ValueKind}");
                }

                break;
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: expected object, got {value.ValueKind}");
            return;
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: required property '{name}' is missing");
                }
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}: property '{property.Name}' is not allowed");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(additional, property.Value, $"{path}.{property.Name}", errors);
                }
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{path}: expected array, got {value.ValueKind}");
            return;
        }

        var count = value.GetArrayLength();
        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
        {
            errors.Add($"{path}: {count} items, more than {max}");
        }

        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
        {
            errors.Add($"{path}: {count} items, fewer than {min}");
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{index++}]", errors);
            }
        }
    }

    private static void CheckString(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path}: expected string, got {value.ValueKind}");
            return;
        }

        var text = value.GetString()!;
        var length = text.EnumerateRunes().Count();
        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
        {
            errors.Add($"{path}: length {length} is more than {max}");
        }

        if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32())
        {
            errors.Add($"{path}: length {length} is less than {min}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!.Replace("$", @"\z", StringComparison.Ordinal)))
        {
            errors.Add($"{path}: '{text}' does not match {pattern}");
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (format == "date-time"
            && !Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})\z"))
        {
            errors.Add($"{path}: '{text}' is not an RFC 3339 date-time");
        }

        if (format == "email" && !Regex.IsMatch(text, @"^[^@\s]+@[^@\s]+\.[^@\s]+\z"))
        {
            errors.Add($"{path}: '{text}' is not an e-mail address");
        }
    }

    private static void CheckNumber(JsonElement schema, JsonElement value, string path, List<string> errors, string type)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add($"{path}: expected {type}, got {value.ValueKind}");
            return;
        }

        var number = decimal.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (type == "integer" && decimal.Truncate(number) != number)
        {
            errors.Add($"{path}: {number} is not an integer");
        }

        if ((format == "int32" && (number < int.MinValue || number > int.MaxValue)) || (format == "int64" && (number < long.MinValue || number > long.MaxValue)))
        {
            errors.Add($"{path}: {number} does not fit {format}");
        }

        if (schema.TryGetProperty("minimum", out var min) && number < min.GetDecimal())
        {
            errors.Add($"{path}: {number} is less than {min}");
        }

        if (schema.TryGetProperty("maximum", out var max) && number > max.GetDecimal())
        {
            errors.Add($"{path}: {number} is more than {max}");
        }
    }
}
