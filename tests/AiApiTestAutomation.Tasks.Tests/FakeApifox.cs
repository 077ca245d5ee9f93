using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Tasks.Tests;

/// <summary>An in-process stand-in for the Apifox Open API on 127.0.0.1: answers every request with the configured status and body and records what it was sent.</summary>
internal sealed class FakeApifox : IDisposable
{
    private readonly HttpListener listener;
    private readonly Task loop;

    public FakeApifox()
    {
        // A free port can be taken by a parallel test between probing and binding: probe again.
        for (var attempt = 1; ; attempt++)
        {
            var url = $"http://127.0.0.1:{FreePort()}";
            var candidate = new HttpListener();
            candidate.Prefixes.Add(url + "/");
            try
            {
                candidate.Start();
                listener = candidate;
                BaseUrl = url;
                break;
            }
            catch (HttpListenerException) when (attempt < 20)
            {
                candidate.Close();
            }
        }

        loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public int Status { get; set; } = 200;

    public string Body { get; set; } = "{}";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public void Dispose()
    {
        // Close alone: on Linux, Stop then Close unregisters the prefix twice, and the second time binds the port
        // again to find its endpoint, which fails when a parallel test has taken the port in between.
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was stopped under a pending GetContextAsync.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            Requests.Enqueue(new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                context.Request.Headers["Authorization"],
                context.Request.Headers["X-Apifox-Api-Version"],
                context.Request.ContentType,
                await reader.ReadToEndAsync()));

            var bytes = Encoding.UTF8.GetBytes(Body);
            context.Response.StatusCode = Status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}

internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? ApiVersion, string? ContentType, string Body);
