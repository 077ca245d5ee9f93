using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiApiTestAutomation.Relay.Inbox;

/// <summary>
/// The single writer of incoming events, with group commit: every delivery waiting at the moment is written
/// in one transaction and one fsync, and each caller's task completes only after that commit. Durability
/// per request without paying an fsync per request is what lets the endpoint answer 202 quickly under load.
/// </summary>
internal sealed class InboxWriter(RelayDatabase database, IOptions<RelayOptions> options, WorkSignal signal, GroupCommitStats stats, ILogger<InboxWriter> logger) : BackgroundService
{
    // The body-hash rule only looks at pending events: once an event is processed, a repeat of the same body
    // may describe a newer change (Apifox bodies carry no timestamp) and must trigger another export.
    private const string InsertSql = """
        INSERT OR IGNORE INTO events(project, delivery_id, body_hash, event_type, received_at)
        SELECT $project, $delivery, $hash, $type, $received
        WHERE $delivery IS NOT NULL
           OR NOT EXISTS (SELECT 1 FROM events WHERE project = $project AND body_hash = $hash AND received_at >= $since AND state = 'pending')
        RETURNING id;
        """;

    private readonly Channel<PendingWrite> queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });

    public bool IsRunning { get; private set; }

    public Task<InboxWriteResult> WriteAsync(InboxEvent inboxEvent)
    {
        var pending = new PendingWrite(inboxEvent, Stopwatch.GetTimestamp(), new TaskCompletionSource<InboxWriteResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            return Task.FromException<InboxWriteResult>(new InvalidOperationException("The inbox is shutting down."));
        }

        return pending.Completion.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var maxBatch = Math.Max(1, options.Value.MaxInboxBatch);
        var window = (long)options.Value.IdempotencyWindow.TotalMilliseconds;
        using var connection = database.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = InsertSql;
        var project = insert.Parameters.Add("$project", Microsoft.Data.Sqlite.SqliteType.Text);
        var delivery = insert.Parameters.Add("$delivery", Microsoft.Data.Sqlite.SqliteType.Text);
        var hash = insert.Parameters.Add("$hash", Microsoft.Data.Sqlite.SqliteType.Text);
        var type = insert.Parameters.Add("$type", Microsoft.Data.Sqlite.SqliteType.Text);
        var received = insert.Parameters.Add("$received", Microsoft.Data.Sqlite.SqliteType.Integer);
        var since = insert.Parameters.Add("$since", Microsoft.Data.Sqlite.SqliteType.Integer);
        insert.Prepare();

        var batch = new List<PendingWrite>(maxBatch);
        var results = new List<InboxWriteResult>(maxBatch);
        IsRunning = true;
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                results.Clear();
                while (batch.Count < maxBatch && queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                var began = Stopwatch.GetTimestamp();
                try
                {
                    using (var transaction = connection.BeginTransaction())
                    {
                        insert.Transaction = transaction;
                        foreach (var write in batch)
                        {
                            var e = write.Event;
                            project.Value = e.Project;
                            delivery.Value = (object?)e.DeliveryId ?? DBNull.Value;
                            hash.Value = e.BodyHash;
                            type.Value = e.EventType;
                            received.Value = e.ReceivedAtMs;
                            since.Value = e.ReceivedAtMs - window;
                            var id = insert.ExecuteScalar();
                            results.Add(id is long rowId ? new InboxWriteResult(true, rowId) : new InboxWriteResult(false, 0));
                        }

                        transaction.Commit();
                    }

                    stats.Record(batch.Count, began - batch[0].EnqueuedAt, Stopwatch.GetTimestamp() - began);

                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Completion.TrySetResult(results[i]);
                    }

                    signal.Notify();
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Writing {Count} events to the inbox failed; their senders get 503 and will retry", batch.Count);
                    foreach (var write in batch)
                    {
                        write.Completion.TrySetException(ex);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; anything still queued was never acknowledged.
        }
        finally
        {
            IsRunning = false;
            queue.Writer.TryComplete();
            while (queue.Reader.TryRead(out var abandoned))
            {
                abandoned.Completion.TrySetException(new OperationCanceledException("The relay is stopping."));
            }
        }
    }

    private sealed record PendingWrite(InboxEvent Event, long EnqueuedAt, TaskCompletionSource<InboxWriteResult> Completion);
}
