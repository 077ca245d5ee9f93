namespace AiApiTestAutomation.Relay.Sync;

/// <summary>A finished sync: the spec's hash and the branch tip, and whether a commit was made.</summary>
internal sealed record SyncOutcome(string SpecSha256, string? CommitSha, bool Committed, bool Pushed)
{
    public string Description => Committed ? $"committed {CommitSha}" : $"unchanged at {CommitSha ?? "(no commit)"}";
}
