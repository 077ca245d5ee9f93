using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace AiApiTestAutomation.Sample.Tests;

public sealed class OrdersTests(StoreApiFixture api) : IClassFixture<StoreApiFixture>
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Order_is_created_read_listed_updated_and_deleted()
    {
        var created = await _client.SendPostAsync("/orders", Bodies.Order().With("note", "Ring twice.").Text());
        created.ShouldBe(201);
        var id = created.Id;
        Assert.Equal($"/orders/{id}", created.Location);
        Assert.Equal("pending", created.Json.GetProperty("status").GetString());
        Assert.Equal(42, created.Json.GetProperty("productId").GetInt64());
        Assert.Equal(3, created.Json.GetProperty("quantity").GetInt32());
        Assert.Equal("jane.doe@example.com", created.Json.GetProperty("customerEmail").GetString());
        Assert.Equal("Ring twice.", created.Json.GetProperty("note").GetString());

        var read = await _client.SendGetAsync($"/orders/{id}");
        read.ShouldBe(200);
        Assert.Equal(created.Text, read.Text);

        var list = await _client.SendGetAsync("/orders");
        list.ShouldBe(200);
        Assert.Contains(list.Json.EnumerateArray(), o => o.GetProperty("id").GetInt64() == id);

        var updated = await _client.SendPutAsync($"/orders/{id}", Bodies.Order(7).Text());
        updated.ShouldBe(200);
        Assert.Equal(7, updated.Json.GetProperty("quantity").GetInt32());
        Assert.False(updated.Json.TryGetProperty("note", out _));
        Assert.Equal("pending", updated.Json.GetProperty("status").GetString());

        (await _client.SendDeleteAsync($"/orders/{id}")).ShouldBe(204);
        (await _client.SendGetAsync($"/orders/{id}")).ShouldBe(404, "application/problem+json");
        (await _client.SendDeleteAsync($"/orders/{id}")).ShouldBe(404, "application/problem+json");
        (await _client.SendPutAsync($"/orders/{id}", Bodies.Order().Text())).ShouldBe(404, "application/problem+json");
    }

    [Fact]
    public async Task The_product_of_an_order_is_not_checked() =>
        (await _client.SendPostAsync("/orders", Bodies.Order().With("productId", long.MaxValue).Text())).ShouldBe(201);

    [Fact]
    public async Task Boundary_values_are_accepted()
    {
        (await _client.SendPostAsync("/orders", Bodies.Order(1).With("productId", 1).Text())).ShouldBe(201);
        (await _client.SendPostAsync("/orders", Bodies.Order(100).With("note", new string('n', 200)).Text())).ShouldBe(201);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("1e3")]
    public async Task Ids_that_are_not_integers_are_not_found(string id)
    {
        (await _client.SendGetAsync("/orders/" + id)).ShouldBe(404, "application/problem+json");
        (await _client.SendPutAsync("/orders/" + id, Bodies.Order().Text())).ShouldBe(404, "application/problem+json");
        (await _client.SendDeleteAsync("/orders/" + id)).ShouldBe(404, "application/problem+json");
    }

    public static TheoryData<string, object?> InvalidFields => new()
    {
        { "productId", 0 },
        { "productId", -5 },
        { "productId", 1.5 },
        { "productId", "1" },
        { "productId", null },
        { "productId", 1e20 },
        { "quantity", 0 },
        { "quantity", 101 },
        { "quantity", 5_000_000_000L },
        { "quantity", 2.5 },
        { "quantity", true },
        { "customerEmail", "not-an-email" },
        { "customerEmail", "a@b" },
        { "customerEmail", "a b@c.com" },
        { "customerEmail", "a@@c.com" },
        { "customerEmail", "" },
        { "customerEmail", 12 },
        { "note", new string('n', 201) },
        { "note", null },
        { "note", 5 },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Invalid_fields_are_rejected_on_create_and_update(string field, object? value)
    {
        var body = Bodies.Order().With(field, value).Text();
        (await _client.SendPostAsync("/orders", body)).ShouldBeValidationError(field);
        var id = (await _client.SendPostAsync("/orders", Bodies.Order().Text())).Id;
        (await _client.SendPutAsync($"/orders/{id}", body)).ShouldBeValidationError(field);
        (await _client.SendPutAsync("/orders/999999999", body)).ShouldBeValidationError(field);
    }

    [Theory]
    [InlineData("productId")]
    [InlineData("quantity")]
    [InlineData("customerEmail")]
    public async Task Missing_required_fields_are_rejected(string field) =>
        (await _client.SendPostAsync("/orders", Bodies.Order().Without(field).Text())).ShouldBeValidationError(field);

    [Theory]
    [InlineData("status")]
    [InlineData("id")]
    [InlineData("email")]
    public async Task Unknown_properties_are_rejected(string property) =>
        (await _client.SendPostAsync("/orders", Bodies.Order().With(property, "x").Text())).ShouldBeValidationError(property);

    [Fact]
    public async Task Concurrent_creates_get_distinct_ids()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _client.SendPostAsync("/orders", Bodies.Order().Text())));
        Assert.All(replies, r => r.ShouldBe(201));
        Assert.Equal(50, replies.Select(r => r.Id).Distinct().Count());
    }
}
