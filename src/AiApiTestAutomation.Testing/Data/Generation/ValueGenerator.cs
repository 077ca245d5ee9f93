using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>
/// Produces a value that satisfies a schema: example first (when it validates), then const/enum, then one branch of
/// oneOf/anyOf (checked with the validator), then by type. Recursion is cut by depth: optional properties and
/// array items stop being generated beyond <see cref="OptionalDepthLimit"/>.
/// </summary>
internal sealed partial class ValueGenerator
{
    public const int OptionalDepthLimit = 3;
    private const int HardDepthLimit = 12;

    private readonly SchemaValidator validator;
    private readonly SchemaFlattener flattener;
    private readonly SchemaRegistry registry;
    private readonly GenerationContext context;

    public ValueGenerator(SchemaValidator validator, GenerationContext context)
    {
        this.validator = validator;
        this.context = context;
        registry = validator.Set.Registry;
        flattener = new SchemaFlattener(registry);
    }

    public JsonNode? Generate(JsonNode schema, string? name = null) => Generate([schema], name, depth: 0, new HashSet<JsonArray>());

    private JsonNode? Generate(IReadOnlyList<JsonNode> schemas, string? name, int depth, HashSet<JsonArray> chosenAlternatives)
    {
        EffectiveSchema effective = flattener.Flatten(schemas);
        effective.Alternatives.RemoveAll(chosenAlternatives.Contains);
        if (effective.IsFalse || depth > HardDepthLimit)
        {
            return null;
        }

        if (TryExample(effective, schemas, out JsonNode? example))
        {
            return example;
        }

        if (effective.HasConst)
        {
            return effective.Const?.DeepClone();
        }

        if (effective.Enum is { Count: > 0 } values)
        {
            JsonNode?[] nonNull = values.Where(value => value is not null).ToArray();
            return nonNull.Length == 0 ? null : context.Random.ArrayElement(nonNull)!.DeepClone();
        }

        if (effective.Alternatives.Count > 0)
        {
            return GenerateAlternative(effective, schemas, name, depth, chosenAlternatives);
        }

        return GenerateByType(effective, name, depth, chosenAlternatives);
    }

    private JsonNode? GenerateByType(EffectiveSchema effective, string? name, int depth, HashSet<JsonArray> chosenAlternatives) => TypeOf(effective) switch
    {
        "object" => GenerateObject(effective, depth, chosenAlternatives),
        "array" => GenerateArray(effective, name, depth),
        "integer" => GenerateNumber(effective, integer: true),
        "number" => GenerateNumber(effective, integer: false),
        "boolean" => JsonValue.Create(context.Random.Bool()),
        "null" => null,
        _ => GenerateString(effective, name),
    };

    /// <summary>Scalar examples only: an object example is the same body for every test, which collides in parallel runs.</summary>
    private bool TryExample(EffectiveSchema effective, IReadOnlyList<JsonNode> schemas, out JsonNode? example)
    {
        foreach (JsonNode candidate in effective.Examples)
        {
            if (candidate is JsonValue && schemas.All(schema => validator.ValidateAgainst(schema, candidate, context.Usage).IsValid))
            {
                example = MakeUnique(candidate, effective, schemas);
                return true;
            }
        }

        example = null;
        return false;
    }

    /// <summary>A plain free-text example gets the unique token when the schema still accepts it.</summary>
    private JsonNode MakeUnique(JsonNode example, EffectiveSchema effective, IReadOnlyList<JsonNode> schemas)
    {
        if (example.GetValueKind() != System.Text.Json.JsonValueKind.String || effective.Format is not null || effective.Patterns.Count > 0 || effective.Enum is not null)
        {
            return example.DeepClone();
        }

        JsonNode unique = JsonValue.Create(example.GetValue<string>() + " " + context.NextUniqueToken());
        return schemas.All(schema => validator.ValidateAgainst(schema, unique, context.Usage).IsValid) ? unique : example.DeepClone();
    }

    private JsonNode? GenerateAlternative(EffectiveSchema effective, IReadOnlyList<JsonNode> schemas, string? name, int depth, HashSet<JsonArray> chosenAlternatives)
    {
        JsonArray alternatives = effective.Alternatives[0];
        var chosen = new HashSet<JsonArray>(chosenAlternatives) { alternatives };
        JsonNode? fallback = null;
        foreach (JsonNode? branch in alternatives)
        {
            if (branch is null)
            {
                continue;
            }

            var withBranch = new List<JsonNode>(schemas) { branch };
            JsonNode? candidate = Generate(withBranch, name, depth, chosen);
            if (effective.Discriminator is { } discriminator && candidate is JsonObject obj)
            {
                DiscriminatorValues.Apply(discriminator, branch, obj, registry, flattener);
            }

            if (schemas.All(schema => validator.ValidateAgainst(schema, candidate, context.Usage).IsValid))
            {
                return candidate;
            }

            fallback ??= candidate;
        }

        return fallback;
    }

    private static string TypeOf(EffectiveSchema effective)
    {
        string? declared = effective.Types.FirstOrDefault(type => type != "null");
        if (declared is not null)
        {
            return declared;
        }

        if (effective.Types.Count > 0)
        {
            return "null";
        }

        if (effective.Properties.Count > 0 || effective.Required.Count > 0 || effective.AdditionalProperties is not null || effective.MinProperties is not null)
        {
            return "object";
        }

        if (effective.ItemSchemas.Count > 0 || effective.PrefixItems.Count > 0 || effective.MinItems is not null || effective.MaxItems is not null)
        {
            return "array";
        }

        if (effective.Minimum is not null || effective.Maximum is not null || effective.MultipleOf is not null)
        {
            return "number";
        }

        return "string";
    }
}
