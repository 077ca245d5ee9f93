using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Tests.Infrastructure;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests;

/// <summary>
/// The inbox writer's opt-in modes (its own thread, checkpoints after the batch is answered) keep the promise of
/// the default one: a 202 means the row is committed, and /status accounts for every commit and checkpoint.
/// </summary>
public sealed class InboxWriterModesTests : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private FakeApifox apifox = null!;
    private RelayHarness relay = null!;

    public async Task InitializeAsync()
    {
        apifox = await FakeApifox.StartAsync();
        var settings = RelaySettings.Defaults(temp, apifox, remote: null);
        settings["Relay:QuietWindow"] = "01:00:00";
        settings["Relay:MaxCoalesceDelay"] = "01:00:00";
        settings["Relay:InboxWriterThread"] = "true";
        settings["Relay:InboxCheckpointEveryCommits"] = "1";
        relay = await RelayHarness.StartAsync(temp, settings);
    }

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
        Assert.Equal(inbox.GetProperty("commits").GetInt64(), inbox.GetProperty("checkpoints").GetInt64());
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
