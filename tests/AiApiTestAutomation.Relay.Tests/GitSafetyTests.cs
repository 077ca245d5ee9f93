using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Tests.Infrastructure;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests;

/// <summary>The bot branch belongs to the relay: someone else's commit there stops the sync rather than being built over or overwritten.</summary>
public sealed class GitSafetyTests : SyncFixture
{
    [Fact]
    public async Task Foreign_commit_on_the_bot_branch_is_never_overwritten_and_the_sync_is_dead_lettered()
    {
        await TriggerAndWaitAsync();
        var foreignTip = PushForeignCommit();
        Apifox.Spec = TestSpecs.PetsV2;

        await TriggerAndWaitAsync();

        Assert.Equal(foreignTip, GitRepositories.Run(Remote, "rev-parse", $"refs/heads/{RelaySettings.Branch}"));
        var reason = Assert.Single((await Relay.GetJsonAsync("/deadletters")).EnumerateArray()).GetProperty("reason").GetString();
        Assert.Contains("not made by the relay", reason, StringComparison.Ordinal);
        Assert.Contains("Jane Developer", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relay_continues_from_its_own_earlier_commits_after_losing_its_working_clone()
    {
        await TriggerAndWaitAsync();
        Apifox.Spec = TestSpecs.PetsV2;
        await Relay.DisposeAsync();
        DeleteDirectory(Temp.Combine("relay-clone"));

        // A second relay instance on the same inbox and remote, with no local clone left.
        var settings = RelaySettings.Defaults(Temp, Apifox, Remote);
        await using var restarted = await RelayHarness.StartAsync(Temp, settings);
        using var response = await restarted.SendAsync(WebhookRequests.Apifox(WebhookRequests.Body(content: "after restart")));
        await restarted.WaitForIdleAsync();

        Assert.Equal(2, BotCommits().Count);
        Assert.Empty((await restarted.GetJsonAsync("/deadletters")).EnumerateArray());
    }

    private string PushForeignCommit()
    {
        var clone = Temp.Combine("human-clone");
        GitRepositories.Run(Temp.Path, "clone", "-q", "-b", RelaySettings.Branch, Remote, clone);
        File.AppendAllText(Path.Combine(clone, "NOTES.md"), "hand-written note\n");
        GitRepositories.Run(clone, "add", "NOTES.md");
        GitRepositories.Commit(clone, "Jane Developer", "jane@example.com", "docs: a note on the bot branch");
        GitRepositories.Run(clone, "push", "-q", "origin", RelaySettings.Branch);
        return GitRepositories.Run(clone, "rev-parse", "HEAD");
    }

    private static void DeleteDirectory(string path)
    {
        foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(path, recursive: true);
    }
}
