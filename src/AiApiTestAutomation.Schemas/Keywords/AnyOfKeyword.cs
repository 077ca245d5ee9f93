using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>anyOf</c>: at least one branch matches.</summary>
internal sealed class AnyOfKeyword : Keyword
{
    private readonly SchemaNode[] branches;
    private readonly string expected;

    public AnyOfKeyword(string location, SchemaNode[] branches)
        : base(location)
    {
        this.branches = branches;
        expected = $"a value matching at least one of the {branches.Length.ToString(CultureInfo.InvariantCulture)} anyOf schemas";
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        foreach (SchemaNode branch in branches)
        {
            if (branch.Matches(instance, context))
            {
                return true;
            }
        }

        context.Report(Location, "anyOf", expected, InstanceText.Describe(instance) + ", which matches none (closest branch's violations follow)");
        BranchExplanation.ReportClosestBranch(branches, instance, context);
        return false;
    }
}
