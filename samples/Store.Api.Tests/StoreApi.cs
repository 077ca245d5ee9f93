using System;
using System.Threading.Tasks;
using AiApiTestAutomation.Testing.Http;
using Store.Api;

namespace Store.Api.Tests.Generated;

/// <summary>
/// Our part of the generated fixture: start the sample API as a real Kestrel server on a free
/// loopback port, unless API_BASE_URL points the tests at an API that is already running.
/// </summary>
public sealed partial class StoreApi
{
    private RunningStoreApi? host;

    protected override async Task<Uri?> StartHostAsync()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("API_BASE_URL")))
        {
            return null;
        }

        host = await StoreApiHost.StartAsync(StoreApiOptions.FromEnvironment());
        return host.BaseAddress;
    }

    protected override async Task StopHostAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    protected override string? GetCredential(SecuritySchemeInfo scheme) =>
        scheme.Name == "ApiKeyAuth" && host is not null ? host.Options.ApiKey : base.GetCredential(scheme);
}
