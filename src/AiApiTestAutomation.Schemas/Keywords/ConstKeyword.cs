using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>const</c> (2020-12, OpenAPI 3.1): the instance equals exactly this value.</summary>
internal sealed class ConstKeyword : Keyword
{
    private readonly JsonNode? value;
    private readonly string expected;

    public ConstKeyword(string location, JsonNode? value)
        : base(location)
    {
        this.value = value;
        expected = "exactly " + InstanceText.Describe(value);
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (JsonEquality.AreEqual(instance, value))
        {
            return true;
        }

        context.Report(Location, "const", expected, InstanceText.Describe(instance));
        return false;
    }
}
