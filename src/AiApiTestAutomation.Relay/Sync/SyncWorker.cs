using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Git;
using AiApiTestAutomation.Relay.Inbox;
using AiApiTestAutomation.Relay.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace AiApiTestAutomation.Relay.Sync;

/// <summary>
/// Turns pending inbox events into syncs. A project's events coalesce: its sync starts once no new event has
/// arrived for the quiet window (or the burst has lasted the maximum delay), and covers every event up to the
/// newest id seen then. Events are marked done only after the sync finished, so a crash leaves them pending
/// and the next start processes them again; an unchanged spec then makes no second commit.
/// </summary>
internal sealed class SyncWorker(
    InboxStore store,
    InboxWriter inbox,
    WorkSignal signal,
    SpecSynchronizer synchronizer,
    SecretRedactor redactor,
    IOptions<RelayOptions> options,
    TimeProvider clock,
    ILogger<SyncWorker> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Task> running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> notBefore = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectOptions> projects = options.Value.Projects.ToDictionary(p => p.Key, StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> nextReconcile = new(StringComparer.Ordinal);
    private DateTimeOffset nextPrune = DateTimeOffset.MinValue;

    public bool IsRunning { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        IsRunning = true;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    signal.BeginPass();
                    var now = clock.GetUtcNow();
                    await ScheduleReconciliationsAsync(now, settings);
                    PruneIfDue(now, settings);
                    StartDueSyncs(now, settings, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Worker pass failed; retrying on the next pass");
                }

                await signal.WaitAsync(settings.PollInterval, settings.QuietWindow, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: syncs in flight see the same token and leave their events pending for the next start.
        }
        finally
        {
            IsRunning = false;
            await Task.WhenAll(running.Values.ToArray());
        }
    }

    private void StartDueSyncs(DateTimeOffset now, RelayOptions settings, CancellationToken stoppingToken)
    {
        var nowMs = RelayDatabase.ToUnixMs(now);
        foreach (var pending in store.PendingProjects())
        {
            if (running.ContainsKey(pending.Project) || (notBefore.TryGetValue(pending.Project, out var wait) && now < wait))
            {
                continue;
            }

            var quiet = nowMs - pending.LastReceivedMs >= (long)settings.QuietWindow.TotalMilliseconds;
            var overdue = nowMs - pending.FirstReceivedMs >= (long)settings.MaxCoalesceDelay.TotalMilliseconds;
            if (!quiet && !overdue)
            {
                continue;
            }

            var task = Task.Run(() => RunAsync(pending, stoppingToken), CancellationToken.None);
            running[pending.Project] = task;
            _ = task.ContinueWith(_ => { running.TryRemove(pending.Project, out Task? _); signal.Notify(); }, TaskScheduler.Default);
        }
    }

    private async Task RunAsync(PendingProject pending, CancellationToken stoppingToken)
    {
        var events = store.PendingEventTypes(pending.Project, pending.MaxId);
        var summary = $"{pending.Count} event(s) up to id {pending.MaxId}: {string.Join(", ", events)}";
        if (!projects.TryGetValue(pending.Project, out var project))
        {
            DeadLetter(pending, summary, $"Project '{pending.Project}' is no longer configured.");
            return;
        }

        try
        {
            logger.LogInformation("Syncing project {Project}: {Summary}", project.Key, summary);
            var outcome = await synchronizer.SyncAsync(project, events, stoppingToken);
            // Sync state first, then the events: whoever sees the queue empty also sees this sync on /status.
            // A crash in between leaves the events pending, and the redone sync overwrites the same record.
            store.RecordSync(new SyncRecord(project.Key, outcome.Committed ? "committed" : "unchanged", outcome.SpecSha256, outcome.CommitSha, clock.GetUtcNow()));
            store.MarkDone(project.Key, pending.MaxId, outcome.Description);
            logger.LogInformation(
                "Project {Project} synced: {Outcome}, spec {SpecSha256}, pushed {Pushed}", project.Key, outcome.Description, outcome.SpecSha256, outcome.Pushed);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Sync of project {Project} interrupted by shutdown; its events stay pending", project.Key);
        }
        catch (BrokenCircuitException)
        {
            // The upstream is known to be down: keep the events and try again once the circuit may have closed.
            var retryAt = clock.GetUtcNow() + options.Value.Upstream.BreakerBreakDuration;
            notBefore[project.Key] = retryAt;
            logger.LogWarning("Circuit for project {Project} is open; events stay pending until {RetryAt:O}", project.Key, retryAt);
        }
        catch (DeadLetterException ex)
        {
            DeadLetter(pending, summary, ex.Message);
        }
        catch (Exception ex)
        {
            // Retries are exhausted by now (timeouts, 5xx, 429, network) or the failure is unexpected: park it for a human.
            DeadLetter(pending, summary, $"Sync failed after retries: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private void DeadLetter(PendingProject pending, string summary, string reason)
    {
        var safeReason = redactor.Redact(reason);
        store.RecordSync(new SyncRecord(pending.Project, "dead-lettered", null, null, clock.GetUtcNow()));
        var id = store.DeadLetter(pending.Project, pending.MaxId, safeReason, summary, clock.GetUtcNow());
        logger.LogWarning("Project {Project} dead-lettered as {DeadLetterId}: {Reason}", pending.Project, id, safeReason);
    }

    /// <summary>Each project is exported on a schedule even without webhooks; the slot number makes the event idempotent.</summary>
    private async Task ScheduleReconciliationsAsync(DateTimeOffset now, RelayOptions settings)
    {
        if (settings.ReconcileInterval <= TimeSpan.Zero)
        {
            return;
        }

        foreach (var key in projects.Keys)
        {
            if (!nextReconcile.TryGetValue(key, out var due))
            {
                nextReconcile[key] = now + settings.ReconcileInterval;
                continue;
            }

            if (now < due)
            {
                continue;
            }

            var slot = now.ToUnixTimeMilliseconds() / (long)settings.ReconcileInterval.TotalMilliseconds;
            await inbox.WriteAsync(new InboxEvent(key, $"reconcile:{slot}", "reconcile", "RECONCILE", RelayDatabase.ToUnixMs(now)));
            nextReconcile[key] = now + settings.ReconcileInterval;
        }
    }

    private void PruneIfDue(DateTimeOffset now, RelayOptions settings)
    {
        if (now < nextPrune)
        {
            return;
        }

        nextPrune = now + TimeSpan.FromHours(1);
        var pruned = store.Prune(now - settings.EventRetention);
        if (pruned > 0)
        {
            logger.LogInformation("Pruned {Count} processed events older than {Retention}", pruned, settings.EventRetention);
        }
    }
}
