using System;
using System.Net.Http;
using System.Threading.Tasks;
using Store.Api;
using Xunit;

namespace AiApiTestAutomation.Sample.Tests;

public sealed class HostingTests
{
    [Fact]
    public void Options_default_to_the_sample_key_and_no_faults()
    {
        var options = new StoreApiOptions();
        Assert.Equal("store-sample-key", options.ApiKey);
        Assert.Empty(options.Faults);
    }

    [Fact]
    public void Environment_values_set_the_key_and_the_faults()
    {
        var options = StoreApiOptions.FromValues(" secret ", "slow-endpoint, OMIT-LOCATION,,");
        Assert.Equal("secret", options.ApiKey);
        Assert.Equal(2, options.Faults.Count);
        Assert.Contains(StoreFaults.SlowEndpoint, options.Faults);
        Assert.Contains(StoreFaults.OmitLocation, options.Faults);
        Assert.Equal("store-sample-key", StoreApiOptions.FromValues(null, null).ApiKey);
        Assert.Equal("store-sample-key", StoreApiOptions.FromValues("  ", "").ApiKey);
    }

    [Fact]
    public async Task Hosts_listen_on_loopback_on_distinct_free_ports_and_keep_separate_data()
    {
        await using var first = await StoreApiHost.StartAsync(new StoreApiOptions());
        await using var second = await StoreApiHost.StartAsync(new StoreApiOptions());
        Assert.Equal("127.0.0.1", first.BaseAddress.Host);
        Assert.NotEqual(0, first.BaseAddress.Port);
        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
        Assert.EndsWith("/", first.BaseAddress.AbsoluteUri, StringComparison.Ordinal);

        using var a = new HttpClient { BaseAddress = first.BaseAddress };
        using var b = new HttpClient { BaseAddress = second.BaseAddress };
        var id = (await a.SendPostAsync("/products", Bodies.Product().Text())).Id;
        (await b.SendGetAsync($"/products/{id}")).ShouldBe(404, "application/problem+json");
    }

    [Fact]
    public async Task The_configured_api_key_is_the_one_accepted()
    {
        await using var api = await StoreApiHost.StartAsync(new StoreApiOptions { ApiKey = "custom" });
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        var id = (await client.SendPostAsync("/products", Bodies.Product().Text())).Id;
        (await client.SendDeleteAsync($"/products/{id}", "store-sample-key")).ShouldBe(401, "application/problem+json");
        (await client.SendDeleteAsync($"/products/{id}", "custom")).ShouldBe(204);
    }

    [Fact]
    public async Task Undocumented_routes_answer_with_problem_details()
    {
        await using var api = await StoreApiHost.StartAsync(new StoreApiOptions());
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        (await client.SendGetAsync("/nowhere")).ShouldBe(404, "application/problem+json");
        Assert.Equal(405, (await client.SendAsync(HttpMethod.Patch, "/products/1", "{}")).Code);
    }

    [Fact]
    public async Task Stopped_hosts_stop_listening()
    {
        var api = await StoreApiHost.StartAsync(new StoreApiOptions());
        var address = api.BaseAddress;
        await api.DisposeAsync();
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendGetAsync("/products"));
    }
}
