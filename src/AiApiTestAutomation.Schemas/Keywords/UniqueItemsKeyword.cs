using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>uniqueItems: true</c>: no two items are equal by JSON equality.</summary>
internal sealed class UniqueItemsKeyword : Keyword
{
    public UniqueItemsKeyword(string location)
        : base(location)
    {
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (instance is not JsonArray array)
        {
            return true;
        }

        for (int first = 0; first < array.Count; first++)
        {
            for (int second = first + 1; second < array.Count; second++)
            {
                if (JsonEquality.AreEqual(array[first], array[second]))
                {
                    string where = $"items {first.ToString(CultureInfo.InvariantCulture)} and {second.ToString(CultureInfo.InvariantCulture)} equal ({InstanceText.Describe(array[first])})";
                    context.Report(Location, "uniqueItems", "unique items", where);
                    return false;
                }
            }
        }

        return true;
    }
}
