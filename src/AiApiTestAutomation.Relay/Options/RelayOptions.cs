using System;
using System.Collections.Generic;

namespace AiApiTestAutomation.Relay.Options;

/// <summary>The "Relay" configuration section: storage, inbox behaviour, upstream resilience, git identity and the projects.</summary>
public sealed class RelayOptions
{
    public const string Section = "Relay";

    /// <summary>SQLite inbox file; relative paths are resolved against the content root.</summary>
    public string DatabasePath { get; set; } = "relay-data/relay.db";

    /// <summary>Largest webhook body accepted; Apifox bodies are a few hundred bytes.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>A burst of events for one project is exported once, after this long without a new event.</summary>
    public TimeSpan QuietWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Upper bound on how long a steady stream of events can postpone an export.</summary>
    public TimeSpan MaxCoalesceDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A body identical to a still-pending one of the same project within this window is a duplicate (no delivery id).</summary>
    public TimeSpan IdempotencyWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long processed events (and so their delivery ids) are kept for idempotency before pruning.</summary>
    public TimeSpan EventRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Each project is exported on this schedule even without a webhook, so a missed one heals itself. Zero disables.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the worker looks for due work when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most inserts written in one transaction by the inbox's group commit.</summary>
    public int MaxInboxBatch { get; set; } = 512;

    /// <summary>
    /// N &gt; 0: the inbox writer checkpoints the WAL after every N commits, after it has answered the batch (the
    /// checkpoint delays the next batch, not this one's 202s). 0: SQLite checkpoints by itself, inside the commit
    /// that crosses 1,000 WAL pages, so that batch's senders wait for it. 32 measured best: p99 at 5,000/s 5.5–5.9 ms
    /// against 8.1–8.9 ms with 0 (docs/relay.md).
    /// </summary>
    public int InboxCheckpointEveryCommits { get; set; } = 32;

    /// <summary>Run the inbox writer on its own thread instead of a thread-pool thread that blocks in fsync.</summary>
    public bool InboxWriterThread { get; set; }

    /// <summary>When set, /status and /deadletters require "Authorization: Bearer &lt;token&gt;". Health stays open for probes.</summary>
    public string? AdminToken { get; set; }

    public UpstreamOptions Upstream { get; set; } = new();

    public GitOptions Git { get; set; } = new();

    public List<ProjectOptions> Projects { get; set; } = new();
}
