using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiApiTestAutomation.Core.Diff;
using AiApiTestAutomation.Relay.Options;

namespace AiApiTestAutomation.Relay.Git;

/// <summary>
/// The sync commit's message: a conventional-commit subject with the operation counts, the breaking changes
/// (so a reviewer sees them in the log), and machine-readable trailers as the last paragraph.
/// </summary>
internal static class CommitMessage
{
    private const int MaxListedChanges = 20;

    public static string Build(ProjectOptions project, IReadOnlyCollection<string> events, string specSha256, SpecDiffResult diff)
    {
        var counts = $"({diff.AddedOperations.Count} operations added, {diff.ChangedOperations.Count} changed, {diff.RemovedOperations.Count} removed)";
        var subject = project.Source == SpecSourceKind.Apifox
            ? $"chore(api-spec): sync Apifox project {project.Apifox.ProjectId} {counts}"
            : $"chore(api-spec): sync spec URL of {project.Key} {counts}";

        var message = new StringBuilder(subject).Append("\n\n");
        var breaking = diff.Changes.Where(c => c.IsBreaking).ToList();
        if (breaking.Count > 0)
        {
            message.Append("Breaking changes:\n");
            foreach (var change in breaking.Take(MaxListedChanges))
            {
                message.Append("- ").Append(change.OperationOrSchema).Append(": ").Append(change.Description).Append('\n');
            }

            if (breaking.Count > MaxListedChanges)
            {
                message.Append("- … and ").Append(breaking.Count - MaxListedChanges).Append(" more\n");
            }

            message.Append('\n');
        }

        message.Append("Apifox-Project: ").Append(project.DisplayId).Append('\n');
        message.Append("Apifox-Event: ").Append(events.Count == 0 ? "RECONCILE" : string.Join(", ", events)).Append('\n');
        message.Append("Spec-SHA256: ").Append(specSha256).Append('\n');
        return message.ToString();
    }
}
