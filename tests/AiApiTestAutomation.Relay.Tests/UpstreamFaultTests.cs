using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Tests.Infrastructure;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests;

/// <summary>Upstream faults through the real resilience pipeline: retries, Retry-After, timeouts, dead letters and replay.</summary>
public sealed class UpstreamFaultTests : SyncFixture
{
    [Fact]
    public async Task Server_errors_are_retried_until_the_export_succeeds()
    {
        Apifox.EnqueueStatus(500, times: 2);

        await TriggerAndWaitAsync();

        Assert.Equal(3, Apifox.Requests.Count);
        Assert.Single(BotCommits());
    }

    [Fact]
    public async Task Rate_limit_with_retry_after_is_retried()
    {
        Apifox.EnqueueStatus(429, retryAfter: "1");
        Apifox.EnqueueStatus(503, retryAfter: "0");

        await TriggerAndWaitAsync();

        Assert.Equal(3, Apifox.Requests.Count);
        Assert.Single(BotCommits());
        Assert.Contains(Relay.Logs.Lines, l => l.Contains("retry 1 in 1000 ms", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hanging_export_times_out_and_is_retried()
    {
        Apifox.EnqueueHang();

        await TriggerAndWaitAsync();

        Assert.Equal(2, Apifox.Requests.Count);
        Assert.Single(BotCommits());
        Assert.Contains(Relay.Logs.Lines, l => l.Contains("TimeoutRejectedException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Persistent_failure_is_dead_lettered_then_replay_syncs_once_the_upstream_recovers()
    {
        Apifox.EnqueueStatus(500, times: 4);

        await TriggerAndWaitAsync();

        Assert.Equal(4, Apifox.Requests.Count);
        Assert.Empty(BotCommits());
        var deadLetter = Assert.Single((await Relay.GetJsonAsync("/deadletters")).EnumerateArray());
        Assert.Contains("500", deadLetter.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await Relay.GetJsonAsync("/status")).GetProperty("deadLetters").GetInt32());

        using var replay = await Relay.Client.PostAsync($"/deadletters/{deadLetter.GetProperty("id").GetInt64()}/replay", null);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await Relay.WaitForIdleAsync();

        Assert.Contains("Apifox-Event: REPLAY", Assert.Single(BotCommits()).Message, StringComparison.Ordinal);
        Assert.Equal(0, (await Relay.GetJsonAsync("/status")).GetProperty("deadLetters").GetInt32());
        using var again = await Relay.Client.PostAsync($"/deadletters/{deadLetter.GetProperty("id").GetInt64()}/replay", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Invalid_document_is_dead_lettered_and_the_repository_is_not_touched()
    {
        Apifox.Spec = TestSpecs.NotOpenApi;

        await TriggerAndWaitAsync();

        Assert.False(GitRepositories.BranchExists(Remote, RelaySettings.Branch));
        var reason = Assert.Single((await Relay.GetJsonAsync("/deadletters")).EnumerateArray()).GetProperty("reason").GetString();
        Assert.Contains("not a valid OpenAPI document", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retired_api_version_422_is_not_retried_and_is_dead_lettered_with_the_answer()
    {
        Apifox.Enqueue(async context =>
        {
            context.Response.StatusCode = 422;
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, """{"errorCode":"INVALID_API_VERSION"}""");
        });

        await TriggerAndWaitAsync();

        Assert.Single(Apifox.Requests);
        var reason = Assert.Single((await Relay.GetJsonAsync("/deadletters")).EnumerateArray()).GetProperty("reason").GetString();
        Assert.Contains("422", reason, StringComparison.Ordinal);
        Assert.Contains("INVALID_API_VERSION", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replaying_an_unknown_dead_letter_is_404()
    {
        using var response = await Relay.Client.PostAsync("/deadletters/999/replay", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>The circuit breaker: after enough failures the relay stops calling the upstream and keeps the events pending.</summary>
public sealed class CircuitBreakerTests : SyncFixture
{
    private protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Relay:Upstream:MaxRetries"] = "5";
        settings["Relay:Upstream:BreakerMinimumThroughput"] = "3";
        settings["Relay:Upstream:BreakerFailureRatio"] = "0.5";
        settings["Relay:Upstream:BreakerBreakDuration"] = "00:05:00";
    }

    [Fact]
    public async Task Open_circuit_stops_calls_and_leaves_the_events_pending()
    {
        Apifox.EnqueueStatus(500, times: 20);
        using var response = await Relay.SendAsync(WebhookRequests.Apifox(WebhookRequests.Body()));

        await Relay.WaitUntilAsync(() => Relay.Logs.Lines.Any(l => l.Contains("events stay pending", StringComparison.Ordinal)), "the open circuit to be reported");

        Assert.Equal(3, Apifox.Requests.Count);
        Assert.Equal(1, Relay.Scalar("SELECT COUNT(*) FROM events WHERE state = 'pending'"));
        Assert.Equal("Open", (await Relay.GetJsonAsync("/status")).GetProperty("projects")[0].GetProperty("circuit").GetString());
        Assert.Empty((await Relay.GetJsonAsync("/deadletters")).EnumerateArray());
    }
}
