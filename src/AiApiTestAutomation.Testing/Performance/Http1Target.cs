using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// Sends one prepared plain-HTTP request over a pool of at most N <see cref="Http1Connection"/>s. The request
/// is encoded once; each send is a socket write of the same bytes and a read of the answer, with no
/// per-request allocation on the happy path.
/// </summary>
internal sealed class Http1Target : IDisposable
{
    private readonly string host;
    private readonly int port;
    private readonly ReadOnlyMemory<byte> encoded;
    private readonly bool isHead;
    private readonly SemaphoreSlim gate;
    private readonly ConcurrentStack<Http1Connection> idle = new();

    public Http1Target(PreparedRequest request, int connections)
    {
        host = request.Url.IdnHost;
        port = request.Url.Port;
        encoded = Encode(request);
        isHead = request.Method.Method == "HEAD";
        gate = new SemaphoreSlim(Math.Max(1, connections));
    }

    /// <summary>Whether the raw client can send this request; HTTPS and anything unusual go through HttpClient.</summary>
    public static bool Supports(PreparedRequest request) => request.Url.Scheme == Uri.UriSchemeHttp;

    // Pooled state machines: no allocation per request when the call completes asynchronously.
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<int> SendAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var connection = idle.TryPop(out var pooled) ? pooled : await Http1Connection.OpenAsync(host, port, cancellationToken).ConfigureAwait(false);
                try
                {
                    var status = await connection.ExchangeAsync(encoded, isHead, cancellationToken).ConfigureAwait(false);
                    if (connection.Reusable)
                    {
                        idle.Push(connection);
                    }
                    else
                    {
                        connection.Dispose();
                    }

                    return status;
                }
                catch (Exception ex) when (attempt == 0 && connection.Served > 0 && ex is IOException or SocketException)
                {
                    // A kept-alive connection the server closed while idle: retry once on a fresh one, as HttpClient does.
                    connection.Dispose();
                }
                catch
                {
                    connection.Dispose();
                    throw;
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        while (idle.TryPop(out var connection))
        {
            connection.Dispose();
        }

        gate.Dispose();
    }

    private static byte[] Encode(PreparedRequest request)
    {
        var head = new StringBuilder();
        head.Append(request.Method.Method).Append(' ').Append(request.Url.PathAndQuery).Append(" HTTP/1.1\r\n");
        head.Append("Host: ").Append(request.Url.Authority).Append("\r\n");
        foreach (var header in request.Headers)
        {
            if (!string.Equals(header.Key, "Host", StringComparison.OrdinalIgnoreCase))
            {
                head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            }
        }

        if (request.Body is { } body)
        {
            foreach (var header in request.ContentHeaders)
            {
                head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            }

            head.Append("Content-Length: ").Append(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n");
        }
        else if (request.Method.Method is "POST" or "PUT" or "PATCH")
        {
            head.Append("Content-Length: 0\r\n");
        }

        head.Append("\r\n");
        var headBytes = Encoding.UTF8.GetBytes(head.ToString());
        if (request.Body is null)
        {
            return headBytes;
        }

        var bytes = new byte[headBytes.Length + request.Body.Length];
        headBytes.CopyTo(bytes, 0);
        request.Body.CopyTo(bytes, headBytes.Length);
        return bytes;
    }
}
