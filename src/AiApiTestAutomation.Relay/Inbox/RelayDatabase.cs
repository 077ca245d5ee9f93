using System;
using System.IO;
using Microsoft.Data.Sqlite;

namespace AiApiTestAutomation.Relay.Inbox;

/// <summary>
/// The relay's SQLite file: inbox events, dead letters and last sync per project. WAL lets the worker read
/// while the inbox writes; synchronous=FULL makes a committed insert survive power loss, which is what
/// "persisted before 202" has to mean.
/// </summary>
internal sealed class RelayDatabase
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS events(
            id INTEGER PRIMARY KEY,
            project TEXT NOT NULL,
            delivery_id TEXT,
            body_hash TEXT NOT NULL,
            event_type TEXT NOT NULL,
            received_at INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            outcome TEXT);
        CREATE UNIQUE INDEX IF NOT EXISTS events_delivery ON events(project, delivery_id) WHERE delivery_id IS NOT NULL;
        -- The body-hash duplicate check only looks at pending events, so only they are indexed. Each insert lands
        -- on a random leaf of this index; when it held every retained event (7 days by default), most were cold.
        DROP INDEX IF EXISTS events_body;
        CREATE INDEX IF NOT EXISTS events_body_pending ON events(project, body_hash, received_at) WHERE state = 'pending';
        CREATE INDEX IF NOT EXISTS events_state ON events(state, project, id);
        CREATE TABLE IF NOT EXISTS dead_letters(
            id INTEGER PRIMARY KEY,
            project TEXT NOT NULL,
            reason TEXT NOT NULL,
            events TEXT NOT NULL,
            last_event_id INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            replayed_at INTEGER);
        CREATE TABLE IF NOT EXISTS sync_state(
            project TEXT PRIMARY KEY,
            outcome TEXT NOT NULL,
            spec_sha256 TEXT,
            commit_sha TEXT,
            synced_at INTEGER NOT NULL);
        """;

    public RelayDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // Pooling off: connections are long-lived (writer) or rare (worker), and an unpooled close releases the file for tests.
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;" + Schema;
        command.ExecuteNonQuery();
    }

    public string Path { get; }

    private string ConnectionString { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
        return connection;
    }

    public static long ToUnixMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
