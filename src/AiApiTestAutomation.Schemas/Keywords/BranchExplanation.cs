using System.Collections.Generic;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>
/// When no anyOf/oneOf branch matches, "none matched" alone is useless: re-run the branches collecting their
/// violations (only on this failure path) and report those of the closest branch.
/// </summary>
internal static class BranchExplanation
{
    public static void ReportClosestBranch(SchemaNode[] branches, JsonNode? instance, ValidationContext context)
    {
        if (context.IsQuiet)
        {
            return;
        }

        List<SchemaViolation>? closest = null;
        foreach (SchemaNode branch in branches)
        {
            int mark = context.ViolationCount;
            branch.Evaluate(instance, context);
            List<SchemaViolation> found = context.TakeSince(mark);
            if (closest is null || found.Count < closest.Count)
            {
                closest = found;
            }
        }

        if (closest is not null)
        {
            context.AddAll(closest);
        }
    }
}
