using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests;

/// <summary>
/// SIGKILL the relay process while deliveries arrive and exports are in flight, start it again, and check that every
/// acknowledged delivery was processed and each project's (unchanging) spec produced exactly one commit.
/// </summary>
public sealed class CrashSafetyTests : IAsyncLifetime
{
    private const string Secret = "whsec_Y3Jhc2gtdGVzdC1zZWNyZXQta2V5";
    private static readonly string[] Projects = { "alpha", "beta" };

    private readonly TempDirectory temp = new();
    private FakeApifox apifox = null!;

    public async Task InitializeAsync() => apifox = await FakeApifox.StartAsync();

    public async Task DisposeAsync()
    {
        await apifox.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task Every_acknowledged_event_survives_a_SIGKILL_and_each_spec_is_committed_exactly_once()
    {
        var remote = GitRepositories.CreateRemote(temp);
        var settings = Settings(remote);
        var port = RelayProcess.FreePort();

        // Slow exports keep syncs in flight when the process dies.
        apifox.Delay = TimeSpan.FromMilliseconds(400);
        var acknowledged = new ConcurrentBag<string>();
        using (var relay = await RelayProcess.StartAsync(temp.Path, port, settings))
        {
            using var client = new HttpClient { BaseAddress = new Uri(relay.BaseUrl) };
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 16).Select(sender => SendUntilStoppedAsync(client, sender, acknowledged, stop.Token)).ToArray();

            await WaitUntilAsync(() => acknowledged.Count >= 150 && !apifox.Requests.IsEmpty, "deliveries acknowledged and an export in flight");
            relay.Crash();
            stop.Cancel();
            await Task.WhenAll(senders);
        }

        Assert.True(Count(settings, "SELECT COUNT(*) FROM events WHERE state = 'pending'") > 0, "the crash should leave work pending, or the test proves nothing");

        apifox.Delay = TimeSpan.Zero;
        using (var restarted = await RelayProcess.StartAsync(temp.Path, port, settings))
        {
            await WaitUntilAsync(() => Count(settings, "SELECT COUNT(*) FROM events WHERE state = 'pending'") == 0, "the restarted relay to drain the inbox");
        }

        var done = DeliveryIds(settings, "SELECT delivery_id FROM events WHERE state = 'done'");
        var lost = acknowledged.Where(id => !done.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged deliveries were not processed: {string.Join(", ", lost.Take(10))}");
        Assert.Equal(0, Count(settings, "SELECT COUNT(*) FROM dead_letters"));
        foreach (var project in Projects)
        {
            Assert.Single(GitRepositories.BranchCommits(remote, $"apifox-sync/{project}"));
        }
    }

    private static async Task SendUntilStoppedAsync(HttpClient client, int sender, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var id = $"s{sender}-{i}";
            var project = Projects[i % Projects.Length];
            try
            {
                using var request = WebhookRequests.Standard(WebhookRequests.Body(content: id), Secret, id, DateTimeOffset.UtcNow, key: project);
                using var response = await client.SendAsync(request, stop);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    acknowledged.Add(id);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                // The process is gone (or going): this delivery was never acknowledged, so the sender would retry it.
                return;
            }
        }
    }

    private Dictionary<string, string?> Settings(string remote)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Relay:DatabasePath"] = temp.Combine("relay.db"),
            ["Relay:QuietWindow"] = "00:00:00.100",
            ["Relay:MaxCoalesceDelay"] = "00:00:00.300",
            ["Relay:PollInterval"] = "00:00:00.050",
            ["Relay:ReconcileInterval"] = "00:00:00",
            ["Relay:Upstream:AttemptTimeout"] = "00:00:05",
        };
        for (var i = 0; i < Projects.Length; i++)
        {
            var prefix = $"Relay:Projects:{i}:";
            settings[prefix + "Key"] = Projects[i];
            settings[prefix + "Apifox:BaseUrl"] = apifox.BaseUrl;
            settings[prefix + "Apifox:ProjectId"] = $"{100 + i}";
            settings[prefix + "Apifox:Token"] = "crash-test-token";
            settings[prefix + "Auth:Mode"] = "StandardWebhooks";
            settings[prefix + "Auth:Secrets:0"] = Secret;
            settings[prefix + "RepositoryPath"] = temp.Combine($"clone-{Projects[i]}");
            settings[prefix + "SpecPath"] = "specs/pets.openapi.json";
            settings[prefix + "Remote"] = remote;
        }

        return settings;
    }

    private static long Count(IDictionary<string, string?> settings, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={settings["Relay:DatabasePath"]};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static HashSet<string> DeliveryIds(IDictionary<string, string?> settings, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={settings["Relay:DatabasePath"]};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for: {what}");
            }

            await Task.Delay(25);
        }
    }
}
