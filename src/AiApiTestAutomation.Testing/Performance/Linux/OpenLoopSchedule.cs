namespace AiApiTestAutomation.Testing.Performance.Linux;

/// <summary>
/// One loop thread's share of an open-loop schedule: of the requests due every <c>interval</c> ticks from
/// <c>start</c>, those whose number is <c>share</c> modulo <c>shares</c>. Times are fixed in advance, so a loop
/// that falls behind still measures each request from when it was due.
/// </summary>
internal sealed class OpenLoopSchedule
{
    private readonly long start;
    private readonly double interval;
    private readonly long total;
    private readonly int shares;
    private long next;

    public OpenLoopSchedule(long start, double interval, long total, int share, int shares)
    {
        this.start = start;
        this.interval = interval;
        this.total = total;
        this.shares = shares;
        next = share;
    }

    public bool HasMore => next < total;

    public long NextDue => start + (long)(next * interval);

    /// <summary>Takes the next request; returns when it was due.</summary>
    public long Take()
    {
        var due = NextDue;
        next += shares;
        return due;
    }
}
