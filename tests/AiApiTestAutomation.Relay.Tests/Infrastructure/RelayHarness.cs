using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiApiTestAutomation.Relay.Tests.Infrastructure;

/// <summary>The real relay (RelayApp, real Kestrel on 127.0.0.1, real SQLite file, real git) started in-process for one test.</summary>
internal sealed class RelayHarness : IAsyncDisposable
{
    private readonly WebApplication app;

    private RelayHarness(WebApplication app, string baseUrl, string databasePath, CapturedLogs logs)
    {
        this.app = app;
        DatabasePath = databasePath;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public HttpClient Client { get; }

    public string DatabasePath { get; }

    public CapturedLogs Logs { get; }

    public static async Task<RelayHarness> StartAsync(TempDirectory temp, IDictionary<string, string?> settings)
    {
        var logs = new CapturedLogs();

        // The content root is the test's own directory, so the relay's appsettings.json (and its demo project) stay out.
        var app = RelayApp.Build(new[] { $"--contentRoot={temp.Path}", "--urls=http://127.0.0.1:0" }, builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RelayHarness(app, address, settings["Relay:DatabasePath"]!, logs);
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => Client.SendAsync(request);

    /// <summary>Reads the inbox file through its own connection, as a second process would.</summary>
    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Waits for the worker to reach a state; the generous limit only bounds a broken test, it measures nothing.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for: {what}\n{string.Join("\n", Logs.Lines.TakeLast(20))}");
            }

            await Task.Delay(25);
        }
    }

    public Task WaitForIdleAsync() => WaitUntilAsync(() => Scalar("SELECT COUNT(*) FROM events WHERE state = 'pending'") == 0, "no pending events");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
