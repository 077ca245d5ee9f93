using System;
using System.Net.Http;
using System.Threading.Tasks;
using Store.Api;
using Xunit;

namespace AiApiTestAutomation.Sample.Tests;

/// <summary>One API without faults, shared by the tests of a class; tests use their own data.</summary>
public sealed class StoreApiFixture : IAsyncLifetime
{
    private RunningStoreApi? _api;

    public const string ApiKey = "fixture-key";

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress => _api!.BaseAddress;

    public async Task InitializeAsync()
    {
        _api = await StoreApiHost.StartAsync(new StoreApiOptions { ApiKey = ApiKey });
        Client = new HttpClient { BaseAddress = _api.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
    }
}
