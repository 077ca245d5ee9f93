using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Tests.Infrastructure;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests;

/// <summary>Webhook to commit on the remote: the export contract, coalescing, the commit itself and no commit when nothing changed.</summary>
public sealed class SyncTests : SyncFixture
{
    [Fact]
    public async Task Export_request_follows_the_Apifox_contract()
    {
        await TriggerAndWaitAsync();

        var export = Assert.Single(Apifox.Requests);
        Assert.Equal("POST", export.Method);
        Assert.Equal($"/v1/projects/{RelaySettings.ApifoxProjectId}/export-openapi", export.Path);
        Assert.Equal($"Bearer {RelaySettings.ApifoxToken}", export.Authorization);
        Assert.Equal("2024-03-28", export.ApiVersion);
        Assert.Equal(
            """{"scope":{"type":"ALL"},"options":{"includeApifoxExtensionProperties":false,"addFoldersToTags":false},"oasVersion":"3.1","exportFormat":"JSON"}""",
            export.Body);
    }

    [Fact]
    public async Task A_burst_of_events_coalesces_into_one_export_and_one_commit()
    {
        var sends = Enumerable.Range(0, 8)
            .Select(i => Relay.SendAsync(WebhookRequests.Apifox(WebhookRequests.Body(i % 2 == 0 ? "API_UPDATED" : "DATA_SCHEMA_UPDATED", $"change {i}"))))
            .ToArray();
        Assert.All(await Task.WhenAll(sends), r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));

        await Relay.WaitForIdleAsync();

        Assert.Single(Apifox.Requests);
        var commit = Assert.Single(BotCommits());
        Assert.Contains("Apifox-Event: API_UPDATED, DATA_SCHEMA_UPDATED", commit.Message, StringComparison.Ordinal);
        Assert.Equal(8, Relay.Scalar("SELECT COUNT(*) FROM events WHERE state = 'done'"));
    }

    [Fact]
    public async Task Commit_on_the_bot_branch_has_the_subject_counts_and_trailers()
    {
        await TriggerAndWaitAsync("API_CREATED");

        var commit = Assert.Single(BotCommits());
        var spec = GitRepositories.Show(Remote, RelaySettings.Branch, RelaySettings.SpecPath);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(spec)));
        var lines = commit.Message.Split('\n');
        Assert.Equal("chore(api-spec): sync Apifox project 4711 (2 operations added, 0 changed, 0 removed)", lines[0]);
        Assert.Equal(new[] { "Apifox-Project: 4711", "Apifox-Event: API_CREATED", $"Spec-SHA256: {sha}" }, lines[^3..]);
        Assert.Equal("apifox-sync@relay.invalid", commit.Email);
    }

    [Fact]
    public async Task Committed_spec_is_canonical_indented_json_with_lf_and_one_trailing_newline()
    {
        await TriggerAndWaitAsync();

        var spec = GitRepositories.Show(Remote, RelaySettings.Branch, RelaySettings.SpecPath);
        Assert.StartsWith("{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\n    \"title\": \"宠物 Pets\"", spec, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', spec);
        Assert.EndsWith("}\n", spec, StringComparison.Ordinal);
        Assert.False(spec.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unchanged_spec_makes_no_second_commit_even_when_formatted_differently()
    {
        await TriggerAndWaitAsync();
        Apifox.Spec = TestSpecs.PetsV1.Replace(",", ",\r\n  ", StringComparison.Ordinal) + "\r\n\r\n";

        await TriggerAndWaitAsync();

        Assert.Equal(2, Apifox.Requests.Count);
        Assert.Single(BotCommits());
        var status = await Relay.GetJsonAsync("/status");
        Assert.Equal("unchanged", status.GetProperty("projects")[0].GetProperty("lastSync").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Changed_spec_is_committed_on_top_with_counts_and_breaking_changes_from_the_diff()
    {
        await TriggerAndWaitAsync();
        Apifox.Spec = TestSpecs.PetsV2;

        await TriggerAndWaitAsync();

        var commits = BotCommits();
        Assert.Equal(2, commits.Count);
        var latest = commits[0].Message;
        Assert.StartsWith("chore(api-spec): sync Apifox project 4711 (1 operations added, 2 changed, 0 removed)", latest, StringComparison.Ordinal);
        Assert.Contains("- GET /pets/{id}: response 404 removed", latest, StringComparison.Ordinal);
        Assert.Contains("- Pet.tag: property removed", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Branch_builds_on_main_and_keeps_its_history()
    {
        await TriggerAndWaitAsync();

        var parent = GitRepositories.Run(Remote, "rev-parse", $"refs/heads/{RelaySettings.Branch}^");
        Assert.Equal(GitRepositories.Run(Remote, "rev-parse", "refs/heads/main"), parent);
    }
}

/// <summary>The plain spec-URL source, for teams that publish their OpenAPI document somewhere other than Apifox.</summary>
public sealed class SpecUrlSourceTests : SyncFixture
{
    private protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Relay:Projects:0:Source"] = "SpecUrl";
        settings["Relay:Projects:0:SpecUrl"] = Apifox.SpecUrl;
        settings["Relay:Projects:0:SpecUrlHeaders:Authorization"] = "Bearer published-spec-token";
    }

    [Fact]
    public async Task Spec_url_is_fetched_with_its_headers_and_committed()
    {
        await TriggerAndWaitAsync();

        var fetch = Assert.Single(Apifox.Requests);
        Assert.Equal("GET", fetch.Method);
        Assert.Equal("Bearer published-spec-token", fetch.Authorization);
        Assert.StartsWith("chore(api-spec): sync spec URL of store (2 operations added", Assert.Single(BotCommits()).Message, StringComparison.Ordinal);
    }
}

/// <summary>The scheduled reconciliation export: with no webhook at all, the spec still arrives.</summary>
public sealed class ReconciliationTests : SyncFixture
{
    private protected override void Configure(Dictionary<string, string?> settings) =>
        settings["Relay:ReconcileInterval"] = "00:00:00.300";

    [Fact]
    public async Task Missed_webhook_heals_itself_through_the_scheduled_export()
    {
        await Relay.WaitUntilAsync(() => BotCommits().Count == 1, "a commit from reconciliation");

        Assert.Contains("Apifox-Event: RECONCILE", BotCommits()[0].Message, StringComparison.Ordinal);
    }
}
