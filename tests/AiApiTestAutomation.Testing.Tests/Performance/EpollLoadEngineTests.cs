using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Testing.Performance;
using AiApiTestAutomation.Testing.Performance.Linux;
using Xunit;

namespace AiApiTestAutomation.Testing.Tests.Performance;

/// <summary>
/// The epoll engine (Linux) against real loopback servers that answer as scripted: what it sends, how it reads
/// each kind of answer, and how it treats closes, refusals and silence. Elsewhere the client must fall back.
/// </summary>
public sealed class EpollLoadEngineTests
{
    private static readonly LoadProfile OneByOne = new() { Concurrency = 1, Requests = 4, WarmupRequests = 0, TimeLimit = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Sends_the_prepared_request_and_reads_length_chunked_and_close_delimited_answers()
    {
        using var server = FourAnswers.StartServer();
        var request = FourAnswers.Request(server.Port);
        if (FallsBackOffLinux(request))
        {
            return;
        }

        var result = await RunAsync(request, OneByOne);

        Assert.Equal(new Dictionary<int, long> { [200] = 1, [201] = 1, [204] = 1, [503] = 1 }, result.Statuses);
        Assert.Equal(1, result.Errors);
        Assert.Equal("HTTP 503", result.FirstError);
        Assert.Equal(2, server.Connections); // the server's close after the 503 made the engine open a second connection
        Assert.Equal(4, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(FourAnswers.OnTheWire(server.Port), r));
    }

    [Fact]
    public async Task Bodies_larger_than_the_socket_buffers_are_sent_in_parts_and_read_to_their_end()
    {
        // A 24 MB request body is more than the kernel buffers on loopback take at once (4 MB to send, as much as
        // the reader has room for): the send goes on when epoll says the socket drained. A 1 MB answer takes
        // many receives through the reader's 32 KB buffer.
        var answer = "HTTP/1.1 200 OK\r\nContent-Length: 1048576\r\n\r\n" + new string('a', 1 << 20);
        using var server = new ScriptedHttpServer(_ => (answer, false));
        var body = new byte[24 << 20];
        Array.Fill(body, (byte)'b');
        var request = new PreparedRequest(HttpMethod.Post, new Uri($"http://127.0.0.1:{server.Port}/upload"), Array.Empty<KeyValuePair<string, string>>(), body);
        if (FallsBackOffLinux(request))
        {
            return;
        }

        var result = await RunAsync(request, new LoadProfile { Concurrency = 2, Requests = 4, WarmupRequests = 0, TimeLimit = TimeSpan.FromSeconds(60) });

        Assert.Equal(4, result.Requests);
        Assert.Equal(0, result.Errors);
        Assert.Equal(2, server.Connections); // each answer was read to its end, so both connections stayed in step
        Assert.All(server.Requests, r => Assert.EndsWith($"Content-Length: {24 << 20}\r\n\r\n<{24 << 20} bytes, last b>", r));
    }

    [Fact]
    public async Task A_keep_alive_connection_the_server_closed_while_idle_is_retried_once_on_a_fresh_one()
    {
        // Every answer says keep-alive, yet the server hangs up after each: as a server's idle timeout does.
        using var server = new ScriptedHttpServer(_ => ("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", true));
        var request = Get(server.Port);
        if (FallsBackOffLinux(request))
        {
            return;
        }

        var result = await RunAsync(request, OneByOne);

        Assert.Equal(4, result.Requests);
        Assert.Equal(0, result.Errors);
        Assert.Equal(4, server.Connections);
    }

    [Fact]
    public async Task Connections_are_dealt_out_over_the_loop_threads_and_kept_from_warm_up_to_measurement()
    {
        using var server = new ScriptedHttpServer(_ => ("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", false));
        var request = Get(server.Port);
        if (FallsBackOffLinux(request))
        {
            return;
        }

        using var engine = new EpollLoadEngine(request, threads: 3);
        var result = await LoadRunner.RunAsync(engine, new LoadProfile { Concurrency = 7, Requests = 300, WarmupRequests = 50 }, CancellationToken.None);

        Assert.Equal(300, result.Requests);
        Assert.Equal(0, result.Errors);
        Assert.Equal(350, server.Requests.Count);
        Assert.Equal(7, server.Connections);
    }

    [Fact]
    public async Task A_refused_connection_is_an_error_of_each_request_with_the_reason_and_the_run_ends()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var request = Get(port);
        if (FallsBackOffLinux(request))
        {
            return;
        }

        var result = await RunAsync(request, new LoadProfile { Concurrency = 3, Requests = 30, WarmupRequests = 0, TimeLimit = TimeSpan.FromSeconds(30) });

        Assert.Equal(30, result.Requests);
        Assert.Equal(30, result.Errors);
        Assert.Equal(30, result.Statuses[0]);
        Assert.Contains("refused", result.FirstError, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_request_that_never_answers_is_cut_by_the_time_limit_and_counted_as_an_error()
    {
        using var server = new ScriptedHttpServer(_ => (string.Empty, false)); // reads the request, never answers
        var request = Get(server.Port);
        if (FallsBackOffLinux(request))
        {
            return;
        }

        var result = await RunAsync(request, new LoadProfile { Concurrency = 2, Requests = 5, WarmupRequests = 0, TimeLimit = TimeSpan.FromMilliseconds(300) });

        Assert.True(result.StoppedEarly);
        Assert.Equal(2, result.Requests); // the two sent, one per connection; the other three never started
        Assert.Equal(2, result.Errors);
        Assert.Equal("no response within the time limit", result.FirstError);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Open_loop_starts_rate_times_duration_requests_after_the_warm_up_and_measures_both_times(int threads)
    {
        using var server = new ScriptedHttpServer(_ => ("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", false));
        var request = Get(server.Port);
        if (FallsBackOffLinux(request))
        {
            return;
        }

        var profile = new LoadProfile { Concurrency = 3, RatePerSecond = 200, Duration = TimeSpan.FromSeconds(0.25), WarmupRequests = 5 };
        var result = await RunAsync(request, profile, threads: threads);

        Assert.Equal(50, result.Requests);
        Assert.Equal(50, result.ServiceTime.Count);
        Assert.Equal(50, result.Statuses[200]);
        Assert.Equal(55, server.Requests.Count);
        Assert.True(result.Latency.Max >= result.ServiceTime.Max, "latency counts from the scheduled time, so it is never below the service time");
    }

    [Fact]
    public async Task The_callers_cancellation_ends_the_run_with_OperationCanceledException()
    {
        using var server = new ScriptedHttpServer(_ => (string.Empty, false));
        var request = Get(server.Port);
        if (FallsBackOffLinux(request))
        {
            return;
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var profile = new LoadProfile { Concurrency = 2, Requests = 10, WarmupRequests = 0, TimeLimit = TimeSpan.FromMinutes(5) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(request, profile, cancel.Token));
    }

    /// <summary>Off Linux the engine is not offered (HttpLoadClient uses the task-based client): checks that, and says so.</summary>
    private static bool FallsBackOffLinux(PreparedRequest request)
    {
        if (OperatingSystem.IsLinux())
        {
            return false;
        }

        Assert.False(EpollLoadEngine.Supports(request));
        return true;
    }

    private static PreparedRequest Get(int port) =>
        new(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}/ping"), Array.Empty<KeyValuePair<string, string>>(), null);

    private static async Task<LoadResult> RunAsync(PreparedRequest request, LoadProfile profile, CancellationToken cancellationToken = default, int? threads = null)
    {
        Assert.True(EpollLoadEngine.Supports(request));
        using var engine = new EpollLoadEngine(request, threads);
        return await LoadRunner.RunAsync(engine, profile, cancellationToken);
    }
}
