using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Testing.Performance;
using Xunit;

namespace AiApiTestAutomation.Testing.Tests.Performance;

/// <summary>The raw HTTP/1.1 client against a scripted loopback server: what it sends, and how it finds the end of each answer.</summary>
public sealed class Http1TargetTests
{
    [Fact]
    public async Task Sends_the_prepared_request_and_reads_length_chunked_and_close_delimited_answers()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var received = new List<string>();
        var server = Task.Run(async () =>
        {
            using (var first = await listener.AcceptTcpClientAsync())
            {
                var stream = first.GetStream();
                foreach (var answer in new[]
                {
                    "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                    "HTTP/1.1 201 Created\r\ntransfer-encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nX-Trailer: t\r\n\r\n",
                    "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
                })
                {
                    received.Add(await ReadRequestAsync(stream));
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(answer));
                }
            }

            using var second = await listener.AcceptTcpClientAsync();
            var secondStream = second.GetStream();
            received.Add(await ReadRequestAsync(secondStream));
            await secondStream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 204 No Content\r\n\r\n"));
            await ReadRequestAsync(secondStream); // keeps the connection open until the client is done
        });

        var request = new PreparedRequest(
            HttpMethod.Post,
            new Uri($"http://127.0.0.1:{port}/things?x=1"),
            new[] { new KeyValuePair<string, string>("X-Api-Key", "k") },
            Encoding.UTF8.GetBytes("{}"),
            new[] { new KeyValuePair<string, string>("Content-Type", "application/json") });
        var client = new HttpLoadClient(1);
        var send = client.For(request);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add(await send(timeout.Token));
        }

        Assert.Equal(new[] { 200, 201, 503, 204 }, statuses);
        Assert.Equal(4, received.Count);
        Assert.Equal(
            $"POST /things?x=1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Api-Key: k\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{{}}",
            received[0]);
        Assert.All(received, r => Assert.Equal(received[0], r));

        // Closing the pooled connection ends the server's last read: the client kept it alive until now.
        client.Dispose();
        await Assert.ThrowsAsync<System.IO.EndOfStreamException>(() => server);
    }

    private static async Task<string> ReadRequestAsync(NetworkStream stream)
    {
        var text = new StringBuilder();
        var buffer = new byte[1];
        while (!text.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer) == 0)
            {
                throw new System.IO.EndOfStreamException();
            }

            text.Append((char)buffer[0]);
        }

        var head = text.ToString();
        var lengthAt = head.IndexOf("Content-Length: ", StringComparison.Ordinal);
        if (lengthAt >= 0)
        {
            var length = int.Parse(head.AsSpan(lengthAt + 16, head.IndexOf('\r', lengthAt) - lengthAt - 16));
            var body = new byte[length];
            await stream.ReadExactlyAsync(body);
            text.Append(Encoding.UTF8.GetString(body));
        }

        return text.ToString();
    }
}
