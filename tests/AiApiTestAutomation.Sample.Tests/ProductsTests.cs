using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace AiApiTestAutomation.Sample.Tests;

public sealed class ProductsTests(StoreApiFixture api) : IClassFixture<StoreApiFixture>
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Product_is_created_read_listed_updated_and_deleted()
    {
        var input = Bodies.Product().With("tags", new[] { "a", "b" }).With("description", "Sturdy.");
        var created = await _client.SendPostAsync("/products", input.Text());
        created.ShouldBe(201);
        var id = created.Id;
        Assert.Equal($"/products/{id}", created.Location);
        Assert.Equal(input["name"], created.Json.GetProperty("name").GetString());
        Assert.Equal(12.5m, created.Json.GetProperty("price").GetDecimal());
        Assert.Equal(["a", "b"], created.Json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Sturdy.", created.Json.GetProperty("description").GetString());
        Assert.True(DateTimeOffset.UtcNow - created.Json.GetProperty("createdAt").GetDateTimeOffset() < TimeSpan.FromMinutes(1));

        var read = await _client.SendGetAsync($"/products/{id}");
        read.ShouldBe(200);
        Assert.Equal(created.Text, read.Text);

        var list = await _client.SendGetAsync("/products?limit=100");
        list.ShouldBe(200);
        Assert.Contains(list.Json.EnumerateArray(), p => p.GetProperty("id").GetInt64() == id);

        var updated = await _client.SendPutAsync($"/products/{id}", Bodies.Product(99m).With("category", "books").Text());
        updated.ShouldBe(200);
        Assert.Equal(id, updated.Id);
        Assert.Equal("books", updated.Json.GetProperty("category").GetString());
        Assert.False(updated.Json.TryGetProperty("tags", out _));
        Assert.Equal(created.Json.GetProperty("createdAt").GetString(), updated.Json.GetProperty("createdAt").GetString());

        (await _client.SendDeleteAsync($"/products/{id}", StoreApiFixture.ApiKey)).ShouldBe(204);
        (await _client.SendGetAsync($"/products/{id}")).ShouldBe(404, "application/problem+json");
        (await _client.SendDeleteAsync($"/products/{id}", StoreApiFixture.ApiKey)).ShouldBe(404, "application/problem+json");
        (await _client.SendPutAsync($"/products/{id}", Bodies.Product().Text())).ShouldBe(404, "application/problem+json");
    }

    [Fact]
    public async Task Ids_are_assigned_sequentially()
    {
        var first = (await _client.SendPostAsync("/products", Bodies.Product().Text())).Id;
        var second = (await _client.SendPostAsync("/products", Bodies.Product().Text())).Id;
        Assert.True(second > first);
    }

    [Fact]
    public async Task List_honours_limit_and_defaults_to_20()
    {
        for (var i = 0; i < 22; i++)
        {
            (await _client.SendPostAsync("/products", Bodies.Product().Text())).ShouldBe(201);
        }

        Assert.Equal(20, (await _client.SendGetAsync("/products")).Json.GetArrayLength());
        Assert.Equal(1, (await _client.SendGetAsync("/products?limit=1")).Json.GetArrayLength());
        var ids = (await _client.SendGetAsync("/products?limit=100")).Json.EnumerateArray().Select(p => p.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Order(), ids);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("99999999999")]
    public async Task List_rejects_a_bad_limit(string limit) =>
        (await _client.SendGetAsync("/products?limit=" + Uri.EscapeDataString(limit))).ShouldBeValidationError("limit");

    [Fact]
    public async Task List_rejects_a_repeated_limit() =>
        (await _client.SendGetAsync("/products?limit=1&limit=2")).ShouldBeValidationError("limit");

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.0")]
    [InlineData("99999999999999999999")]
    [InlineData("0")]
    public async Task Ids_that_are_not_known_integers_are_not_found(string id)
    {
        (await _client.SendGetAsync("/products/" + id)).ShouldBe(404, "application/problem+json");
        (await _client.SendPutAsync("/products/" + id, Bodies.Product().Text())).ShouldBe(404, "application/problem+json");
        (await _client.SendDeleteAsync("/products/" + id, StoreApiFixture.ApiKey)).ShouldBe(404, "application/problem+json");
    }

    [Fact]
    public async Task Delete_without_an_api_key_is_unauthorized_and_keeps_the_product()
    {
        var id = (await _client.SendPostAsync("/products", Bodies.Product().Text())).Id;
        var reply = await _client.SendDeleteAsync($"/products/{id}");
        reply.ShouldBe(401, "application/problem+json");
        Assert.Equal(401, reply.Json.GetProperty("status").GetInt32());
        (await _client.SendDeleteAsync($"/products/{id}", "wrong-key")).ShouldBe(401, "application/problem+json");
        (await _client.SendDeleteAsync($"/products/{id}", StoreApiFixture.ApiKey.ToUpperInvariant())).ShouldBe(401, "application/problem+json");
        (await _client.SendDeleteAsync("/products/999999999")).ShouldBe(401, "application/problem+json");
        (await _client.SendGetAsync($"/products/{id}")).ShouldBe(200);
    }

    [Fact]
    public async Task Boundary_values_are_accepted()
    {
        var body = Bodies.Product(100000m)
            .With("name", new string('n', 100))
            .With("tags", Enumerable.Repeat(new string('t', 20), 5).ToArray())
            .With("description", new string('d', 500));
        (await _client.SendPostAsync("/products", body.Text())).ShouldBe(201);
        (await _client.SendPostAsync("/products", Bodies.Product(0m).With("name", "x").Text())).ShouldBe(201);
        (await _client.SendPostAsync("/products", Bodies.Product().With("description", null).With("tags", Array.Empty<string>()).Text())).ShouldBe(201);
        foreach (var category in new[] { "tools", "toys", "books" })
        {
            (await _client.SendPostAsync("/products", Bodies.Product().With("category", category).Text())).ShouldBe(201);
        }

        // Lengths count code points, as JSON Schema does: 100 emoji are 200 UTF-16 units.
        (await _client.SendPostAsync("/products", Bodies.Product().With("name", string.Concat(Enumerable.Repeat("😀", 100))).Text())).ShouldBe(201);
    }

    public static TheoryData<string, string, object?> InvalidFields => new()
    {
        { "name", "name", "" },
        { "name", "name", new string('n', 101) },
        { "name", "name", 5 },
        { "name", "name", null },
        { "price", "price", -0.01m },
        { "price", "price", 100000.01m },
        { "price", "price", "12" },
        { "price", "price", null },
        { "sku", "sku", "abc-1234" },
        { "sku", "sku", "ABC-123" },
        { "sku", "sku", "ABC-1234\n" },
        { "sku", "sku", 1234 },
        { "category", "category", "food" },
        { "category", "category", "Tools" },
        { "tags", "tags", "one" },
        { "tags", "tags", new[] { "1", "2", "3", "4", "5", "6" } },
        { "tags", "tags[0]", new[] { new string('t', 21) } },
        { "tags", "tags[1]", new object?[] { "ok", 7 } },
        { "tags", "tags[0]", new object?[] { null } },
        { "tags", "tags", null },
        { "description", "description", new string('d', 501) },
        { "description", "description", 3 },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Invalid_fields_are_rejected_on_create_and_update(string field, string errorKey, object? value)
    {
        var body = Bodies.Product().With(field, value).Text();
        (await _client.SendPostAsync("/products", body)).ShouldBeValidationError(errorKey);
        var id = (await _client.SendPostAsync("/products", Bodies.Product().Text())).Id;
        (await _client.SendPutAsync($"/products/{id}", body)).ShouldBeValidationError(errorKey);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("price")]
    [InlineData("sku")]
    [InlineData("category")]
    public async Task Missing_required_fields_are_rejected(string field)
    {
        (await _client.SendPostAsync("/products", Bodies.Product().Without(field).Text())).ShouldBeValidationError(field);
        (await _client.SendPutAsync("/products/999999999", Bodies.Product().Without(field).Text())).ShouldBeValidationError(field);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("createdAt")]
    [InlineData("Name")]
    [InlineData("colour")]
    public async Task Unknown_properties_are_rejected(string property) =>
        (await _client.SendPostAsync("/products", Bodies.Product().With(property, 1).Text())).ShouldBeValidationError(property);

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("{\"name\":\"a\",\"name\":\"b\",\"price\":1,\"sku\":\"ABC-1234\",\"category\":\"toys\"}")]
    [InlineData("{\"name\":\"a\",\"price\":1e999,\"sku\":\"ABC-1234\",\"category\":\"toys\"}")]
    public async Task Bodies_that_are_not_one_json_object_are_rejected(string body)
    {
        (await _client.SendPostAsync("/products", body)).ShouldBe(400, "application/problem+json");
        (await _client.SendPutAsync("/products/1", body)).ShouldBe(400, "application/problem+json");
        (await _client.SendPostAsync("/orders", body)).ShouldBe(400, "application/problem+json");
        (await _client.SendPutAsync("/orders/1", body)).ShouldBe(400, "application/problem+json");
    }

    [Fact]
    public async Task A_request_without_content_is_rejected()
    {
        (await _client.SendAsync(HttpMethod.Post, "/products")).ShouldBe(400, "application/problem+json");
        (await _client.SendAsync(HttpMethod.Post, "/orders")).ShouldBe(400, "application/problem+json");
    }

    [Fact]
    public async Task Validation_problem_lists_every_error()
    {
        var reply = await _client.SendPostAsync("/products", "{\"name\":\"\",\"price\":-1,\"extra\":true}");
        reply.ShouldBe(400, "application/problem+json");
        var errors = reply.Json.GetProperty("errors");
        foreach (var key in new[] { "name", "price", "sku", "category", "extra" })
        {
            Assert.True(errors.TryGetProperty(key, out var messages) && messages.ValueKind == JsonValueKind.Array, key);
        }

        Assert.Equal(400, reply.Json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(reply.Json.GetProperty("title").GetString()));
    }
}
