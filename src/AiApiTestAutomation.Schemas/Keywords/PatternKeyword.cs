using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>pattern</c>: an ECMA 262 regular expression, unanchored, translated to .NET once and cached.</summary>
internal sealed class PatternKeyword : Keyword
{
    private readonly Regex regex;
    private readonly string expected;

    public PatternKeyword(string location, string pattern, Regex regex)
        : base(location)
    {
        this.regex = regex;
        expected = "string matching /" + pattern + "/";
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (kind != JsonValueKind.String || EcmaRegex.IsMatch(regex, context.StringOf(instance!)))
        {
            return true;
        }

        context.Report(Location, "pattern", expected, InstanceText.Describe(instance));
        return false;
    }
}
