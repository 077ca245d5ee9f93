using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>oneOf</c>: exactly one branch matches.</summary>
internal sealed class OneOfKeyword : Keyword
{
    private readonly SchemaNode[] branches;
    private readonly string expected;

    public OneOfKeyword(string location, SchemaNode[] branches)
        : base(location)
    {
        this.branches = branches;
        expected = $"a value matching exactly one of the {branches.Length.ToString(CultureInfo.InvariantCulture)} oneOf schemas";
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        int first = -1;
        for (int index = 0; index < branches.Length; index++)
        {
            if (!branches[index].Matches(instance, context))
            {
                continue;
            }

            if (first < 0)
            {
                first = index;
                continue;
            }

            if (!context.IsQuiet)
            {
                context.Report(Location, "oneOf", expected, $"{InstanceText.Describe(instance)}, which matches branches {DescribeMatches(instance, context)}");
            }

            return false;
        }

        if (first >= 0)
        {
            return true;
        }

        context.Report(Location, "oneOf", expected, InstanceText.Describe(instance) + ", which matches none (closest branch's violations follow)");
        BranchExplanation.ReportClosestBranch(branches, instance, context);
        return false;
    }

    private string DescribeMatches(JsonNode? instance, ValidationContext context)
    {
        var matching = new List<string>();
        for (int index = 0; index < branches.Length; index++)
        {
            if (branches[index].Matches(instance, context))
            {
                matching.Add(index.ToString(CultureInfo.InvariantCulture));
            }
        }

        return string.Join(", ", matching);
    }
}
