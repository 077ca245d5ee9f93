using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiApiTestAutomation.Relay.Tests.Infrastructure;

internal sealed record RecordedExport(string Path, string Method, string? Authorization, string? ApiVersion, string Body);

/// <summary>
/// The Apifox Open API export endpoint (and a plain spec URL), served by real Kestrel on loopback. Each request
/// takes the next scripted behaviour, or by default answers 200 with <see cref="Spec"/>.
/// </summary>
internal sealed class FakeApifox : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> script = new();
    private WebApplication? app;

    public string Spec { get; set; } = TestSpecs.PetsV1;

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public ConcurrentQueue<RecordedExport> Requests { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public string SpecUrl => BaseUrl + "/published/openapi.json";

    public static async Task<FakeApifox> StartAsync()
    {
        var fake = new FakeApifox();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        fake.app = builder.Build();
        fake.app.MapPost("/v1/projects/{projectId}/export-openapi", fake.HandleAsync);
        fake.app.MapGet("/published/openapi.json", fake.HandleAsync);
        await fake.app.StartAsync();
        fake.BaseUrl = fake.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public void Enqueue(Func<HttpContext, Task> behaviour) => script.Enqueue(behaviour);

    public void EnqueueStatus(int status, string? retryAfter = null, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Enqueue(context =>
            {
                context.Response.StatusCode = status;
                if (retryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = retryAfter;
                }

                return context.Response.WriteAsync($"{{\"status\":{status}}}");
            });
        }
    }

    /// <summary>Holds the response until the client gives up: the relay's attempt timeout must fire.</summary>
    public void EnqueueHang() => Enqueue(async context =>
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    });

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedExport(
            context.Request.Path,
            context.Request.Method,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers["X-Apifox-Api-Version"].FirstOrDefault(),
            body));

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        if (script.TryDequeue(out var behaviour))
        {
            await behaviour(context);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Spec);
    }
}
