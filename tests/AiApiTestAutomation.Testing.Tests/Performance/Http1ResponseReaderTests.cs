using System;
using System.IO;
using System.Text;
using AiApiTestAutomation.Testing.Performance;
using Xunit;

namespace AiApiTestAutomation.Testing.Tests.Performance;

/// <summary>The response reader fed the way a socket delivers: whole, and in every split down to single bytes.</summary>
public sealed class Http1ResponseReaderTests
{
    public static TheoryData<string, bool, int, bool, int> Responses => new()
    {
        // response, HEAD request, status, keep-alive, bytes after the response's end that must stay unread
        { "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", false, 200, true, 0 },
        { "HTTP/1.1 201 Created\r\ntransfer-encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nX-Trailer: t\r\n\r\n", false, 201, true, 0 },
        { "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", false, 503, false, 0 },
        { "HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n", false, 204, true, 0 },
        { "HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n", true, 200, true, 0 },
        { "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1", false, 200, true, 8 },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public void Finds_status_and_end_whatever_the_split(string response, bool headRequest, int status, bool keepAlive, int trailing)
    {
        var bytes = Encoding.ASCII.GetBytes(response);
        var length = bytes.Length - trailing;
        foreach (var chunk in new[] { bytes.Length, 7, 3, 1 })
        {
            var reader = new Http1ResponseReader();
            reader.Begin(headRequest);
            var offset = 0;
            var complete = false;
            while (!complete)
            {
                Assert.True(offset < bytes.Length, $"split {chunk}: the response never completed");
                var count = Math.Min(chunk, bytes.Length - offset);
                bytes.AsSpan(offset, count).CopyTo(reader.FreeSpace().Span);
                offset += count;
                complete = reader.Received(count);
            }

            Assert.Equal(status, reader.Status);
            Assert.Equal(keepAlive, reader.KeepAlive);
            Assert.InRange(offset, length, bytes.Length); // completes no earlier than the last byte of the response
            if (chunk == 1)
            {
                Assert.Equal(length, offset); // and byte by byte, exactly at it
            }
        }
    }

    [Fact]
    public void A_body_without_length_ends_with_the_connection()
    {
        var reader = Feed("HTTP/1.1 200 OK\r\n\r\nstreamed until close", out var complete);

        Assert.False(complete);
        Assert.True(reader.EndOfStream());
        Assert.Equal(200, reader.Status);
        Assert.False(reader.KeepAlive);
    }

    [Fact]
    public void A_response_cut_short_and_a_non_http_answer_are_errors()
    {
        var cut = Feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf", out _);
        Assert.Equal("The server closed the connection before the response was complete.", Assert.Throws<IOException>(() => cut.EndOfStream()).Message);

        Assert.Contains("HTTP/1.x status line", Assert.Throws<IOException>(() => Feed("SSH-2.0-OpenSSH\r\n\r\n", out _)).Message);
    }

    [Fact]
    public void A_head_larger_than_the_buffer_is_an_error_not_a_hang()
    {
        var reader = new Http1ResponseReader();
        reader.Begin(isHeadRequest: false);
        var header = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nX-Big: " + new string('x', 40_000));
        var offset = 0;
        var error = Assert.Throws<IOException>(() =>
        {
            while (offset < header.Length)
            {
                var space = reader.FreeSpace().Span;
                var count = Math.Min(space.Length, header.Length - offset);
                header.AsSpan(offset, count).CopyTo(space);
                offset += count;
                reader.Received(count);
            }
        });

        Assert.Contains("32 KB", error.Message);
    }

    private static Http1ResponseReader Feed(string response, out bool complete)
    {
        var reader = new Http1ResponseReader();
        reader.Begin(isHeadRequest: false);
        var bytes = Encoding.ASCII.GetBytes(response);
        bytes.CopyTo(reader.FreeSpace().Span);
        complete = reader.Received(bytes.Length);
        return reader;
    }
}
