using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>
/// Turns the invalid and boundary cases of an operation's parameter set (an object schema, one property per parameter)
/// into requests. A server only ever sees text, so each case is rendered as text, read back the way a server binds it
/// (an integer parameter parses "101", a string parameter keeps "12345"), and kept only if it still breaks exactly
/// the constraint it is named after (or, for a boundary case, stays valid). That is what keeps "wrong type" for a
/// string parameter out: as text it is valid.
/// </summary>
internal sealed class ParameterCaseBuilder
{
    private readonly SchemaValidator validator;
    private readonly string key;
    private readonly Dictionary<string, string> locations;
    private readonly Dictionary<string, EffectiveSchema> schemas;
    private readonly HashSet<string> required;

    public ParameterCaseBuilder(SchemaSet set, SchemaValidator validator, string key)
    {
        this.validator = validator;
        this.key = key;
        JsonNode root = set.SchemaOf(key);
        locations = (root["x-parameters"] as JsonObject ?? new JsonObject())
            .ToDictionary(pair => pair.Key, pair => pair.Value?.GetValue<string>() ?? "query", System.StringComparer.Ordinal);
        var flattener = new SchemaFlattener(set.Registry);
        EffectiveSchema parameters = flattener.Flatten([root]);
        schemas = parameters.Properties.ToDictionary(pair => pair.Key, pair => flattener.Flatten(pair.Value), System.StringComparer.Ordinal);
        required = parameters.Required;
    }

    public IReadOnlyList<ParameterCase> Build(IEnumerable<InvalidCase> invalidCases)
    {
        var result = new List<ParameterCase>();
        foreach (InvalidCase invalid in invalidCases)
        {
            if (invalid.Body is not JsonObject body || invalid.Constraint is "body" or "additionalProperties")
            {
                continue;
            }

            string name = JsonPointer.Unescape(invalid.PropertyPath.TrimStart('/'));
            string location = LocationOf(name);
            if (invalid.Constraint == "required" && location == "path")
            {
                continue; // a path without one of its segments is another route, not a missing parameter
            }

            // A missing parameter is reported on the object that should hold it.
            string target = invalid.Constraint == "required" ? string.Empty : invalid.PropertyPath;
            if (Send(body, target) is { } sent && BreaksOnly(sent.Violations, target, invalid.Constraint))
            {
                result.Add(new ParameterCase(location + " " + invalid.Name, sent.Values));
            }
        }

        return result;
    }

    /// <summary>
    /// The boundary cases that stay on their limit and valid once sent as text and bound again (a limit a request
    /// cannot carry, such as a header of 5,000 characters that are not ASCII, is left out).
    /// </summary>
    public IReadOnlyList<ParameterCase> BuildBoundaries(IEnumerable<BoundaryCase> boundaryCases)
    {
        var result = new List<ParameterCase>();
        foreach (BoundaryCase boundary in boundaryCases)
        {
            if (boundary.Body is JsonObject body && Send(body, "/" + JsonPointer.Escape(boundary.Property)) is { Violations.Count: 0 } sent)
            {
                result.Add(new ParameterCase(LocationOf(boundary.Property) + " " + boundary.Name, sent.Values));
            }
        }

        return result;
    }

    /// <summary>Valid parameters for the set, as text: what a boundary test sends when the schema has no limit a request can carry.</summary>
    public ParameterCase? BuildValid(string name, JsonNode? valid) =>
        valid is JsonObject body && Send(body, target: null) is { Violations.Count: 0 } sent ? new ParameterCase(name, sent.Values) : null;

    private string LocationOf(string name) => locations.TryGetValue(name, out string? where) ? where : "query";

