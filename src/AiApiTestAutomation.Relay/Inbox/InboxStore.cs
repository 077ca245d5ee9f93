using System;
using System.Collections.Generic;
using Microsoft.Data.Sqlite;

namespace AiApiTestAutomation.Relay.Inbox;

/// <summary>A project with events waiting: when the burst started and ended, and the newest event id it covers.</summary>
internal sealed record PendingProject(string Project, long FirstReceivedMs, long LastReceivedMs, long MaxId, int Count);

internal sealed record DeadLetter(long Id, string Project, string Reason, string Events, long LastEventId, DateTimeOffset CreatedAt, DateTimeOffset? ReplayedAt);

internal sealed record SyncRecord(string Project, string Outcome, string? SpecSha256, string? CommitSha, DateTimeOffset SyncedAt);

/// <summary>Everything besides the hot insert path: the worker's queries and updates, dead letters and sync state.</summary>
internal sealed class InboxStore(RelayDatabase database)
{
    public IReadOnlyList<PendingProject> PendingProjects()
    {
        var result = new List<PendingProject>();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT project, MIN(received_at), MAX(received_at), MAX(id), COUNT(*)
            FROM events WHERE state = 'pending' GROUP BY project
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new PendingProject(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt32(4)));
        }

        return result;
    }

    /// <summary>The distinct event types of a project's pending events up to <paramref name="maxId"/>, for the commit trailer.</summary>
    public IReadOnlyList<string> PendingEventTypes(string project, long maxId)
    {
        var result = new List<string>();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT event_type FROM events WHERE project = $p AND state = 'pending' AND id <= $max ORDER BY event_type";
        command.Parameters.AddWithValue("$p", project);
        command.Parameters.AddWithValue("$max", maxId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    public void MarkDone(string project, long maxId, string outcome)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE events SET state = 'done', outcome = $o WHERE project = $p AND state = 'pending' AND id <= $max";
        command.Parameters.AddWithValue("$p", project);
        command.Parameters.AddWithValue("$max", maxId);
        command.Parameters.AddWithValue("$o", outcome);
        command.ExecuteNonQuery();
    }

    /// <summary>Moves a project's pending events to a new dead letter, in one transaction so none is lost or left pending.</summary>
    public long DeadLetter(string project, long maxId, string reason, string events, DateTimeOffset now)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO dead_letters(project, reason, events, last_event_id, created_at) VALUES ($p, $r, $e, $max, $now) RETURNING id
            """;
        insert.Parameters.AddWithValue("$p", project);
        insert.Parameters.AddWithValue("$r", reason);
        insert.Parameters.AddWithValue("$e", events);
        insert.Parameters.AddWithValue("$max", maxId);
        insert.Parameters.AddWithValue("$now", RelayDatabase.ToUnixMs(now));
        var id = (long)insert.ExecuteScalar()!;

        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE events SET state = 'dead', outcome = $o WHERE project = $p AND state = 'pending' AND id <= $max";
        update.Parameters.AddWithValue("$p", project);
        update.Parameters.AddWithValue("$max", maxId);
        update.Parameters.AddWithValue("$o", $"dead letter {id}");
        update.ExecuteNonQuery();
        transaction.Commit();
        return id;
    }

    public IReadOnlyList<DeadLetter> DeadLetters()
    {
        var result = new List<DeadLetter>();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, project, reason, events, last_event_id, created_at, replayed_at FROM dead_letters ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(ReadDeadLetter(reader));
        }

        return result;
    }

    public DeadLetter? FindDeadLetter(long id)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, project, reason, events, last_event_id, created_at, replayed_at FROM dead_letters WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadDeadLetter(reader) : null;
    }

    public void MarkReplayed(long id, DateTimeOffset now)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE dead_letters SET replayed_at = $now WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", RelayDatabase.ToUnixMs(now));
        command.ExecuteNonQuery();
    }

    public void RecordSync(SyncRecord record)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO sync_state(project, outcome, spec_sha256, commit_sha, synced_at) VALUES ($p, $o, $s, $c, $t)
            ON CONFLICT(project) DO UPDATE SET outcome = $o, spec_sha256 = COALESCE($s, spec_sha256), commit_sha = COALESCE($c, commit_sha), synced_at = $t
            """;
        command.Parameters.AddWithValue("$p", record.Project);
        command.Parameters.AddWithValue("$o", record.Outcome);
        command.Parameters.AddWithValue("$s", (object?)record.SpecSha256 ?? DBNull.Value);
        command.Parameters.AddWithValue("$c", (object?)record.CommitSha ?? DBNull.Value);
        command.Parameters.AddWithValue("$t", RelayDatabase.ToUnixMs(record.SyncedAt));
        command.ExecuteNonQuery();
    }

    public IReadOnlyDictionary<string, SyncRecord> Syncs()
    {
        var result = new Dictionary<string, SyncRecord>(StringComparer.Ordinal);
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT project, outcome, spec_sha256, commit_sha, synced_at FROM sync_state";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var record = new SyncRecord(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                RelayDatabase.FromUnixMs(reader.GetInt64(4)));
            result[record.Project] = record;
        }

        return result;
    }

    public (long QueueDepth, long DeadLetters) Counts()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM events WHERE state = 'pending'),
                   (SELECT COUNT(*) FROM dead_letters WHERE replayed_at IS NULL)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Drops processed events older than the retention; their delivery ids stop counting for idempotency then.</summary>
    public int Prune(DateTimeOffset olderThan)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM events WHERE state <> 'pending' AND received_at < $t";
        command.Parameters.AddWithValue("$t", RelayDatabase.ToUnixMs(olderThan));
        return command.ExecuteNonQuery();
    }

    public bool IsReachable()
    {
        try
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master";
            command.ExecuteScalar();
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static DeadLetter ReadDeadLetter(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetInt64(4),
        RelayDatabase.FromUnixMs(reader.GetInt64(5)),
        reader.IsDBNull(6) ? null : RelayDatabase.FromUnixMs(reader.GetInt64(6)));
}
