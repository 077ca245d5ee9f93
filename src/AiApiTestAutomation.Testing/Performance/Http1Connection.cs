using System;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// One keep-alive HTTP/1.1 connection driven by tasks: sends pre-encoded request bytes and lets an
/// <see cref="Http1ResponseReader"/> find the answer's status and end. It exists because HttpClient costs
/// about as much CPU per request as the API under test on loopback; on a small machine the client then
/// steals the API's cores and the measured latency is partly our own. Not thread-safe: one request at a time.
/// </summary>
internal sealed class Http1Connection : IDisposable
{
    private readonly Socket socket;
    private readonly Http1ResponseReader reader = new();

    private Http1Connection(Socket socket) => this.socket = socket;

    public bool Reusable { get; private set; } = true;

    /// <summary>Requests answered on this connection; a failure on a reused connection may be the server's idle close.</summary>
    public int Served { get; private set; }

    public static async ValueTask<Http1Connection> OpenAsync(string host, int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
            return new Http1Connection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends the request and reads the whole response; returns its status.</summary>
    // Pooled state machines: no allocation per request when the call completes asynchronously.
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    // No cancellation token: its owner cancels by disposing the connection, which ends a pending read.
    public async ValueTask<int> ExchangeAsync(ReadOnlyMemory<byte> request, bool isHead)
    {
        reader.Begin(isHead);
        await socket.SendAsync(request, SocketFlags.None).ConfigureAwait(false);
        while (true)
        {
            var read = await socket.ReceiveAsync(reader.FreeSpace(), SocketFlags.None).ConfigureAwait(false);
            if (read == 0)
            {
                Reusable = false;
                reader.EndOfStream(); // throws when the answer is cut short
                break;
            }

            if (reader.Received(read))
            {
                break;
            }
        }

        Reusable &= reader.KeepAlive;
        Served++;
        return reader.Status;
    }

    public void Dispose() => socket.Dispose();
}
