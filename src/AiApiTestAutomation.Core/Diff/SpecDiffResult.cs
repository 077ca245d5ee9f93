using System.Linq;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Diff;

/// <summary>
/// The operations added, changed and removed between two specs (each as "METHOD /path", sorted) and every change found.
/// An operation counts as changed when anything in it differs, including the schemas it uses.
/// </summary>
public sealed record SpecDiffResult(
    EquatableArray<string> AddedOperations,
    EquatableArray<string> ChangedOperations,
    EquatableArray<string> RemovedOperations,
    EquatableArray<SpecChange> Changes)
{
    public bool HasBreakingChanges => Changes.Any(c => c.IsBreaking);

    public bool IsEmpty => AddedOperations.IsEmpty && ChangedOperations.IsEmpty && RemovedOperations.IsEmpty && Changes.IsEmpty;
}
