using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>
/// minimum, maximum, exclusiveMinimum, exclusiveMaximum, in both forms: the draft 4 / OpenAPI 3.0 boolean modifier
/// (compiled into an exclusive bound at <c>minimum</c>'s value) and the 2020-12 / OpenAPI 3.1 number.
/// </summary>
internal sealed class NumberBoundKeyword : Keyword
{
    private readonly string keyword;
    private readonly JsonNumber limit;
    private readonly bool isMaximum;
    private readonly bool exclusive;
    private readonly string expected;

    public NumberBoundKeyword(string location, string keyword, JsonNumber limit, bool isMaximum, bool exclusive)
        : base(location)
    {
        this.keyword = keyword;
        this.limit = limit;
        this.isMaximum = isMaximum;
        this.exclusive = exclusive;
        string comparison = (isMaximum, exclusive) switch
        {
            (true, true) => "<",
            (true, false) => "≤",
            (false, true) => ">",
            (false, false) => "≥",
        };
        expected = $"number {comparison} {limit}";
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (kind != JsonValueKind.Number)
        {
            return true;
        }

        int comparison = context.NumberOf(instance!).CompareTo(limit);
        bool valid = isMaximum
            ? (exclusive ? comparison < 0 : comparison <= 0)
            : (exclusive ? comparison > 0 : comparison >= 0);
        if (!valid)
        {
            context.Report(Location, keyword, expected, InstanceText.Describe(instance));
        }

        return valid;
    }
}
