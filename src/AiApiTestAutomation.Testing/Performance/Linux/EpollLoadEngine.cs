using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Performance.Linux;

/// <summary>
/// Plain HTTP/1.1 load on Linux the way wrk applies it: each thread runs one epoll loop over its share of the
/// connections. Every core gets a loop, as wrk is usually run (AAT_PERFORMANCE_THREADS sets another number): even
/// with the API on the same cores this measured better than leaving it half of them, since a client with fewer
/// threads than the API gets less than its share of the cores and becomes the bottleneck. Connections opened in
/// the warm-up carry over to the measured phase.
/// </summary>
internal sealed class EpollLoadEngine : ILoadEngine, IDisposable
{
    public const string ThreadsVariable = "AAT_PERFORMANCE_THREADS";

    private readonly EndPoint endpoint;
    private readonly byte[] request;
    private readonly bool isHead;
    private readonly int threads;
    private EpollLoop[] loops = Array.Empty<EpollLoop>();
    private int connections;

    /// <param name="prepared">The request every connection sends.</param>
    /// <param name="threads">Loop threads; by default <see cref="LoopThreads"/>.</param>
    public EpollLoadEngine(PreparedRequest prepared, int? threads = null)
    {
        this.threads = threads ?? LoopThreads();
        endpoint = Resolve(prepared.Url);
        request = Http1RequestBytes.Encode(prepared);
        isHead = Http1RequestBytes.IsHead(prepared);
    }

    public static bool Supports(PreparedRequest request) => Http1Target.Supports(request) && Epoll.IsSupported;

    public async Task<PhaseResult> ClosedLoopAsync(int concurrency, int requests, TimeSpan issueFor, TimeSpan grace, CancellationToken cancellationToken)
    {
        EnsureLoops(concurrency);
        var now = Stopwatch.GetTimestamp();
        var budget = new ClosedLoopBudget(requests, now + LoadRunner.ToTicks(issueFor));
        var abandonAt = now + LoadRunner.ToTicks(issueFor + grace);
        var merged = await RunLoopsAsync(loop => loop.RunClosed(budget, abandonAt, cancellationToken)).ConfigureAwait(false);

        // In a closed loop a request is sent the moment it is due: service time is the latency, recorded once.
        merged.ServiceTime.Add(merged.Latency);
        cancellationToken.ThrowIfCancellationRequested();
        return new PhaseResult(merged, requests > 0 && merged.Completed < requests);
    }

    public async Task<PhaseResult> OpenLoopAsync(int concurrency, double ratePerSecond, TimeSpan duration, TimeSpan grace, CancellationToken cancellationToken)
    {
        EnsureLoops(concurrency);
        var total = (long)Math.Round(ratePerSecond * duration.TotalSeconds);
        var interval = Stopwatch.Frequency / ratePerSecond;
        var start = Stopwatch.GetTimestamp();
        var abandonAt = start + LoadRunner.ToTicks(duration + grace);
        var shares = loops.Length;
        var merged = await RunLoopsAsync((loop, share) => loop.RunOpen(new OpenLoopSchedule(start, interval, total, share, shares), abandonAt, cancellationToken)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new PhaseResult(merged, merged.Completed < total);
    }

    public void Dispose()
    {
        foreach (var loop in loops)
        {
            loop.Dispose();
        }

        loops = Array.Empty<EpollLoop>();
    }

    private void EnsureLoops(int concurrency)
    {
        if (loops.Length > 0)
        {
            if (concurrency != connections)
            {
                throw new InvalidOperationException($"The engine was opened with {connections} connections, not {concurrency}.");
            }

            return;
        }

        connections = concurrency;
        var count = Math.Clamp(threads, 1, concurrency);
        var created = new EpollLoop[count];
        for (var i = 0; i < count; i++)
        {
            // Connections are dealt out evenly; the first loops take one more when they do not divide.
            created[i] = new EpollLoop(endpoint, request, isHead, (concurrency / count) + (i < concurrency % count ? 1 : 0));
        }

        loops = created;
    }

    /// <summary>AAT_PERFORMANCE_THREADS when set, else one per core.</summary>
    internal static int LoopThreads() =>
        int.TryParse(Environment.GetEnvironmentVariable(ThreadsVariable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var threads) && threads > 0
            ? threads
            : Environment.ProcessorCount;

    private Task<LatencyRecorder> RunLoopsAsync(Func<EpollLoop, LatencyRecorder> work) => RunLoopsAsync((loop, _) => work(loop));

    /// <summary>Runs every loop on a thread of its own (not the pool's: a loop blocks in epoll_wait) and merges what they recorded.</summary>
    private Task<LatencyRecorder> RunLoopsAsync(Func<EpollLoop, int, LatencyRecorder> work)
    {
        var done = new TaskCompletionSource<LatencyRecorder>(TaskCreationOptions.RunContinuationsAsynchronously);
        var recorded = new LatencyRecorder[loops.Length];
        var pending = loops.Length;
        Exception? failure = null;
        for (var i = 0; i < loops.Length; i++)
        {
            var share = i;
            var thread = new Thread(() =>
            {
                try
                {
                    Epoll.UsePreciseTimers();
                    recorded[share] = work(loops[share], share);
                }
                catch (Exception ex)
                {
                    Interlocked.CompareExchange(ref failure, ex, null);
                }

                if (Interlocked.Decrement(ref pending) == 0)
                {
                    if (failure is not null)
                    {
                        done.TrySetException(failure);
                        return;
                    }

                    var merged = new LatencyRecorder();
                    foreach (var part in recorded)
                    {
                        merged.Add(part);
                    }

                    done.TrySetResult(merged);
                }
            })
            {
                IsBackground = true,
                Name = "AiApiTestAutomation load loop " + i,
            };
            thread.Start();
        }

        return done.Task;
    }

    /// <summary>
    /// The address to load. A name may resolve to several (localhost: ::1 and 127.0.0.1) of which the API listens
    /// on one: the first that accepts a connection is used, as a client trying each in turn would end up using.
    /// </summary>
    private static EndPoint Resolve(Uri url)
    {
        if (IPAddress.TryParse(url.IdnHost, out var address))
        {
            return new IPEndPoint(address, url.Port);
        }

        var candidates = Dns.GetHostAddresses(url.IdnHost);
        if (candidates.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        foreach (var candidate in candidates)
        {
            using var probe = new Socket(candidate.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                probe.Connect(candidate, url.Port);
                return new IPEndPoint(candidate, url.Port);
            }
            catch (SocketException)
            {
            }
        }

        return new IPEndPoint(candidates[0], url.Port);
    }
}
