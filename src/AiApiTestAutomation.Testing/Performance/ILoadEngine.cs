using System;
using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// How one phase of a run is carried out. <see cref="LoadRunner"/> decides the phases (warm-up, measured) and
/// measures around them; an engine only sends and records. Two exist: <see cref="TaskLoadEngine"/> over any
/// <see cref="LoadRequest"/>, and <see cref="Linux.EpollLoadEngine"/>, plain HTTP on one epoll loop per thread.
/// </summary>
internal interface ILoadEngine
{
    /// <summary>
    /// <paramref name="concurrency"/> workers each send their next request when the previous one answers: in all
    /// <paramref name="requests"/> (0: no count), none started after <paramref name="issueFor"/>, and whatever is
    /// still open <paramref name="grace"/> later is abandoned.
    /// </summary>
    Task<PhaseResult> ClosedLoopAsync(int concurrency, int requests, TimeSpan issueFor, TimeSpan grace, CancellationToken cancellationToken);

    /// <summary>
    /// <paramref name="ratePerSecond"/> requests a second for <paramref name="duration"/> over
    /// <paramref name="concurrency"/> connections, each measured from its scheduled time.
    /// </summary>
    Task<PhaseResult> OpenLoopAsync(int concurrency, double ratePerSecond, TimeSpan duration, TimeSpan grace, CancellationToken cancellationToken);
}

/// <summary>What a phase recorded, and whether it ended before every planned request completed.</summary>
internal readonly record struct PhaseResult(LatencyRecorder Recorded, bool StoppedEarly);
