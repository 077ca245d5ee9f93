using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace AiApiTestAutomation.Sample.Tests;

/// <summary>A response read to the end: status, media type, headers and the parsed body (if any).</summary>
internal sealed record Reply(HttpStatusCode Status, string? MediaType, string Text, HttpResponseMessage Message)
{
    public int Code => (int)Status;

    public JsonElement Json => JsonDocument.Parse(Text).RootElement.Clone();

    public long Id => Json.GetProperty("id").GetInt64();

    public string? Location => Message.Headers.Location?.OriginalString;

    public override string ToString() => $"{Code} {MediaType} {Text}";
}

internal static class Http
{
    public static async Task<Reply> SendAsync(
        this HttpClient client, HttpMethod method, string path, string? body = null, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        foreach (var header in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, response);
    }

    public static Task<Reply> SendGetAsync(this HttpClient client, string path) => client.SendAsync(HttpMethod.Get, path);

    public static Task<Reply> SendPostAsync(this HttpClient client, string path, string body) => client.SendAsync(HttpMethod.Post, path, body);

    public static Task<Reply> SendPutAsync(this HttpClient client, string path, string body) => client.SendAsync(HttpMethod.Put, path, body);

    public static Task<Reply> SendDeleteAsync(this HttpClient client, string path, string? apiKey = null) =>
        client.SendAsync(HttpMethod.Delete, path, headers: apiKey is null ? null : [new("X-Api-Key", apiKey)]);

    public static void ShouldBe(this Reply reply, int status, string mediaType = "application/json")
    {
        Assert.True(reply.Code == status, $"expected {status}, got {reply}");
        if (status != 204)
        {
            Assert.Equal(mediaType, reply.MediaType);
        }
    }

    /// <summary>A 400 ValidationProblemDetails whose <c>errors</c> names <paramref name="key"/>.</summary>
    public static void ShouldBeValidationError(this Reply reply, string key)
    {
        reply.ShouldBe(400, "application/problem+json");
        var errors = reply.Json.GetProperty("errors");
        Assert.True(errors.TryGetProperty(key, out _), $"expected an error for '{key}', got {reply.Text}");
    }

    public static string Json(object value) => JsonSerializer.Serialize(value, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>Valid bodies with unique data per call.</summary>
internal static class Bodies
{
    private static int _counter;

    public static Dictionary<string, object?> Product(decimal price = 12.5m)
    {
        var n = System.Threading.Interlocked.Increment(ref _counter) % 10_000;
        return new()
        {
            ["name"] = "Product " + n,
            ["price"] = price,
            ["sku"] = $"ABC-{n:D4}",
            ["category"] = "tools",
        };
    }

    public static Dictionary<string, object?> Order(int quantity = 3) => new()
    {
        ["productId"] = 42,
        ["quantity"] = quantity,
        ["customerEmail"] = "jane.doe@example.com",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string key, object? value)
    {
        body[key] = value;
        return body;
    }

    public static Dictionary<string, object?> Without(this Dictionary<string, object?> body, string key)
    {
        body.Remove(key);
        return body;
    }

    public static string Text(this Dictionary<string, object?> body) => Http.Json(body);
}
