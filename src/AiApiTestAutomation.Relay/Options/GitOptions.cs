namespace AiApiTestAutomation.Relay.Options;

/// <summary>The identity the relay commits as; commits by anyone else on a bot branch are never overwritten.</summary>
public sealed class GitOptions
{
    public string AuthorName { get; set; } = "apifox-sync[bot]";

    public string AuthorEmail { get; set; } = "apifox-sync@relay.invalid";

    /// <summary>Attempts at fetch-commit-push when a push is rejected or the remote is unreachable.</summary>
    public int PushAttempts { get; set; } = 3;

    public string Executable { get; set; } = "git";
}
