using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>OpenAPI numeric formats int32/int64/float/double: the value fits the named machine type.</summary>
internal sealed class NumericFormatKeyword : Keyword
{
    private readonly double minimum;
    private readonly double maximum;
    private readonly bool integerOnly;
    private readonly string expected;

    public NumericFormatKeyword(string location, string format, double minimum, double maximum, bool integerOnly)
        : base(location)
    {
        this.minimum = minimum;
        this.maximum = maximum;
        this.integerOnly = integerOnly;
        expected = "a number in format " + format;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (kind != JsonValueKind.Number)
        {
            return true;
        }

        JsonNumber number = context.NumberOf(instance!);
        double value = number.AsDouble;
        if (value >= minimum && value <= maximum && (!integerOnly || number.IsInteger))
        {
            return true;
        }

        context.Report(Location, "format", expected, InstanceText.Describe(instance));
        return false;
    }
}
