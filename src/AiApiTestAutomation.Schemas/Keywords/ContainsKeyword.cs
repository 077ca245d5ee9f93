using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>contains</c> with <c>minContains</c>/<c>maxContains</c> (2020-12): how many items match a schema.</summary>
internal sealed class ContainsKeyword : Keyword
{
    private readonly SchemaNode schema;
    private readonly long minimum;
    private readonly long? maximum;
    private readonly string expected;

    public ContainsKeyword(string location, SchemaNode schema, long minimum, long? maximum)
        : base(location)
    {
        this.schema = schema;
        this.minimum = minimum;
        this.maximum = maximum;
        expected = maximum is null
            ? $"at least {minimum.ToString(CultureInfo.InvariantCulture)} item(s) matching the contains schema"
            : $"between {minimum.ToString(CultureInfo.InvariantCulture)} and {maximum.Value.ToString(CultureInfo.InvariantCulture)} items matching the contains schema";
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (instance is not JsonArray array)
        {
            return true;
        }

        long matches = 0;
        foreach (JsonNode? item in array)
        {
            if (schema.Matches(item, context))
            {
                matches++;
            }
        }

        if (matches >= minimum && (maximum is null || matches <= maximum))
        {
            return true;
        }

        context.Report(Location, "contains", expected, $"{matches.ToString(CultureInfo.InvariantCulture)} matching");
        return false;
    }
}
