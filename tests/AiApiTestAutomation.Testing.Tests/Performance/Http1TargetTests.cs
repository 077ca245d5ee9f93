using System;
using System.Collections.Generic;
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
        using var server = FourAnswers.StartServer();
        var request = FourAnswers.Request(server.Port);
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
        Assert.All(server.Requests, r => Assert.Equal(FourAnswers.OnTheWire(server.Port), r));
    }
}
