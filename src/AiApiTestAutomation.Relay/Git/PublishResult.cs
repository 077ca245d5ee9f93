namespace AiApiTestAutomation.Relay.Git;

/// <summary>What publishing a spec did: whether it made a commit, the branch tip afterwards, and whether the remote has it.</summary>
internal sealed record PublishResult(bool Committed, string? CommitSha, bool Pushed);
