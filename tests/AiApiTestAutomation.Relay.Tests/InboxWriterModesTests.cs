using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Tests.Infrastructure;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests;

/// <summary>
/// Every inbox writer mode keeps the same promise: a 202 means the row is committed, duplicates are still
/// recognised, and /status accounts for every commit (and for every checkpoint the writer runs itself).
/// </summary>
public abstract class InboxWriterModesTests : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private FakeApifox apifox = null!;
    private RelayHarness relay = null!;

    /// <summary>Checkpoints the writer runs per commit in this mode (0 when SQLite checkpoints inside commits).</summary>
    protected abstract int CheckpointsPerCommit { get; }

    public async Task InitializeAsync()
    {
        apifox = await FakeApifox.StartAsync();
        var settings = RelaySettings.Defaults(temp, apifox, remote: null);
        settings["Relay:QuietWindow"] = "01:00:00";
        settings["Relay:MaxCoalesceDelay"] = "01:00:00";
        Configure(settings);
        relay = await RelayHarness.StartAsync(temp, settings);
    }

    protected abstract void Configure(Dictionary<string, string?> settings);

    public async Task DisposeAsync()
    {
        await relay.DisposeAsync();
        await apifox.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task Every_acknowledged_delivery_is_committed_and_counted()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(i => relay.SendAsync(WebhookRequests.Apifox(WebhookRequests.Body(content: $"change {i}")))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(100, relay.Scalar("SELECT COUNT(*) FROM events WHERE project = 'store' AND state = 'pending'"));

        var inbox = (await relay.GetJsonAsync("/status")).GetProperty("inbox");
        Assert.Equal(100, inbox.GetProperty("rows").GetInt64());
        Assert.InRange(inbox.GetProperty("commits").GetInt64(), 1, 100);
        Assert.Equal(inbox.GetProperty("commits").GetInt64() * CheckpointsPerCommit, inbox.GetProperty("checkpoints").GetInt64());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_checkpointed_inbox_still_answers_duplicates()
    {
        var body = WebhookRequests.Body(content: "same change twice");
        using var first = await relay.SendAsync(WebhookRequests.Apifox(body));
        using var repeat = await relay.SendAsync(WebhookRequests.Apifox(body));

        Assert.Contains("accepted", await first.Content.ReadAsStringAsync(), System.StringComparison.Ordinal);
        Assert.Contains("duplicate", await repeat.Content.ReadAsStringAsync(), System.StringComparison.Ordinal);
        Assert.Equal(1, relay.Scalar("SELECT COUNT(*) FROM events WHERE project = 'store'"));
    }
}

/// <summary>Writer on its own thread, checkpointing after every commit.</summary>
public sealed class InboxWriterThreadWithCheckpointsTests : InboxWriterModesTests
{
    protected override int CheckpointsPerCommit => 1;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Relay:InboxWriterThread"] = "true";
        settings["Relay:InboxCheckpointEveryCommits"] = "1";
    }
}

/// <summary>The default before checkpoints moved after the answer: SQLite checkpoints inside the commit.</summary>
public sealed class InboxWriterSqliteAutocheckpointTests : InboxWriterModesTests
{
    protected override int CheckpointsPerCommit => 0;

    protected override void Configure(Dictionary<string, string?> settings) => settings["Relay:InboxCheckpointEveryCommits"] = "0";
}
