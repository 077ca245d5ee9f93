using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Store.Api;

/// <summary>Starts the API on a real Kestrel server at http://127.0.0.1 on a free port.</summary>
public static class StoreApiHost
{
    /// <summary>Binds http://127.0.0.1:0 and returns once the server is listening.</summary>
    public static async Task<RunningStoreApi> StartAsync(StoreApiOptions options, CancellationToken ct = default)
    {
        var app = StoreApp.Build(options);
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
                ?? throw new InvalidOperationException("The server exposes no addresses.");
            var address = addresses.First();
            return new RunningStoreApi(app, options, new Uri(address.EndsWith('/') ? address : address + "/"));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}

/// <summary>A started API; dispose to stop it.</summary>
public sealed class RunningStoreApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningStoreApi(WebApplication app, StoreApiOptions options, Uri baseAddress)
    {
        _app = app;
        Options = options;
        BaseAddress = baseAddress;
    }

    /// <summary>For example <c>http://127.0.0.1:53127/</c> (always with a trailing slash).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The options the API runs with (faults are read on every request).</summary>
    public StoreApiOptions Options { get; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
