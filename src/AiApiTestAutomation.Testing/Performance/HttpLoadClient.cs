using System;
using System.Buffers;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// The HTTP side of a load run: one connection per worker (MaxConnectionsPerServer), no proxy, cookies,
/// redirects, decompression or distributed-tracing headers, and response bodies drained into a pooled
/// buffer, so the client measures the API rather than its own bookkeeping.
/// </summary>
public sealed class HttpLoadClient : IDisposable
{
    private readonly HttpMessageInvoker invoker;

    public HttpLoadClient(int connections)
    {
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

    public LoadRequest For(PreparedRequest request) => cancellationToken => SendAsync(request, cancellationToken);

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

    public void Dispose() => invoker.Dispose();
}
