using System.Threading;

namespace AiApiTestAutomation.Testing.Performance.Linux;

/// <summary>The requests a closed-loop phase may still start, shared by every loop thread: a count (0: none) and a time.</summary>
internal sealed class ClosedLoopBudget
{
    private readonly bool counted;
    private readonly long stopIssuingAt;
    private int remaining;

    public ClosedLoopBudget(int requests, long stopIssuingAt)
    {
        counted = requests > 0;
        remaining = requests;
        this.stopIssuingAt = stopIssuingAt;
    }

    public bool TryTake(long now) => now < stopIssuingAt && (!counted || Interlocked.Decrement(ref remaining) >= 0);
}
