using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Tests.Infrastructure;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests;

/// <summary>Health, status, the admin token, and that no token or secret ever reaches a log line.</summary>
public sealed class ObservabilityTests : SyncFixture
{
    private const string AdminToken = "admin-token-93be0c7d1f";

    private protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Relay:AdminToken"] = AdminToken;

        // A remote URL with credentials, as an HTTPS remote with a token would have; the relay must never print it.
        settings["Relay:Projects:0:Remote"] = $"file://git-user:remote-password-55e1@localhost{Remote}";
    }

    [Fact]
    public async Task Liveness_and_readiness_report_every_check()
    {
        var live = await Relay.Client.GetAsync("/health/live");
        var ready = await Relay.GetJsonAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.True(ready.GetProperty("checks").GetProperty("database").GetBoolean());
        Assert.True(ready.GetProperty("checks").GetProperty("inboxWriter").GetBoolean());
        Assert.True(ready.GetProperty("checks").GetProperty("worker").GetBoolean());
    }

    [Fact]
    public async Task Status_and_dead_letters_require_the_admin_token_when_one_is_configured()
    {
        using var anonymous = await Relay.Client.GetAsync("/status");
        using var anonymousDeadLetters = await Relay.Client.GetAsync("/deadletters");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousDeadLetters.StatusCode);
    }

    [Fact]
    public async Task Status_shows_queue_depth_last_sync_circuit_and_dead_letters()
    {
        await TriggerAndWaitAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/status");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminToken);
        using var response = await Relay.Client.SendAsync(request);
        var status = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(0, status.GetProperty("queueDepth").GetInt32());
        Assert.Equal(0, status.GetProperty("deadLetters").GetInt32());
        var project = status.GetProperty("projects")[0];
        Assert.Equal("Closed", project.GetProperty("circuit").GetString());
        var lastSync = project.GetProperty("lastSync");
        Assert.Equal("committed", lastSync.GetProperty("outcome").GetString());
        Assert.Equal(GitRepositories.Run(Remote, "rev-parse", $"refs/heads/{RelaySettings.Branch}"), lastSync.GetProperty("commit").GetString());
        Assert.Equal(64, lastSync.GetProperty("specSha256").GetString()!.Length);
    }

    [Fact]
    public async Task Tokens_and_secrets_never_appear_in_logs_even_when_things_fail()
    {
        Apifox.EnqueueStatus(500, times: 4);
        await TriggerAndWaitAsync();
        using var rejected = await Relay.SendAsync(WebhookRequests.Apifox(WebhookRequests.Body(), secret: "wrong"));
        await TriggerAndWaitAsync();

        // The sync is visible in /status a moment before its log line is written: wait for the line.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Relay.Logs.Lines.Any(line => line.Contains("synced", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var logs = string.Join("\n", Relay.Logs.Lines);
        Assert.Contains("dead-lettered", logs, StringComparison.Ordinal);
        Assert.Contains("synced", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { RelaySettings.ApifoxToken, RelaySettings.SigningSecret, AdminToken, "remote-password-55e1" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }
}
