using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests.Infrastructure;

/// <summary>A relay wired to a fake Apifox and a bare remote, started per test; derived tests adjust settings before start.</summary>
public abstract class SyncFixture : IAsyncLifetime
{
    private protected TempDirectory Temp { get; } = new();

    private protected FakeApifox Apifox { get; private set; } = null!;

    private protected RelayHarness Relay { get; private set; } = null!;

    private protected string Remote { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Apifox = await FakeApifox.StartAsync();
        Remote = GitRepositories.CreateRemote(Temp);
        var settings = RelaySettings.Defaults(Temp, Apifox, Remote);
        Configure(settings);
        Relay = await RelayHarness.StartAsync(Temp, settings);
    }

    public async Task DisposeAsync()
    {
        await Relay.DisposeAsync();
        await Apifox.DisposeAsync();
        Temp.Dispose();
    }

    private protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    private protected IReadOnlyList<(string Sha, string Email, string Message)> BotCommits() =>
        GitRepositories.BranchCommits(Remote, RelaySettings.Branch);

    /// <summary>Sends one signed Apifox webhook and waits until the worker has dealt with it.</summary>
    private protected async Task TriggerAndWaitAsync(string eventType = "API_UPDATED", string? content = null)
    {
        using var response = await Relay.SendAsync(WebhookRequests.Apifox(WebhookRequests.Body(eventType, content ?? Guid.NewGuid().ToString())));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Relay.WaitForIdleAsync();
    }
}
