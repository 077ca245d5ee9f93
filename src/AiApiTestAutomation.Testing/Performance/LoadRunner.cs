using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// Applies a <see cref="LoadProfile"/>: warm-up, then the measured phase in closed or open loop, timed and with
/// the CPU it cost. The sending is an engine's (<see cref="ILoadEngine"/>), so counting and scheduling can be
/// tested with any delegate.
/// </summary>
public static class LoadRunner
{
    public static Task<LoadResult> RunAsync(LoadRequest send, LoadProfile profile, CancellationToken cancellationToken = default)
    {
        if (send is null)
        {
            throw new ArgumentNullException(nameof(send));
        }

        return RunAsync(new TaskLoadEngine(send), profile, cancellationToken);
    }

    internal static async Task<LoadResult> RunAsync(ILoadEngine engine, LoadProfile profile, CancellationToken cancellationToken)
    {
        profile.Validate();
        if (profile.WarmupRequests > 0)
        {
            await engine.ClosedLoopAsync(profile.Concurrency, profile.WarmupRequests, profile.TimeLimit, profile.TimeLimit, cancellationToken).ConfigureAwait(false);
        }

        // Process CPU, not thread CPU: the engine's work spreads over threads. It includes an in-process API too.
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();

        var phase = profile.Mode == LoadMode.OpenLoop
            ? await engine.OpenLoopAsync(profile.Concurrency, profile.RatePerSecond, profile.EffectiveDuration, profile.TimeLimit, cancellationToken).ConfigureAwait(false)
            : await engine.ClosedLoopAsync(profile.Concurrency, profile.Duration is null ? profile.Requests : 0, profile.Duration ?? profile.TimeLimit, profile.TimeLimit, cancellationToken).ConfigureAwait(false);

        var elapsed = TimeSpan.FromSeconds((Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency);
        process.Refresh();
        return new LoadResult(profile, phase.Recorded, elapsed, process.TotalProcessorTime - cpuBefore, phase.StoppedEarly);
    }

    internal static long ToTicks(TimeSpan time) => (long)(time.TotalSeconds * Stopwatch.Frequency);
}
