using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>enum</c>: the instance equals one of the listed values (JSON equality, 1 == 1.0).</summary>
internal sealed class EnumKeyword : Keyword
{
    private readonly JsonNode?[] values;
    private readonly string expected;

    public EnumKeyword(string location, JsonNode?[] values)
        : base(location)
    {
        this.values = values;
        expected = "one of " + InstanceText.Describe(new JsonArray(values.Select(value => value?.DeepClone()).ToArray()));
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        foreach (JsonNode? value in values)
        {
            if (JsonEquality.AreEqual(instance, value))
            {
                return true;
            }
        }

        context.Report(Location, "enum", expected, InstanceText.Describe(instance));
        return false;
    }
}
