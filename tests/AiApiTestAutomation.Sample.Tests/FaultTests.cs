using System;
using System.Diagnostics;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Store.Api;
using Xunit;

namespace AiApiTestAutomation.Sample.Tests;

/// <summary>Each fault, switched on alone in its own API, shows exactly its documented misbehaviour.</summary>
public sealed class FaultTests
{
    private static async Task WithFaultAsync(string fault, Func<HttpClient, Task> test)
    {
        var options = new StoreApiOptions { ApiKey = "k" };
        options.Faults.Add(fault);
        await using var api = await StoreApiHost.StartAsync(options);
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        await test(client);
    }

    private static async Task<long> CreateProductAsync(HttpClient client)
    {
        var created = await client.SendPostAsync("/products", Bodies.Product().Text());
        created.ShouldBe(201);
        return created.Id;
    }

    [Fact]
    public Task Delete_does_not_delete() => WithFaultAsync(StoreFaults.DeleteDoesNotDelete, async client =>
    {
        var id = await CreateProductAsync(client);
        (await client.SendDeleteAsync($"/products/{id}", "k")).ShouldBe(204);
        (await client.SendGetAsync($"/products/{id}")).ShouldBe(200);
        (await client.SendDeleteAsync($"/products/{id}")).ShouldBe(401, "application/problem+json");
        (await client.SendDeleteAsync("/products/999999", "k")).ShouldBe(404, "application/problem+json");
    });

    [Fact]
    public Task Get_unknown_returns_200() => WithFaultAsync(StoreFaults.GetUnknownReturns200, async client =>
    {
        var reply = await client.SendGetAsync("/products/424242");
        reply.ShouldBe(200);
        Assert.Equal(424242, reply.Id);
        (await client.SendGetAsync("/orders/424242")).ShouldBe(404, "application/problem+json");
    });

    [Fact]
    public Task Accept_long_name() => WithFaultAsync(StoreFaults.AcceptLongName, async client =>
    {
        var longName = Bodies.Product().With("name", new string('n', 150)).Text();
        (await client.SendPostAsync("/products", longName)).ShouldBe(201);
        var id = await CreateProductAsync(client);
        (await client.SendPutAsync($"/products/{id}", longName)).ShouldBe(200);
        (await client.SendPostAsync("/products", Bodies.Product().With("name", "").Text())).ShouldBeValidationError("name");
    });

    [Fact]
    public Task Accept_missing_required() => WithFaultAsync(StoreFaults.AcceptMissingRequired, async client =>
    {
        var reply = await client.SendPostAsync("/products", Bodies.Product().Without("sku").Text());
        reply.ShouldBe(201);
        Assert.False(reply.Json.TryGetProperty("sku", out _));
        (await client.SendPostAsync("/products", Bodies.Product().Without("name").Text())).ShouldBeValidationError("name");
        (await client.SendPostAsync("/products", Bodies.Product().With("sku", "bad").Text())).ShouldBeValidationError("sku");
    });

    [Fact]
    public Task Accept_out_of_range() => WithFaultAsync(StoreFaults.AcceptOutOfRange, async client =>
    {
        var created = await client.SendPostAsync("/orders", Bodies.Order(1000).Text());
        created.ShouldBe(201);
        Assert.Equal(1000, created.Json.GetProperty("quantity").GetInt32());
        (await client.SendPutAsync($"/orders/{created.Id}", Bodies.Order(101).Text())).ShouldBe(200);
        (await client.SendPostAsync("/orders", Bodies.Order(0).Text())).ShouldBeValidationError("quantity");
        (await client.SendPostAsync("/orders", Bodies.Order().With("quantity", 5_000_000_000L).Text())).ShouldBeValidationError("quantity");
    });

    [Fact]
    public Task Wrong_type_property() => WithFaultAsync(StoreFaults.WrongTypeProperty, async client =>
    {
        var created = await client.SendPostAsync("/products", Bodies.Product(12.5m).Text());
        created.ShouldBe(201);
        Assert.Equal(JsonValueKind.String, created.Json.GetProperty("price").ValueKind);
        Assert.Equal("12.5", created.Json.GetProperty("price").GetString());
        var read = await client.SendGetAsync($"/products/{created.Id}");
        Assert.Equal(JsonValueKind.String, read.Json.GetProperty("price").ValueKind);
        var list = await client.SendGetAsync("/products");
        Assert.All(list.Json.EnumerateArray(), p => Assert.Equal(JsonValueKind.String, p.GetProperty("price").ValueKind));
    });

