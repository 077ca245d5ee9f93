using System.Collections.Generic;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>
/// What a value must satisfy once <c>$ref</c>s are followed and <c>allOf</c> branches merged: the tightest bounds,
/// the union of properties and required names. Generation reads this instead of walking raw schema JSON.
/// </summary>
internal sealed class EffectiveSchema
{
    public List<string> Types { get; } = new();

    public bool Nullable { get; set; }

    public bool HasConst { get; set; }

    public JsonNode? Const { get; set; }

    public JsonArray? Enum { get; set; }

    /// <summary>Each property with all the schemas that constrain it (several when allOf branches repeat it).</summary>
    public Dictionary<string, List<JsonNode>> Properties { get; } = new(System.StringComparer.Ordinal);

    public HashSet<string> Required { get; } = new(System.StringComparer.Ordinal);

    public JsonNode? AdditionalProperties { get; set; }

    public bool AdditionalForbidden { get; set; }

    public long? MinProperties { get; set; }

    public long? MaxProperties { get; set; }

    public List<JsonNode> ItemSchemas { get; } = new();

    public List<JsonNode> PrefixItems { get; } = new();

    public long? MinItems { get; set; }

    public long? MaxItems { get; set; }

    public bool UniqueItems { get; set; }

    public long? MinLength { get; set; }

    public long? MaxLength { get; set; }

    public List<string> Patterns { get; } = new();

    public string? Format { get; set; }

    public JsonNumber? Minimum { get; set; }

    public bool ExclusiveMinimum { get; set; }

    public JsonNumber? Maximum { get; set; }

    public bool ExclusiveMaximum { get; set; }

    public JsonNumber? MultipleOf { get; set; }

    /// <summary>oneOf/anyOf lists met on the way; one branch of each must be satisfied.</summary>
    public List<JsonArray> Alternatives { get; } = new();

    public JsonObject? Discriminator { get; set; }

    public List<JsonNode> Examples { get; } = new();

    public JsonNode? NotSchema { get; set; }

    public bool IsFalse { get; set; }
}
