using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.Sockets;
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
    private readonly int capacity;

    // A counting gate that touches no lock while a connection is free (the closed loop never waits on it):
    // free connections minus waiters; below zero, the waiters queue on `waiting`.
    private int free;
    private readonly SemaphoreSlim waiting = new(0);

    // Segment-based: unlike ConcurrentStack, a queue allocates nothing per push.
    private readonly ConcurrentQueue<Http1Connection> idle = new();
    private readonly System.Collections.Generic.List<Http1Connection> open = new();
    private CancellationToken watched;
    private CancellationTokenRegistration watch;
    private bool disposed;

    public Http1Target(PreparedRequest request, int connections)
    {
        host = request.Url.IdnHost;
        port = request.Url.Port;
        encoded = Http1RequestBytes.Encode(request);
        isHead = Http1RequestBytes.IsHead(request);
        capacity = Math.Max(1, connections);
        free = capacity;
    }

    /// <summary>Whether the raw client can send this request; HTTPS and anything unusual go through HttpClient.</summary>
    public static bool Supports(PreparedRequest request) => request.Url.Scheme == Uri.UriSchemeHttp;

    // Pooled state machines: no allocation per request when the call completes asynchronously.
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<int> SendAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Watch(cancellationToken);
        if (Interlocked.Decrement(ref free) < 0)
        {
            try
            {
                await waiting.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref free);
                throw;
            }
        }

        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var connection = idle.TryDequeue(out var pooled) ? pooled : await OpenAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var status = await connection.ExchangeAsync(encoded, isHead).ConfigureAwait(false);
                    if (connection.Reusable)
                    {
                        idle.Enqueue(connection);
                    }
                    else
                    {
                        Close(connection);
                    }

                    return status;
                }
                catch (Exception ex) when (attempt == 0 && connection.Served > 0 && !cancellationToken.IsCancellationRequested && ex is IOException or SocketException)
                {
                    // A kept-alive connection the server closed while idle: retry once on a fresh one, as HttpClient does.
                    Close(connection);
                }
                catch
                {
                    Close(connection);
                    cancellationToken.ThrowIfCancellationRequested();
                    throw;
                }
            }
        }
        finally
        {
            if (Interlocked.Increment(ref free) <= 0)
            {
                waiting.Release();
            }
        }
    }

    public void Dispose()
    {
        lock (open)
        {
            disposed = true;
            watch.Dispose();
            foreach (var connection in open)
            {
                connection.Dispose();
            }

            open.Clear();
        }

        waiting.Dispose();
    }

    /// <summary>
    /// Cancelling a run closes its connections, which ends every pending read. Cheaper than handing the token to
    /// each socket call: that registers and unregisters a callback on the one shared token twice per request.
    /// </summary>
    private void Watch(CancellationToken cancellationToken)
    {
        if (cancellationToken == watched || !cancellationToken.CanBeCanceled)
        {
            return;
        }

        lock (open)
        {
            if (cancellationToken != watched)
            {
                watch.Dispose();
                watched = cancellationToken;
                watch = cancellationToken.UnsafeRegister(static state => ((Http1Target)state!).CloseAll(), this);
            }
        }
    }

    private void CloseAll()
    {
        lock (open)
        {
            foreach (var connection in open)
            {
                connection.Dispose();
            }
        }
    }

    private async ValueTask<Http1Connection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await Http1Connection.OpenAsync(host, port, cancellationToken).ConfigureAwait(false);
        lock (open)
        {
            if (disposed)
            {
                connection.Dispose();
                throw new ObjectDisposedException(nameof(Http1Target));
            }

            open.Add(connection);
        }

        return connection;
    }

    private void Close(Http1Connection connection)
    {
        connection.Dispose();
        lock (open)
        {
            open.Remove(connection);
        }
    }
}
