using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Store.Api;
using Xunit;

namespace AiApiTestAutomation.Sample.Tests;

/// <summary>
/// The spec (samples/Store.Api.Tests/specs/store.openapi.json) and the API agree: every documented status is produced and
/// conforms (media type, schema, required headers), every answer is a documented status, and the routes match.
/// </summary>
public sealed class SpecAgreementTests(StoreApiFixture api) : IClassFixture<StoreApiFixture>
{
    private static readonly string SpecText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "specs", "store.openapi.json"));
    private static readonly JsonElement Spec = JsonDocument.Parse(SpecText).RootElement.Clone();
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private readonly HttpClient _client = api.Client;
    private readonly MiniSchemaValidator _validator = new(Spec);

    private sealed record Operation(string Path, string Method, JsonElement Node)
    {
        public string Id => Node.GetProperty("operationId").GetString()!;

        public JsonElement Responses => Node.GetProperty("responses");

        public IEnumerable<int> Statuses => Responses.EnumerateObject().Select(r => int.Parse(r.Name, CultureInfo.InvariantCulture));

        public bool NeedsApiKey => Node.TryGetProperty("security", out var s) && s.GetArrayLength() > 0;

        public JsonElement? BodyExample =>
            Node.TryGetProperty("requestBody", out var body) ? body.GetProperty("content").GetProperty("application/json").GetProperty("example") : null;

        public string? PathParameter => Path.Contains('{') ? Path[(Path.IndexOf('{') + 1)..Path.IndexOf('}')] : null;

        public override string ToString() => $"{Method.ToUpperInvariant()} {Path} ({Id})";
    }

    private static IEnumerable<Operation> Operations() =>
        from path in Spec.GetProperty("paths").EnumerateObject()
        from method in path.Value.EnumerateObject()
        where Methods.Contains(method.Name)
        select new Operation(path.Name, method.Name, method.Value);

    [Fact]
    public void Spec_reads_without_errors_or_warnings_in_Microsoft_OpenApi()
    {
        var result = OpenApiDocument.Parse(SpecText, "json", new OpenApiReaderSettings());
        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostic?.Errors.Select(e => e.ToString()) ?? []);
        Assert.Empty(result.Diagnostic?.Warnings.Select(e => e.ToString()) ?? []);
        Assert.Equal(10, result.Document!.Paths.Values.Sum(p => p.Operations?.Count ?? 0));
    }

    [Fact]
    public void Spec_has_the_agreed_operations_tags_and_security()
    {
        Assert.Equal("3.0.1", Spec.GetProperty("openapi").GetString());
        var ids = Operations().Select(o => o.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[] { "createOrder", "createProduct", "deleteOrder", "deleteProduct", "getOrder", "getProduct", "listOrders", "listProducts", "updateOrder", "updateProduct" },
            ids);
        foreach (var operation in Operations())
        {
            var tag = operation.Path.StartsWith("/products", StringComparison.Ordinal) ? "products" : "orders";
            Assert.Equal(tag, operation.Node.GetProperty("tags")[0].GetString());
            Assert.Equal(operation.Id == "deleteProduct", operation.NeedsApiKey);
            Assert.Equal("released", operation.Node.GetProperty("x-apifox-status").GetString());
        }

        var scheme = Spec.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKeyAuth");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal(StoreApp.ApiKeyHeader, scheme.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Every_route_of_the_api_is_documented_and_every_documented_operation_is_a_route()
    {
        await using var app = StoreApp.Build(new StoreApiOptions());
        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m =>
                $"{m.ToLowerInvariant()} {"/" + e.RoutePattern.RawText!.Trim('/')}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var documented = Operations().Select(o => $"{o.Method} {o.Path}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(documented, routes);
    }

    [Fact]
    public void Request_examples_and_property_examples_are_valid()
    {
        foreach (var operation in Operations().Where(o => o.BodyExample is not null))
        {
            var schema = operation.Node.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Assert.Empty(_validator.Validate(schema, operation.BodyExample!.Value).Select(e => $"{operation}: {e}"));
        }

        foreach (var schema in Spec.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            foreach (var property in schema.Value.GetProperty("properties").EnumerateObject())
            {
                if (property.Value.TryGetProperty("example", out var example))
                {
                    Assert.Empty(_validator.Validate(property.Value, example).Select(e => $"{schema.Name}.{property.Name}: {e}"));
                }
            }
        }

        foreach (var operation in Operations())
        {
            foreach (var parameter in operation.Node.GetProperty("parameters").EnumerateArray())
            {
                Assert.Empty(_validator.Validate(parameter.GetProperty("schema"), parameter.GetProperty("example")));
            }
        }
    }

    [Fact]
    public void Responses_follow_the_house_rules()
    {
        foreach (var operation in Operations())
        {
            Assert.Single(operation.Statuses, s => s is >= 200 and < 300);
            Assert.DoesNotContain(operation.Statuses, s => s >= 500);
            foreach (var response in operation.Responses.EnumerateObject())
            {
                var status = int.Parse(response.Name, CultureInfo.InvariantCulture);
                var hasContent = response.Value.TryGetProperty("content", out var content);
                Assert.Equal(status != 204, hasContent);
                if (hasContent)
                {
                    Assert.Equal(status >= 400 ? "application/problem+json" : "application/json", content.EnumerateObject().Single().Name);
                }

                var hasLocation = response.Value.GetProperty("headers").TryGetProperty("Location", out var location);
                Assert.Equal(status == 201, hasLocation);
                Assert.True(!hasLocation || location.GetProperty("required").GetBoolean());
            }
        }
    }

    public static TheoryData<string> OperationIds()
    {
        var data = new TheoryData<string>();
        foreach (var operation in Operations())
        {
            data.Add(operation.Id);
        }

        return data;
    }

    /// <summary>Drives each documented status on purpose and checks the answer conforms to that response.</summary>
    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task Every_documented_status_is_produced_and_conforms(string operationId)
    {
        var operation = Operations().Single(o => o.Id == operationId);
        foreach (var status in operation.Statuses)
        {
            var (id, body, query, withKey) = status switch
            {
                404 => ("999999999", Valid(operation), "", true),
                400 when operation.BodyExample is not null => (await ExistingIdAsync(operation), "{\"unexpected\":true}", "", true),
                400 => (await ExistingIdAsync(operation), Valid(operation), "?" + BadQuery(operation), true),
                401 => (await ExistingIdAsync(operation), Valid(operation), "", false),
                _ => (await ExistingIdAsync(operation), Valid(operation), "", true),
            };
            var reply = await SendAsync(operation, id, body, query, withKey);
            Assert.True(reply.Code == status, $"{operation}: meant to produce {status}, got {reply}");
            await AssertConformsAsync(operation, reply);
        }
    }

    /// <summary>Whatever the mix of id, body and key, the answer is a documented status and conforms.</summary>
    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task Every_answer_is_a_documented_status_and_conforms(string operationId)
    {
        var operation = Operations().Single(o => o.Id == operationId);
        string?[] ids = operation.PathParameter is null ? [null] : [await ExistingIdAsync(operation), "999999999", "abc", "-1", "0"];
        string?[] bodies = operation.BodyExample is null
            ? [null]
            : [Valid(operation), "{\"unexpected\":true}", "{", "", "[]", "{}"];
        string[] queries = ["", "?limit=5", "?limit=0", "?limit=x", "?other=1"];
        foreach (var id in ids)
        {
            foreach (var body in bodies)
            {
                foreach (var query in queries)
                {
                    foreach (var withKey in new[] { true, false })
                    {
                        // Re-create the resource when a previous combination deleted it.
                        var target = id is not null && id == ids[0] ? await ExistingIdAsync(operation) : id;
                        var reply = await SendAsync(operation, target, body, query, withKey);
                        Assert.True(
                            operation.Statuses.Contains(reply.Code),
                            $"{operation} with id={target} body={body} query={query} key={withKey}: undocumented {reply}");
                        await AssertConformsAsync(operation, reply);
                    }
                }
            }
        }
    }

    private async Task AssertConformsAsync(Operation operation, Reply reply)
    {
        var response = operation.Responses.GetProperty(reply.Code.ToString(CultureInfo.InvariantCulture));
        if (response.TryGetProperty("content", out var content))
        {
            Assert.True(content.TryGetProperty(reply.MediaType ?? "", out var media), $"{operation}: undocumented media type {reply}");
            var errors = _validator.Validate(media.GetProperty("schema"), reply.Json);
            Assert.True(errors.Count == 0, $"{operation}: {reply.Code} body does not match its schema: {string.Join("; ", errors)}\n{reply.Text}");
        }
        else
        {
            Assert.True(reply.Text.Length == 0, $"{operation}: {reply.Code} documents no content, got {reply}");
        }

        foreach (var header in response.GetProperty("headers").EnumerateObject())
        {
            if (header.Value.TryGetProperty("required", out var required) && required.GetBoolean())
            {
                Assert.True(reply.Message.Headers.Contains(header.Name), $"{operation}: {reply.Code} lacks required header {header.Name}");
            }
        }

        if (reply.Code == 201)
        {
            (await _client.SendGetAsync(reply.Location!)).ShouldBe(200);
        }
    }

    private static string? Valid(Operation operation) => operation.BodyExample?.GetRawText();

    private static string BadQuery(Operation operation)
    {
        var parameter = operation.Node.GetProperty("parameters").EnumerateArray().First(p => p.GetProperty("in").GetString() == "query");
        var maximum = parameter.GetProperty("schema").GetProperty("maximum").GetInt32();
        return $"{parameter.GetProperty("name").GetString()}={maximum + 1}";
    }

    /// <summary>For an operation on /things/{id}: creates a thing from the spec's own example (POST /things) and returns its id.</summary>
    private async Task<string?> ExistingIdAsync(Operation operation)
    {
        if (operation.PathParameter is null)
        {
            return null;
        }

        var collection = operation.Path[..(operation.Path.IndexOf('{') - 1)];
        var create = Operations().Single(o => o.Path == collection && o.Method == "post");
        var created = await _client.SendPostAsync(collection, Valid(create)!);
        created.ShouldBe(201);
        return created.Id.ToString(CultureInfo.InvariantCulture);
    }

    private Task<Reply> SendAsync(Operation operation, string? id, string? body, string query, bool withKey)
    {
        var path = operation.PathParameter is null ? operation.Path : operation.Path.Replace("{" + operation.PathParameter + "}", id, StringComparison.Ordinal);
        var key = Spec.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKeyAuth").GetProperty("name").GetString()!;
        return _client.SendAsync(
            new HttpMethod(operation.Method.ToUpperInvariant()),
            path + query,
            body,
            withKey ? [new(key, StoreApiFixture.ApiKey)] : null);
    }
}
