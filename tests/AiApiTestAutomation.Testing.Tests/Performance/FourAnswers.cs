using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using AiApiTestAutomation.Testing.Performance;

namespace AiApiTestAutomation.Testing.Tests.Performance;

/// <summary>
/// The scenario both raw HTTP clients are checked with: one POST, answered four ways in turn (Content-Length,
/// chunked with an extension and a trailer, an error that closes the connection, no body).
/// </summary>
internal static class FourAnswers
{
    public static readonly (string Answer, bool Close)[] Script =
    {
        ("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", false),
        ("HTTP/1.1 201 Created\r\ntransfer-encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nX-Trailer: t\r\n\r\n", false),
        ("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", true),
        ("HTTP/1.1 204 No Content\r\n\r\n", false),
    };

    public static ScriptedHttpServer StartServer() => new(n => Script[n - 1]);

    public static PreparedRequest Request(int port) => new(
        HttpMethod.Post,
        new Uri($"http://127.0.0.1:{port}/things?x=1"),
        new[] { new KeyValuePair<string, string>("X-Api-Key", "k") },
        Encoding.UTF8.GetBytes("{}"),
        new[] { new KeyValuePair<string, string>("Content-Type", "application/json") });

    /// <summary>The request as the server must read it, every time.</summary>
    public static string OnTheWire(int port) =>
        $"POST /things?x=1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Api-Key: k\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{{}}";
}
