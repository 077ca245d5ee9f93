using System;
using System.Buffers.Text;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// One keep-alive HTTP/1.1 connection that sends pre-encoded request bytes and reads just enough of the answer
/// to find its status and its end (Content-Length, chunked, or close). It exists because HttpClient costs
/// about as much CPU per request as the API under test on loopback; on a small machine the client then
/// steals the API's cores and the measured latency is partly our own. Not thread-safe: one request at a time.
/// </summary>
internal sealed class Http1Connection : IDisposable
{
    private readonly Socket socket;
    private readonly byte[] buffer = new byte[32 * 1024];
    private int start;
    private int end;

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
        var cancellationToken = CancellationToken.None;
        start = end = 0;
        await socket.SendAsync(request, SocketFlags.None).ConfigureAwait(false);

        // The usual answer fits one read: receive here rather than through FillAsync, so a request resumes
        // one state machine instead of three when the read completes.
        int headerEnd;
        while ((headerEnd = buffer.AsSpan(start, end - start).IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (end == buffer.Length)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false); // compacts, or fails on an oversized head
                continue;
            }

            var read = await socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None).ConfigureAwait(false);
            if (read == 0)
            {
                Reusable = false;
                throw new IOException("The server closed the connection before the response was complete.");
            }

            end += read;
        }

        var head = buffer.AsSpan(start, headerEnd + 2);
        if (head.Length < 12 || !head.StartsWith("HTTP/1."u8) || !Utf8Parser.TryParse(head.Slice(9, 3), out int status, out _))
        {
            throw new IOException("The response does not start with an HTTP/1.x status line.");
        }

        long contentLength = -1;
        var chunked = false;
        var lines = head.Slice(head.IndexOf("\r\n"u8) + 2);
        while (lines.Length > 0)
        {
            var lineEnd = lines.IndexOf("\r\n"u8);
            var line = lines.Slice(0, lineEnd);
            lines = lines.Slice(lineEnd + 2);
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }

            var name = line.Slice(0, colon);
            var value = line.Slice(colon + 1).Trim((byte)' ');
            if (name.Length == 14 && System.Text.Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                Utf8Parser.TryParse(value, out contentLength, out _);
            }
            else if (name.Length == 17 && System.Text.Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                chunked = System.Text.Ascii.EqualsIgnoreCase(value, "chunked"u8);
            }
            else if (name.Length == 10 && System.Text.Ascii.EqualsIgnoreCase(name, "Connection"u8) && System.Text.Ascii.EqualsIgnoreCase(value, "close"u8))
            {
                Reusable = false;
            }
        }

        start += headerEnd + 4;
        if (isHead || status is 204 or 304 or < 200)
        {
            // No body by definition.
        }
        else if (chunked)
        {
            await SkipChunkedAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (contentLength >= 0)
        {
            await SkipAsync(contentLength, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Neither length nor chunks: the body ends when the server closes the connection.
            Reusable = false;
            while (await TryFillAsync(cancellationToken).ConfigureAwait(false))
            {
                start = end;
            }
        }

        Served++;
        return status;
    }

    public void Dispose() => socket.Dispose();

    private async ValueTask SkipChunkedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            var size = 0L;
            foreach (var c in line)
            {
                var digit = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
                if (digit < 0)
                {
                    break; // chunk extensions (";name=value") follow the size
                }

                size = (size * 16) + digit;
            }

            if (size == 0)
            {
                // Trailer lines up to the empty line that ends the message.
                while ((await ReadLineAsync(cancellationToken).ConfigureAwait(false)).Length > 0)
                {
                }

                return;
            }

            await SkipAsync(size + 2, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The next line without its CRLF, as chars (chunk sizes and trailers are short ASCII).</summary>
    private async ValueTask<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        int lineEnd;
        while ((lineEnd = buffer.AsSpan(start, end - start).IndexOf("\r\n"u8)) < 0)
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }

        var line = System.Text.Encoding.ASCII.GetString(buffer, start, lineEnd);
        start += lineEnd + 2;
        return line;
    }

    // Pooled state machines: no allocation per request when the call completes asynchronously.
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SkipAsync(long count, CancellationToken cancellationToken)
    {
        while (true)
        {
            var available = end - start;
            if (available >= count)
            {
                start += (int)count;
                return;
            }

            count -= available;
            start = end;
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Pooled state machines: no allocation per request when the call completes asynchronously.
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (!await TryFillAsync(cancellationToken).ConfigureAwait(false))
        {
            Reusable = false;
            throw new IOException("The server closed the connection before the response was complete.");
        }
    }

    // Pooled state machines: no allocation per request when the call completes asynchronously.
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<bool> TryFillAsync(CancellationToken cancellationToken)
    {
        if (start == end)
        {
            start = end = 0;
        }
        else if (end == buffer.Length)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
            if (end == buffer.Length)
            {
                throw new IOException("A response header or chunk line is longer than the 32 KB buffer.");
            }
        }

        var read = await socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None, cancellationToken).ConfigureAwait(false);
        end += read;
        return read > 0;
    }
}
