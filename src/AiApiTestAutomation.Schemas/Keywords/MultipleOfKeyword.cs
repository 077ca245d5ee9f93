using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>multipleOf</c>, decided in decimal arithmetic so 0.07 is a multiple of 0.01.</summary>
internal sealed class MultipleOfKeyword : Keyword
{
    private readonly JsonNumber divisor;
    private readonly string expected;

    public MultipleOfKeyword(string location, JsonNumber divisor)
        : base(location)
    {
        this.divisor = divisor;
        expected = $"a multiple of {divisor}";
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (kind != JsonValueKind.Number || context.NumberOf(instance!).IsMultipleOf(divisor))
        {
            return true;
        }

        context.Report(Location, "multipleOf", expected, InstanceText.Describe(instance));
        return false;
    }
}
