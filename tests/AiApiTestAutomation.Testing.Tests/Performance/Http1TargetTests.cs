using System;
using System.Collections.Generic;
using System.Net.Http;
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
        var answers = new[]
        {
            ("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", false),
            ("HTTP/1.1 201 Created\r\ntransfer-encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nX-Trailer: t\r\n\r\n", false),
            ("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", true),
            ("HTTP/1.1 204 No Content\r\n\r\n", false),
        };
        using var server = new ScriptedHttpServer(n => answers[n - 1]);
        var request = new PreparedRequest(
            HttpMethod.Post,
            new Uri($"http://127.0.0.1:{server.Port}/things?x=1"),
            new[] { new KeyValuePair<string, string>("X-Api-Key", "k") },
            Encoding.UTF8.GetBytes("{}"),
            new[] { new KeyValuePair<string, string>("Content-Type", "application/json") });
        using var client = new HttpLoadClient(1);
        var send = client.For(request);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add(await send(timeout.Token));
        }

        Assert.Equal(new[] { 200, 201, 503, 204 }, statuses);
        Assert.Equal(2, server.Connections); // a second connection after the server's close
        Assert.Equal(4, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(
            $"POST /things?x=1 HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nX-Api-Key: k\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{{}}",
            r));
    }
}
