using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Options;
using Microsoft.Data.Sqlite;
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

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.InboxWriterThread)
        {
            return WriteLoopAsync(stoppingToken);
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                WriteLoopAsync(stoppingToken).GetAwaiter().GetResult();
                done.TrySetResult();
            }
            catch (Exception ex)
            {
                done.TrySetException(ex);
            }
        })
        { IsBackground = true, Name = "inbox-writer" };
        thread.Start();
        return done.Task;
    }

    private async Task WriteLoopAsync(CancellationToken stoppingToken)
    {
        var maxBatch = Math.Max(1, options.Value.MaxInboxBatch);
        var checkpointEvery = options.Value.InboxCheckpointEveryCommits;
        var onOwnThread = options.Value.InboxWriterThread;
        var window = (long)options.Value.IdempotencyWindow.TotalMilliseconds;
        using var connection = database.Open();
        if (checkpointEvery > 0)
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA wal_autocheckpoint=0;";
            pragma.ExecuteNonQuery();
        }

        using (var cache = connection.CreateCommand())
        {
            // Every insert lands on a random leaf of the body-hash index; with SQLite's default 2 MB page cache those
            // leaves were re-read from the file (pread) on most inserts once the inbox held ~20k events. A cap, not
            // an allocation: memory grows only with the pages actually touched.
            cache.CommandText = "PRAGMA cache_size=-32768;";
            cache.ExecuteNonQuery();
        }

        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var insert = connection.CreateCommand();
        insert.CommandText = InsertSql;
        var project = insert.Parameters.Add("$project", SqliteType.Text);
        var delivery = insert.Parameters.Add("$delivery", SqliteType.Text);
        var hash = insert.Parameters.Add("$hash", SqliteType.Text);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var received = insert.Parameters.Add("$received", SqliteType.Integer);
        var since = insert.Parameters.Add("$since", SqliteType.Integer);
        insert.Prepare();

        var batch = new List<PendingWrite>(maxBatch);
        var results = new List<InboxWriteResult>(maxBatch);
        var commitsSinceCheckpoint = 0;
        IsRunning = true;
        try
        {
            while (onOwnThread
                       ? queue.Reader.WaitToReadAsync(stoppingToken).AsTask().GetAwaiter().GetResult()
                       : await queue.Reader.WaitToReadAsync(stoppingToken))
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

                    signal.EventStored();
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Writing {Count} events to the inbox failed; their senders get 503 and will retry", batch.Count);
                    foreach (var write in batch)
                    {
                        write.Completion.TrySetException(ex);
                    }
                }

                if (checkpointEvery > 0 && ++commitsSinceCheckpoint >= checkpointEvery)
                {
                    // After the batch is answered: the checkpoint delays the next batch, not this one's 202s.
                    // As the only writer, a passive checkpoint here copies every frame, so the WAL restarts from its start.
                    commitsSinceCheckpoint = 0;
                    var checkpointBegan = Stopwatch.GetTimestamp();
                    try
                    {
                        checkpoint.ExecuteNonQuery();
                    }
                    catch (SqliteException ex)
                    {
                        logger.LogWarning(ex, "Checkpointing the inbox WAL failed; retrying after the next commits");
                    }

                    stats.RecordCheckpoint(Stopwatch.GetTimestamp() - checkpointBegan);
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
