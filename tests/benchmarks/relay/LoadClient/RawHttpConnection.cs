using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

/// <summary>
/// One keep-alive HTTP/1.1 connection that sends a request and reads back exactly one response. Deliberately
/// minimal: HttpClient's per-request work (header collections, content objects, handler pipeline) costs CPU on
/// the same two cores the relay runs on, and every microsecond the client spends is counted as relay latency.
/// </summary>
internal sealed class RawHttpConnection : IDisposable
{
    private readonly Socket socket;
    private readonly byte[] buffer = new byte[4096];
    private int start;
    private int end;

    private RawHttpConnection(Socket socket) => this.socket = socket;

    public static async Task<RawHttpConnection> ConnectAsync(EndPoint endPoint)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endPoint);
        return new RawHttpConnection(socket);
    }

    /// <summary>Writes the whole request; a few hundred bytes always fit the socket buffer, so this does not wait on the server.</summary>
    public void Send(ReadOnlySpan<byte> request)
    {
        while (!request.IsEmpty)
        {
            request = request[socket.Send(request, SocketFlags.None)..];
        }
    }

    /// <summary>Reads one response (Content-Length or chunked body) and returns its status code.</summary>
    public async ValueTask<int> ReadResponseAsync(CancellationToken cancellation)
    {
        int headerEnd;
        while ((headerEnd = buffer.AsSpan(start, end - start).IndexOf("\r\n\r\n"u8)) < 0)
        {
            await FillAsync(cancellation);
        }

        var head = Encoding.ASCII.GetString(buffer, start, headerEnd);
        start += headerEnd + 4;
        var status = int.Parse(head.AsSpan(9, 3), provider: null);
        var length = HeaderValue(head, "content-length");
        if (length is not null)
        {
            await SkipAsync(int.Parse(length, provider: null), cancellation);
        }
        else if (HeaderValue(head, "transfer-encoding") is { } encoding && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            await SkipChunkedAsync(cancellation);
        }

        return status;
    }

    public void Dispose() => socket.Dispose();

    private static string? HeaderValue(string head, string name)
    {
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    private async ValueTask SkipChunkedAsync(CancellationToken cancellation)
    {
        while (true)
        {
            int lineEnd;
            while ((lineEnd = buffer.AsSpan(start, end - start).IndexOf("\r\n"u8)) < 0)
            {
                await FillAsync(cancellation);
            }

            var size = Convert.ToInt32(Encoding.ASCII.GetString(buffer, start, lineEnd).Split(';')[0].Trim(), 16);
            start += lineEnd + 2;
            await SkipAsync(size + 2, cancellation);
            if (size == 0)
            {
                return;
            }
        }
    }

    private async ValueTask SkipAsync(int count, CancellationToken cancellation)
    {
        while (end - start < count)
        {
            count -= end - start;
            start = end;
            await FillAsync(cancellation);
        }

        start += count;
    }

    private async ValueTask FillAsync(CancellationToken cancellation)
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
        }

        var read = await socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None, cancellation);
        if (read == 0)
        {
            throw new SocketException((int)SocketError.ConnectionReset);
        }

        end += read;
    }
}
