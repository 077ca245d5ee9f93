using System;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Testing.Performance;
using Xunit;

namespace AiApiTestAutomation.Testing.Tests.Performance;

/// <summary>The engine's counting and scheduling with fake requests; no assertion depends on how fast the machine is.</summary>
public sealed class LoadRunnerTests
{
    [Fact]
    public async Task Closed_loop_sends_the_warm_up_then_exactly_the_planned_requests_and_measures_only_those()
    {
        var sent = 0;
        var profile = new LoadProfile { Concurrency = 3, Requests = 250, WarmupRequests = 17 };

        var result = await LoadRunner.RunAsync(_ => { Interlocked.Increment(ref sent); return new ValueTask<int>(200); }, profile);

        Assert.Equal(267, sent);
        Assert.Equal(250, result.Requests);
        Assert.Equal(250, result.Latency.Count);
        Assert.Equal(0, result.Errors);
        Assert.False(result.StoppedEarly);
        Assert.Equal(250, result.Statuses[200]);
    }

    [Fact]
    public async Task Non_2xx_answers_and_exceptions_are_errors_with_the_first_one_named()
    {
        var sent = 0;
        var profile = new LoadProfile { Concurrency = 1, Requests = 100, WarmupRequests = 0 };

        var result = await LoadRunner.RunAsync(
            _ =>
            {
                var n = Interlocked.Increment(ref sent);
                if (n == 50)
                {
                    throw new InvalidOperationException("connection reset");
                }

                return new ValueTask<int>(n % 10 == 0 ? 503 : 200);
            },
            profile);

        Assert.Equal(100, result.Requests);
        Assert.Equal(10, result.Errors); // every tenth answers 503, except the fiftieth, which throws
        Assert.Equal(0.10, result.ErrorRate, 3);
        Assert.Equal(1, result.Statuses[0]);
        Assert.Equal(9, result.Statuses[503]);
        Assert.StartsWith("HTTP 503", result.FirstError);
    }

    [Fact]
    public async Task Open_loop_starts_rate_times_duration_requests_and_measures_each()
    {
        var sent = 0;
        var profile = new LoadProfile { Concurrency = 2, RatePerSecond = 200, Duration = TimeSpan.FromSeconds(0.25), WarmupRequests = 5 };

        var result = await LoadRunner.RunAsync(_ => { Interlocked.Increment(ref sent); return new ValueTask<int>(204); }, profile);

        Assert.Equal(LoadMode.OpenLoop, profile.Mode);
        Assert.Equal(55, sent);
        Assert.Equal(50, result.Requests);
        Assert.Equal(50, result.ServiceTime.Count);
        Assert.Equal(50, result.Statuses[204]);
        Assert.Contains("service time (ms, from the actual send)", result.ToDistributionText());
    }

    [Fact]
    public async Task A_request_that_never_answers_is_cut_by_the_time_limit_and_reported_as_stopped_early()
    {
        var profile = new LoadProfile { Concurrency = 1, Requests = 5, WarmupRequests = 0, TimeLimit = TimeSpan.FromMilliseconds(200) };

        var result = await LoadRunner.RunAsync(async token => { await Task.Delay(Timeout.Infinite, token); return 200; }, profile);

        // At most the one hanging request completes (as an error); on a starved thread pool the worker may start after the limit and send none.
        Assert.True(result.StoppedEarly);
        Assert.InRange(result.Requests, 0, 1);
        Assert.Equal(result.Requests, result.Errors);
        if (result.Requests == 1)
        {
            Assert.Contains("TaskCanceledException", result.FirstError);
        }
    }

    [Fact]
    public async Task The_callers_cancellation_ends_the_run_with_OperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        var profile = new LoadProfile { Concurrency = 2, Requests = 1000, WarmupRequests = 0 };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LoadRunner.RunAsync(
            async token =>
            {
                cancel.Cancel();
                await Task.Delay(Timeout.Infinite, token);
                return 200;
            },
            profile,
            cancel.Token));
    }

    [Theory]
    [InlineData(0, 10, null)]
    [InlineData(2, 0, null)]
    [InlineData(2, 10, -1.0)]
    public void Invalid_profiles_are_rejected_before_any_request(int concurrency, int requests, double? seconds)
    {
        var profile = new LoadProfile { Concurrency = concurrency, Requests = requests, Duration = seconds is { } s ? TimeSpan.FromSeconds(s) : null };

        Assert.Throws<ArgumentOutOfRangeException>(profile.Validate);
    }
}