    /// <summary>
    /// Renders every parameter of <paramref name="body"/> as text and binds it back as a server would; null when the
    /// request could not carry it (an empty path segment, a header that is not printable ASCII).
    /// </summary>
    /// <param name="body">The parameter values by name, as JSON.</param>
    /// <param name="target">The pointer of the parameter the case is about: never dropped (null: none; "": the set itself).</param>
    private (List<ParameterValue> Values, IReadOnlyList<SchemaViolation> Violations)? Send(JsonObject body, string? target)
    {
        var values = new List<ParameterValue>();
        var asBound = new JsonObject();
        bool sendable = true;
        foreach (KeyValuePair<string, JsonNode?> pair in body)
        {
            IReadOnlyList<string> text = Render(pair.Value);
            string parameterLocation = LocationOf(pair.Key);
            sendable &= !(parameterLocation == "path" && (text.Count != 1 || text[0].Length == 0));
            sendable &= !(parameterLocation == "header" && text.Any(t => t.Any(c => c < 0x20 || c > 0x7e)));
            values.Add(new ParameterValue(pair.Key, parameterLocation, text));
            asBound[pair.Key] = Bind(text, schemas.TryGetValue(pair.Key, out EffectiveSchema? schema) ? schema : null);
        }

        if (!sendable)
        {
            return null;
        }

        IReadOnlyList<SchemaViolation> violations = Validate(asBound);
        if (DropOptionalParametersTextCannotCarry(values, asBound, target, violations))
        {
            violations = Validate(asBound);
        }

        return (values, violations);
    }

    /// <summary>
    /// An optional parameter whose valid value does not survive the trip through text (an object sent deepObject
    /// style, say) is left out of the request, so it cannot mask or blur the one constraint the case breaks.
    /// </summary>
    /// <returns>Whether a parameter was left out (the bound set must then be validated again).</returns>
    private bool DropOptionalParametersTextCannotCarry(List<ParameterValue> values, JsonObject asBound, string? target, IReadOnlyList<SchemaViolation> violations)
    {
        List<string> blurred = violations
            .Select(violation => violation.InstancePointer)
            .Where(pointer => pointer.Length > 1 && (target is null || (pointer != target && !pointer.StartsWith(target + "/", System.StringComparison.Ordinal))))
            .Select(pointer => JsonPointer.Unescape(pointer.Substring(1).Split('/')[0]))
            .Where(name => !required.Contains(name))
            .Distinct()
            .ToList();
        foreach (string name in blurred)
        {
            asBound.Remove(name);
            values.RemoveAll(value => value.Name == name);
        }

        return blurred.Count > 0;
    }

    private IReadOnlyList<SchemaViolation> Validate(JsonObject asBound) => validator.Validate(asBound, key, SchemaUsage.Request).Violations;

    /// <summary>Whether the bound parameters break the case's constraint and nothing else (a number sent to a pattern-checked string breaks the pattern, not the type).</summary>
    private static bool BreaksOnly(IReadOnlyList<SchemaViolation> violations, string pointer, string constraint)
    {
        string[] keywords = constraint switch
        {
            "minimum" => ["minimum", "exclusiveMinimum"],
            "maximum" => ["maximum", "exclusiveMaximum"],
            _ => [constraint],
        };
        return violations.Count > 0 && violations.All(violation => violation.InstancePointer == pointer && keywords.Contains(violation.Keyword));
    }

    /// <summary>The text a value travels as: query arrays repeat the parameter (form, explode), scalars are their JSON text without quotes.</summary>
    private static IReadOnlyList<string> Render(JsonNode? value) => value switch
    {
        null => ["null"],
        JsonArray array => array.Select(item => Render(item).FirstOrDefault() ?? string.Empty).ToList(),
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => [scalar.GetValue<string>()],
        _ => [value.ToJsonString()],
    };

    /// <summary>Reads text back as a server binds it to the parameter's type; what does not parse stays text (and fails "type").</summary>
    private static JsonNode? Bind(IReadOnlyList<string> text, EffectiveSchema? schema)
    {
        List<string> types = schema?.Types ?? [];
        if (types.Contains("array"))
        {
            return new JsonArray(text.Select(item => BindScalar(item, [])).ToArray());
        }

        return BindScalar(text.Count == 0 ? string.Empty : text[0], types);
    }

    private static JsonNode? BindScalar(string text, List<string> types)
    {
        if (types.Contains("integer") && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
        {
            return JsonValue.Create(integer);
        }

        if ((types.Contains("number") || types.Contains("integer")) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            return NumberNode.From(number);
        }

        if (types.Contains("boolean") && (text == "true" || text == "false"))
        {
            return JsonValue.Create(text == "true");
        }

        return JsonValue.Create(text);
    }
}