    [Fact]
    public Task Omit_required_property() => WithFaultAsync(StoreFaults.OmitRequiredProperty, async client =>
    {
        var created = await client.SendPostAsync("/orders", Bodies.Order().Text());
        created.ShouldBe(201);
        Assert.False(created.Json.TryGetProperty("customerEmail", out _));
        Assert.False((await client.SendGetAsync($"/orders/{created.Id}")).Json.TryGetProperty("customerEmail", out _));
        Assert.All((await client.SendGetAsync("/orders")).Json.EnumerateArray(), o => Assert.False(o.TryGetProperty("customerEmail", out _)));
    });

    [Fact]
    public Task Enum_out_of_set() => WithFaultAsync(StoreFaults.EnumOutOfSet, async client =>
    {
        var created = await client.SendPostAsync("/orders", Bodies.Order().Text());
        created.ShouldBe(201);
        Assert.Equal("unknown", created.Json.GetProperty("status").GetString());
        Assert.Equal("unknown", (await client.SendGetAsync($"/orders/{created.Id}")).Json.GetProperty("status").GetString());
    });

    [Fact]
    public Task Create_returns_200() => WithFaultAsync(StoreFaults.CreateReturns200, async client =>
    {
        var created = await client.SendPostAsync("/orders", Bodies.Order().Text());
        created.ShouldBe(200);
        (await client.SendGetAsync($"/orders/{created.Id}")).ShouldBe(200);
        (await client.SendPostAsync("/products", Bodies.Product().Text())).ShouldBe(201);
    });

    [Fact]
    public Task Omit_location() => WithFaultAsync(StoreFaults.OmitLocation, async client =>
    {
        var created = await client.SendPostAsync("/products", Bodies.Product().Text());
        created.ShouldBe(201);
        Assert.Null(created.Location);
        Assert.NotNull((await client.SendPostAsync("/orders", Bodies.Order().Text())).Location);
    });

    [Fact]
    public Task Server_error_on_edge_input() => WithFaultAsync(StoreFaults.ServerErrorOnEdgeInput, async client =>
    {
        Assert.Equal(500, (await client.SendPostAsync("/products", Bodies.Product(100000m).Text())).Code);
        (await client.SendPostAsync("/products", Bodies.Product(99999.99m).Text())).ShouldBe(201);
        (await client.SendPostAsync("/products", Bodies.Product(100000.01m).Text())).ShouldBeValidationError("price");
    });

    [Fact]
    public Task Slow_endpoint() => WithFaultAsync(StoreFaults.SlowEndpoint, async client =>
    {
        var id = await CreateProductAsync(client);
        var watch = Stopwatch.StartNew();
        (await client.SendGetAsync($"/products/{id}")).ShouldBe(200);
        Assert.True(watch.ElapsedMilliseconds >= 290, $"took {watch.ElapsedMilliseconds} ms");
        (await client.SendGetAsync("/products/999999")).ShouldBe(404, "application/problem+json");
    });

    [Fact]
    public Task Ignore_invalid_limit() => WithFaultAsync(StoreFaults.IgnoreInvalidLimit, async client =>
    {
        (await client.SendGetAsync("/products?limit=101")).ShouldBe(200);
        (await client.SendGetAsync("/products?limit=0")).ShouldBe(200);
        (await client.SendGetAsync("/products?limit=ten")).ShouldBe(400, "application/problem+json");
    });

    [Fact]
    public Task Reject_limit_at_maximum() => WithFaultAsync(StoreFaults.RejectLimitAtMaximum, async client =>
    {
        (await client.SendGetAsync("/products?limit=100")).ShouldBe(400, "application/problem+json");
        (await client.SendGetAsync("/products?limit=99")).ShouldBe(200);
        (await client.SendGetAsync("/products?limit=1")).ShouldBe(200);
    });

    [Fact]
    public void Every_fault_has_a_test()
    {
        var tested = new[]
        {
            nameof(Delete_does_not_delete), nameof(Get_unknown_returns_200), nameof(Accept_long_name), nameof(Accept_missing_required),
            nameof(Accept_out_of_range), nameof(Wrong_type_property), nameof(Omit_required_property), nameof(Enum_out_of_set),
            nameof(Create_returns_200), nameof(Omit_location), nameof(Server_error_on_edge_input), nameof(Slow_endpoint),
            nameof(Ignore_invalid_limit), nameof(Reject_limit_at_maximum),
        };
        Assert.Equal(StoreFaults.All.Count, tested.Length);
    }

    [Fact]
    public async Task Faults_are_read_on_every_request()
    {
        var options = new StoreApiOptions();
        await using var api = await StoreApiHost.StartAsync(options);
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        (await client.SendPostAsync("/orders", Bodies.Order().Text())).ShouldBe(201);
        options.Faults.Add("CREATE-RETURNS-200");
        (await client.SendPostAsync("/orders", Bodies.Order().Text())).ShouldBe(200);
    }
}
