using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// The portable engine: closed-loop workers are tasks awaiting a <see cref="LoadRequest"/>; the open loop's
/// schedule runs on its own thread and starts each request at its time. Used for HTTPS, HttpClient, tests
/// with delegates, and wherever the epoll engine is not available.
/// </summary>
internal sealed class TaskLoadEngine : ILoadEngine
{
    private readonly LoadRequest send;

    public TaskLoadEngine(LoadRequest send) => this.send = send;

    public async Task<PhaseResult> ClosedLoopAsync(
        int concurrency, int requests, TimeSpan issueFor, TimeSpan grace, CancellationToken cancellationToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        run.CancelAfter(issueFor + grace);
        var state = new ClosedLoop(send, requests, Stopwatch.GetTimestamp() + LoadRunner.ToTicks(issueFor), run.Token, cancellationToken);
        var workers = new Task<LatencyRecorder>[concurrency];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(state.WorkAsync, CancellationToken.None);
        }

        var merged = new LatencyRecorder();
        foreach (var recorder in await Task.WhenAll(workers).ConfigureAwait(false))
        {
            merged.Add(recorder);
        }

        // In a closed loop a request is sent the moment it is due: service time is the latency, recorded once.
        merged.ServiceTime.Add(merged.Latency);

        cancellationToken.ThrowIfCancellationRequested();
        return new PhaseResult(merged, requests > 0 && merged.Completed < requests);
    }

    public async Task<PhaseResult> OpenLoopAsync(int concurrency, double ratePerSecond, TimeSpan duration, TimeSpan grace, CancellationToken cancellationToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        run.CancelAfter(duration + grace);
        var loop = new OpenLoop(send, run.Token, cancellationToken);
        var total = (long)Math.Round(ratePerSecond * duration.TotalSeconds);
        var interval = Stopwatch.Frequency / ratePerSecond;

        // The schedule runs on its own thread so that a busy thread pool cannot delay a start time.
        await Task.Factory.StartNew(() => loop.Schedule(total, interval), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        await loop.Completion.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new PhaseResult(loop.Recorder, loop.Recorder.Completed < total);
    }

    /// <summary>Sends once; a transport failure is an error of the run, not of the test, unless the caller cancelled.</summary>
    // Pooled state machines: no allocation per request when the call completes asynchronously.
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<int> SendOnceAsync(LoadRequest send, LatencyRecorder? recorder, object? gate, CancellationToken run, CancellationToken caller)
    {
        try
        {
            return await send(run).ConfigureAwait(false);
        }
        catch (Exception ex) when (!caller.IsCancellationRequested)
        {
            if (recorder is not null)
            {
                lock (gate ?? recorder)
                {
                    recorder.NoteException(ex);
                }
            }

            return 0;
        }
    }

    private sealed class ClosedLoop
    {
        private readonly LoadRequest send;
        private readonly int requests;
        private readonly long stopIssuingAt;
        private readonly CancellationToken run;
        private readonly CancellationToken caller;
        private int issued;

        public ClosedLoop(LoadRequest send, int requests, long stopIssuingAt, CancellationToken run, CancellationToken caller)
        {
            this.send = send;
            this.requests = requests;
            this.stopIssuingAt = stopIssuingAt;
            this.run = run;
            this.caller = caller;
        }

        public async Task<LatencyRecorder> WorkAsync()
        {
            var recorder = new LatencyRecorder();
            while (!run.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                if (start >= stopIssuingAt || (requests > 0 && Interlocked.Increment(ref issued) > requests))
                {
                    break;
                }

                // The send is awaited here rather than through SendOnceAsync: one async layer less per request.
                int status;
                try
                {
                    status = await send(run).ConfigureAwait(false);
                }
                catch (Exception ex) when (!caller.IsCancellationRequested)
                {
                    recorder.NoteException(ex);
                    status = 0;
                }

                recorder.RecordLatency(status, Stopwatch.GetTimestamp() - start);
            }

            return recorder;
        }
    }

    private sealed class OpenLoop
    {
        private readonly LoadRequest send;
        private readonly CancellationToken run;
        private readonly CancellationToken caller;
        private readonly TaskCompletionSource<bool> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long pending = 1; // the scheduler itself, released when it has started every request

        public OpenLoop(LoadRequest send, CancellationToken run, CancellationToken caller)
        {
            this.send = send;
            this.run = run;
            this.caller = caller;
        }

        public LatencyRecorder Recorder { get; } = new();

        public Task Completion => done.Task;

        public void Schedule(long total, double intervalTicks)
        {
            var clock = new PreciseClock();
            var start = Stopwatch.GetTimestamp();
            for (long i = 0; i < total && !run.IsCancellationRequested; i++)
            {
                // The intended time is fixed by the schedule; when the scheduler falls behind it starts every
                // overdue request at once and each still counts from its intended time (no coordinated omission).
                var intended = start + (long)(i * intervalTicks);
                clock.WaitUntil(intended);
                Interlocked.Increment(ref pending);
                _ = SendAsync(intended);
            }

            Release();
        }

        private async Task SendAsync(long intended)
        {
            // Runs on the scheduler thread up to the first await (the raw client's socket write, a few µs): a hop to
            // the thread pool first cost more (a pool wake-up per request) and added its latency to every sample.
            // A late next start is still measured from its intended time.
            var sent = Stopwatch.GetTimestamp();
            var status = await SendOnceAsync(send, Recorder, this, run, caller).ConfigureAwait(false);
            var end = Stopwatch.GetTimestamp();
            lock (this)
            {
                Recorder.Record(status, end - intended, end - sent);
            }

            Release();
        }

        private void Release()
        {
            if (Interlocked.Decrement(ref pending) == 0)
            {
                done.TrySetResult(true);
            }
        }
    }
}
