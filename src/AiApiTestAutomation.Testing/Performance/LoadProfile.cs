using System;
using System.Globalization;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>How load is applied.</summary>
public enum LoadMode
{
    /// <summary>A fixed number of workers, each sending its next request when the previous one answers.</summary>
    ClosedLoop,

    /// <summary>Requests start on a fixed schedule whatever the API does; latency counts from the scheduled time.</summary>
    OpenLoop,
}

/// <summary>
/// The load of one performance run. Closed loop: <see cref="Concurrency"/> workers send <see cref="Requests"/>
/// requests in all, or keep sending for <see cref="Duration"/> when it is set. Open loop:
/// <see cref="RatePerSecond"/> requests a second for <see cref="Duration"/> (2 s when unset).
/// </summary>
public sealed record LoadProfile
{
    public static readonly TimeSpan DefaultOpenLoopDuration = TimeSpan.FromSeconds(2);

    public LoadMode Mode => RatePerSecond > 0 ? LoadMode.OpenLoop : LoadMode.ClosedLoop;

    /// <summary>Workers in closed loop; in both modes, the number of connections to the API.</summary>
    public int Concurrency { get; init; } = 4;

    public int Requests { get; init; } = 200;

    public TimeSpan? Duration { get; init; }

    /// <summary>Requests a second; above zero selects the open loop.</summary>
    public double RatePerSecond { get; init; }

    /// <summary>Requests sent first and not measured: connections, JIT and the API's caches warm up.</summary>
    public int WarmupRequests { get; init; } = 20;

    /// <summary>
    /// A safety stop: a closed-loop run that has not finished its requests by then ends, and the result says
    /// how many it completed. It keeps a very slow API from holding the test run for minutes.
    /// </summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan EffectiveDuration => Duration ?? DefaultOpenLoopDuration;

    public void Validate()
    {
        if (Concurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Concurrency), Concurrency, "Concurrency must be at least 1.");
        }

        if (Mode == LoadMode.ClosedLoop && Duration is null && Requests < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Requests), Requests, "A closed-loop run needs at least one request or a duration.");
        }

        if (Duration is { } duration && duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Duration), duration, "The duration must be positive.");
        }

        if (WarmupRequests < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(WarmupRequests), WarmupRequests, "Warm-up requests cannot be negative.");
        }
    }

    /// <summary>A one-line description for messages and reports.</summary>
    public string Describe()
    {
        var culture = CultureInfo.InvariantCulture;
        if (Mode == LoadMode.OpenLoop)
        {
            return string.Format(culture, "open loop, {0:0.##} requests/s for {1:0.##} s over {2} connection(s), {3} warm-up request(s)", RatePerSecond, EffectiveDuration.TotalSeconds, Concurrency, WarmupRequests);
        }

        return Duration is { } duration
            ? string.Format(culture, "closed loop, {0} worker(s) for {1:0.##} s, {2} warm-up request(s)", Concurrency, duration.TotalSeconds, WarmupRequests)
            : string.Format(culture, "closed loop, {0} request(s) over {1} worker(s), {2} warm-up request(s)", Requests, Concurrency, WarmupRequests);
    }
}
