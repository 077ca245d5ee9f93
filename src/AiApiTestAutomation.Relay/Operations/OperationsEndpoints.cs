using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using AiApiTestAutomation.Relay.Inbox;
using AiApiTestAutomation.Relay.Options;
using AiApiTestAutomation.Relay.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace AiApiTestAutomation.Relay.Operations;

/// <summary>Health probes, the status page and the dead-letter store's list and replay.</summary>
internal static class OperationsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        endpoints.MapGet("/health/ready", Readiness);
        endpoints.MapGet("/health", Readiness);

        var admin = endpoints.MapGroup(string.Empty).AddEndpointFilter(async (context, next) =>
            IsAdmin(context.HttpContext) ? await next(context) : Results.Json(new { error = "admin token required" }, statusCode: StatusCodes.Status401Unauthorized));

        admin.MapGet("/status", (InboxStore store, UpstreamPipelines pipelines, GroupCommitStats inbox, IOptions<RelayOptions> options) =>
        {
            var (queueDepth, deadLetters) = store.Counts();
            var syncs = store.Syncs();
            var circuits = pipelines.CircuitStates();
            return Results.Json(new
            {
                queueDepth,
                deadLetters,
                inbox = inbox.Snapshot(),
                projects = options.Value.Projects.Select(p => new
                {
                    key = p.Key,
                    source = p.Source.ToString(),
                    branch = p.EffectiveBranch,
                    circuit = circuits.TryGetValue(p.Key, out var state) ? state : "Closed",
                    lastSync = syncs.TryGetValue(p.Key, out var sync)
                        ? new { outcome = sync.Outcome, specSha256 = sync.SpecSha256, commit = sync.CommitSha, at = sync.SyncedAt }
                        : null,
                }),
            });
        });

        admin.MapGet("/deadletters", (InboxStore store) => Results.Json(store.DeadLetters().Select(d => new
        {
            id = d.Id,
            project = d.Project,
            reason = d.Reason,
            events = d.Events,
            createdAt = d.CreatedAt,
            replayedAt = d.ReplayedAt,
        })));

        admin.MapPost("/deadletters/{id:long}/replay", async (long id, InboxStore store, InboxWriter inbox, TimeProvider clock) =>
        {
            if (store.FindDeadLetter(id) is not { } deadLetter)
            {
                return Results.Json(new { error = "no such dead letter" }, statusCode: StatusCodes.Status404NotFound);
            }

            // The dead letter's id is the delivery id, so replaying the same dead letter twice queues one sync.
            var now = clock.GetUtcNow();
            var written = await inbox.WriteAsync(new InboxEvent(deadLetter.Project, $"replay:{id}", "replay", "REPLAY", RelayDatabase.ToUnixMs(now)));
            if (!written.Stored)
            {
                return Results.Json(new { error = "already replayed" }, statusCode: StatusCodes.Status409Conflict);
            }

            store.MarkReplayed(id, now);
            return Results.Json(new { status = "replaying", eventId = written.Id }, statusCode: StatusCodes.Status202Accepted);
        });
    }

    private static IResult Readiness(InboxStore store, InboxWriter inbox, SyncWorker worker)
    {
        var database = store.IsReachable();
        var ready = database && inbox.IsRunning && worker.IsRunning;
        return Results.Json(
            new { status = ready ? "ready" : "not ready", checks = new { database, inboxWriter = inbox.IsRunning, worker = worker.IsRunning } },
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static bool IsAdmin(HttpContext context)
    {
        var token = context.RequestServices.GetService(typeof(IOptions<RelayOptions>)) is IOptions<RelayOptions> options ? options.Value.AdminToken : null;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }

        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(
                SHA256.HashData(Encoding.UTF8.GetBytes(header.Substring(7))),
                SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
