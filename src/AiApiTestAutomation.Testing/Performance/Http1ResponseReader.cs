using System;
using System.Buffers.Text;
using System.IO;
using System.Text;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// Finds the status and the end of one HTTP/1.1 response as its bytes arrive (Content-Length, chunked, or the
/// server's close), skipping the body without copying it. It owns the receive buffer and never blocks, so the
/// same reader serves the task-based connection and the epoll loop. Not thread-safe: one response at a time.
/// </summary>
internal sealed class Http1ResponseReader
{
    private const int BufferSize = 32 * 1024;

    private readonly byte[] buffer = new byte[BufferSize];
    private int start;
    private int end;
    private Phase phase = Phase.Done;
    private long remaining;
    private bool isHead;

    private enum Phase
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        Trailer,
        UntilClose,
        Done,
    }

    /// <summary>The response's status, once its head is read.</summary>
    public int Status { get; private set; }

    /// <summary>False when the server asked to close, or the body ends with the connection.</summary>
    public bool KeepAlive { get; private set; }

    /// <summary>Whether any byte of the current response has arrived (a stale keep-alive connection fails before that).</summary>
    public bool Started => phase != Phase.Head || end > 0;

    /// <summary>Prepares for the answer to a request just sent; HEAD answers carry no body whatever they announce.</summary>
    public void Begin(bool isHeadRequest)
    {
        start = end = 0;
        isHead = isHeadRequest;
        phase = Phase.Head;
        Status = 0;
        KeepAlive = true;
    }

    /// <summary>Where the next receive writes; room is made by dropping what has been consumed.</summary>
    public Memory<byte> FreeSpace()
    {
        if (start == end)
        {
            start = end = 0;
        }
        else if (end == buffer.Length)
        {
            if (start == 0)
            {
                throw new IOException("A response header or chunk line is longer than the 32 KB buffer.");
            }

            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        return buffer.AsMemory(end);
    }

    /// <summary>Takes in <paramref name="count"/> bytes received into <see cref="FreeSpace"/>; true when the response is complete.</summary>
    public bool Received(int count)
    {
        end += count;
        return Advance();
    }

    /// <summary>The server closed the connection: true when that ends the response, otherwise the response is cut short.</summary>
    public bool EndOfStream()
    {
        KeepAlive = false;
        if (phase == Phase.UntilClose)
        {
            phase = Phase.Done;
            return true;
        }

        if (phase == Phase.Done)
        {
            return true;
        }

        throw new IOException("The server closed the connection before the response was complete.");
    }

    private bool Advance()
    {
        while (true)
        {
            switch (phase)
            {
                case Phase.Head:
                    if (!TryReadHead())
                    {
                        return false;
                    }

                    break;
                case Phase.Body:
                case Phase.ChunkData:
                    var taken = (int)Math.Min(remaining, end - start);
                    start += taken;
                    remaining -= taken;
                    if (remaining > 0)
                    {
                        return false;
                    }

                    phase = phase == Phase.Body ? Phase.Done : Phase.ChunkSize;
                    break;
                case Phase.ChunkSize:
                    if (!TryReadLine(out var sizeLine))
                    {
                        return false;
                    }

                    var size = ParseChunkSize(sizeLine);
                    (phase, remaining) = size == 0 ? (Phase.Trailer, 0L) : (Phase.ChunkData, size + 2); // data and its CRLF
                    break;
                case Phase.Trailer:
                    if (!TryReadLine(out var trailer))
                    {
                        return false;
                    }

                    if (trailer.IsEmpty)
                    {
                        phase = Phase.Done;
                    }

                    break;
                case Phase.UntilClose:
                    start = end;
                    return false;
                default:
                    return true;
            }
        }
    }

    private bool TryReadHead()
    {
        var headerEnd = buffer.AsSpan(start, end - start).IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            return false;
        }

        var head = buffer.AsSpan(start, headerEnd + 2);
        if (head.Length < 12 || !head.StartsWith("HTTP/1."u8) || !Utf8Parser.TryParse(head.Slice(9, 3), out int status, out _))
        {
            throw new IOException("The response does not start with an HTTP/1.x status line.");
        }

        Status = status;
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
            if (name.Length == 14 && Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                Utf8Parser.TryParse(value, out contentLength, out _);
            }
            else if (name.Length == 17 && Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                chunked = Ascii.EqualsIgnoreCase(value, "chunked"u8);
            }
            else if (name.Length == 10 && Ascii.EqualsIgnoreCase(name, "Connection"u8) && Ascii.EqualsIgnoreCase(value, "close"u8))
            {
                KeepAlive = false;
            }
        }

        start += headerEnd + 4;
        if (isHead || status is 204 or 304 or < 200)
        {
            phase = Phase.Done; // no body by definition
        }
        else if (chunked)
        {
            phase = Phase.ChunkSize;
        }
        else if (contentLength >= 0)
        {
            (phase, remaining) = (Phase.Body, contentLength);
        }
        else
        {
            // Neither length nor chunks: the body ends when the server closes the connection.
            phase = Phase.UntilClose;
            KeepAlive = false;
        }

        return true;
    }

    private bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        var lineEnd = buffer.AsSpan(start, end - start).IndexOf("\r\n"u8);
        if (lineEnd < 0)
        {
            line = default;
            return false;
        }

        line = buffer.AsSpan(start, lineEnd);
        start += lineEnd + 2;
        return true;
    }

    private static long ParseChunkSize(ReadOnlySpan<byte> line)
    {
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

        return size;
    }
}
