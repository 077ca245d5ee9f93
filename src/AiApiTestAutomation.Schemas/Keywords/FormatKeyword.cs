using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>format</c> on strings (date-time, uuid, email …), asserted only where the dialect makes it an assertion.</summary>
internal sealed class FormatKeyword : Keyword
{
    private readonly Func<string, bool> check;
    private readonly string expected;

    public FormatKeyword(string location, string format, Func<string, bool> check)
        : base(location)
    {
        this.check = check;
        expected = "a string in format " + format;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (kind != JsonValueKind.String || check(context.StringOf(instance!)))
        {
            return true;
        }

        context.Report(Location, "format", expected, InstanceText.Describe(instance));
        return false;
    }
}
