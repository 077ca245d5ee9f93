using System;
using System.Buffers;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// The HTTP side of a load run, with one connection per worker. Plain HTTP on Linux runs on epoll loops
/// (<see cref="Linux.EpollLoadEngine"/>, about wrk's cost per request); elsewhere, or with
/// AAT_PERFORMANCE_CLIENT=tasks, on a minimal task-based HTTP/1.1 client (<see cref="Http1Target"/>). HTTPS, or
/// AAT_PERFORMANCE_CLIENT=httpclient, goes through SocketsHttpHandler (MaxConnectionsPerServer, no proxy,
/// cookies, redirects, decompression or tracing headers, bodies drained into a pooled buffer).
/// </summary>
public sealed class HttpLoadClient : IDisposable
{
    public const string ClientVariable = "AAT_PERFORMANCE_CLIENT";

    private readonly HttpMessageInvoker invoker;
    private readonly int connections;
    private readonly System.Collections.Generic.List<Http1Target> targets = new();

    public HttpLoadClient(int connections)
    {
        this.connections = Math.Max(1, connections);
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(1, connections),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ActivityHeadersPropagator = null,
        };

        // HttpMessageInvoker, not HttpClient: no per-request timeout token source; the run's token bounds each request.
        invoker = new HttpMessageInvoker(handler, disposeHandler: true);
    }

    /// <summary>Applies the profile to the request with the cheapest engine that can send it.</summary>
    public async Task<LoadResult> RunAsync(PreparedRequest request, LoadProfile profile, CancellationToken cancellationToken = default)
    {
        var choice = Environment.GetEnvironmentVariable(ClientVariable);
        if (string.IsNullOrEmpty(choice) && Linux.EpollLoadEngine.Supports(request))
        {
            using var engine = new Linux.EpollLoadEngine(request);
            return await LoadRunner.RunAsync(engine, profile, cancellationToken).ConfigureAwait(false);
        }

        return await LoadRunner.RunAsync(For(request), profile, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One request as a delegate for the task-based engine: the raw client for plain HTTP, HttpClient otherwise.</summary>
    public LoadRequest For(PreparedRequest request)
    {
        if (Http1Target.Supports(request) && !string.Equals(Environment.GetEnvironmentVariable(ClientVariable), "httpclient", StringComparison.OrdinalIgnoreCase))
        {
            var target = new Http1Target(request, connections);
            lock (targets)
            {
                targets.Add(target);
            }

            return target.SendAsync;
        }

        return cancellationToken => SendAsync(request, cancellationToken);
    }

    public async ValueTask<int> SendAsync(PreparedRequest request, CancellationToken cancellationToken)
    {
        using var message = request.CreateMessage();
        using var response = await invoker.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            // The body is read to the end, as a real client would, so slow streaming counts in the latency.
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (await stream.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false) > 0)
                {
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (int)response.StatusCode;
    }

    public void Dispose()
    {
        lock (targets)
        {
            targets.ForEach(t => t.Dispose());
            targets.Clear();
        }

        invoker.Dispose();
    }
}
