using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Tests.Infrastructure;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests;

/// <summary>The webhook endpoint against a real relay: authentication per mode, the error statuses, and what reaches the inbox file.</summary>
public sealed class WebhookEndpointTests : IAsyncLifetime
{
    private const string PathSecretValue = "p4th-s3cret-0123456789abcdef";
    private const string StandardSecret = "whsec_c2VjcmV0LWtleS1mb3Itc3RhbmRhcmQtd2ViaG9va3M=";
    private const string RotatedSecret = "whsec_bmV3LWtleS1hZnRlci1yb3RhdGlvbi0yMDI2";

    private readonly TempDirectory temp = new();
    private FakeApifox apifox = null!;
    private RelayHarness relay = null!;

    public async Task InitializeAsync()
    {
        apifox = await FakeApifox.StartAsync();
        var settings = RelaySettings.Defaults(temp, apifox, remote: null);

        // The worker is held off with a long quiet window: these tests look at the inbox, not at syncs.
        settings["Relay:QuietWindow"] = "01:00:00";
        settings["Relay:MaxCoalesceDelay"] = "01:00:00";
        settings["Relay:MaxBodyBytes"] = "1024";
        settings["Relay:Projects:1:Key"] = "standard";
        settings["Relay:Projects:1:Apifox:ProjectId"] = "1";
        settings["Relay:Projects:1:Auth:Mode"] = "StandardWebhooks";
        settings["Relay:Projects:1:Auth:Secrets:0"] = StandardSecret;
        settings["Relay:Projects:1:Auth:Secrets:1"] = RotatedSecret;
        settings["Relay:Projects:2:Key"] = "pathsecret";
        settings["Relay:Projects:2:Apifox:ProjectId"] = "2";
        settings["Relay:Projects:2:Auth:Mode"] = "PathSecret";
        settings["Relay:Projects:2:Auth:PathSecret"] = PathSecretValue;
        relay = await RelayHarness.StartAsync(temp, settings);
    }

    public async Task DisposeAsync()
    {
        await relay.DisposeAsync();
        await apifox.DisposeAsync();
        temp.Dispose();
    }

    public static TheoryData<string, HttpStatusCode> SignatureMatrix() => new()
    {
        { "apifox: valid signature", HttpStatusCode.Accepted },
        { "apifox: valid signature in X-Hub-Signature", HttpStatusCode.Accepted },
        { "apifox: signed with another secret", HttpStatusCode.Unauthorized },
        { "apifox: no signature", HttpStatusCode.Unauthorized },
        { "apifox: body changed after signing", HttpStatusCode.Unauthorized },
        { "apifox: signature not hex", HttpStatusCode.Unauthorized },
        { "standard: first secret", HttpStatusCode.Accepted },
        { "standard: rotated second secret", HttpStatusCode.Accepted },
        { "standard: unknown secret", HttpStatusCode.Unauthorized },
        { "standard: timestamp 6 minutes old", HttpStatusCode.Unauthorized },
        { "standard: timestamp 6 minutes ahead", HttpStatusCode.Unauthorized },
        { "standard: id changed after signing", HttpStatusCode.Unauthorized },
        { "standard: no headers", HttpStatusCode.Unauthorized },
        { "path: right secret", HttpStatusCode.Accepted },
        { "path: wrong secret", HttpStatusCode.Unauthorized },
        { "path: no secret", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(SignatureMatrix))]
    public async Task Authentication_accepts_only_valid_deliveries_and_stores_nothing_otherwise(string scenario, HttpStatusCode expected)
    {
        var body = WebhookRequests.Body(content: scenario);
        using var request = Build(scenario, body);

        using var response = await relay.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Accepted ? 1 : 0, relay.Scalar("SELECT COUNT(*) FROM events"));
    }

    [Fact]
    public async Task Unknown_project_is_404_and_stores_nothing()
    {
        using var response = await relay.SendAsync(WebhookRequests.Apifox(WebhookRequests.Body(), key: "nobody"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, relay.Scalar("SELECT COUNT(*) FROM events"));
    }

    [Fact]
    public async Task Path_secret_route_of_a_project_using_signatures_is_404()
    {
        using var response = await relay.SendAsync(WebhookRequests.Post($"/webhooks/apifox/{RelaySettings.ProjectKey}/{PathSecretValue}", WebhookRequests.Body()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Oversize_body_is_413_whether_or_not_it_declares_its_length()
    {
        var big = WebhookRequests.Body(content: new string('x', 2000));
        using var declared = await relay.SendAsync(WebhookRequests.Apifox(big));

        var chunked = WebhookRequests.Apifox(big);
        chunked.Content = new StreamContent(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.TransferEncodingChunked = true;
        using var streamed = await relay.SendAsync(chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal(0, relay.Scalar("SELECT COUNT(*) FROM events"));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[\"an\",\"array\"]")]
    [InlineData("{\"event\":\"API_UPDATED\"")]
    public async Task Malformed_but_correctly_signed_body_is_400_and_stores_nothing(string body)
    {
        using var response = await relay.SendAsync(WebhookRequests.Apifox(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, relay.Scalar("SELECT COUNT(*) FROM events"));
    }

    [Fact]
    public async Task Acknowledged_event_is_already_in_the_inbox_file_when_202_arrives()
    {
        using var response = await relay.SendAsync(WebhookRequests.Apifox(WebhookRequests.Body("DATA_SCHEMA_UPDATED")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        // Read through a separate connection straight after the response: no waiting, the row must already be committed.
        Assert.Equal(1, relay.Scalar("SELECT COUNT(*) FROM events WHERE project = 'store' AND event_type = 'DATA_SCHEMA_UPDATED' AND state = 'pending'"));
    }

    [Fact]
    public async Task Same_delivery_id_twice_is_stored_once()
    {
        var body = WebhookRequests.Body();
        using var first = await relay.SendAsync(WebhookRequests.Standard(body, StandardSecret, "msg_1", DateTimeOffset.UtcNow, key: "standard"));
        using var second = await relay.SendAsync(WebhookRequests.Standard(WebhookRequests.Body(content: "different body, same id"), StandardSecret, "msg_1", DateTimeOffset.UtcNow, key: "standard"));
        using var third = await relay.SendAsync(WebhookRequests.Standard(body, StandardSecret, "msg_2", DateTimeOffset.UtcNow, key: "standard"));

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Contains("duplicate", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("accepted", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, relay.Scalar("SELECT COUNT(*) FROM events WHERE project = 'standard'"));
    }

    [Fact]
    public async Task Same_body_without_delivery_id_is_stored_once_while_the_first_is_pending()
    {
        var body = WebhookRequests.Body();
        using var first = await relay.SendAsync(WebhookRequests.Apifox(body));
        using var repeat = await relay.SendAsync(WebhookRequests.Apifox(body));
        using var other = await relay.SendAsync(WebhookRequests.Apifox(WebhookRequests.Body(content: "another change")));

        Assert.Contains("duplicate", await repeat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, relay.Scalar("SELECT COUNT(*) FROM events WHERE project = 'store'"));
    }

    [Fact]
    public async Task Concurrent_deliveries_are_each_stored_exactly_once()
    {
        var sends = new Task<HttpResponseMessage>[200];
        for (var i = 0; i < sends.Length; i++)
        {
            sends[i] = relay.SendAsync(WebhookRequests.Standard(WebhookRequests.Body(), StandardSecret, $"burst_{i % 100}", DateTimeOffset.UtcNow, key: "standard"));
        }

        var responses = await Task.WhenAll(sends);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(100, relay.Scalar("SELECT COUNT(DISTINCT delivery_id) FROM events WHERE project = 'standard'"));
        Assert.Equal(100, relay.Scalar("SELECT COUNT(*) FROM events WHERE project = 'standard'"));
    }

    private static HttpRequestMessage Build(string scenario, string body)
    {
        var now = DateTimeOffset.UtcNow;
        switch (scenario)
        {
            case "apifox: valid signature": return WebhookRequests.Apifox(body);
            case "apifox: valid signature in X-Hub-Signature": return WebhookRequests.Apifox(body, header: "X-Hub-Signature");
            case "apifox: signed with another secret": return WebhookRequests.Apifox(body, secret: "some-other-secret");
            case "apifox: no signature": return WebhookRequests.Apifox(body, secret: null);
            case "apifox: body changed after signing":
                var tampered = WebhookRequests.Apifox(body);
                tampered.Content = new StringContent(body.Replace("API_UPDATED", "API_DELETED", StringComparison.Ordinal), Encoding.UTF8, "application/json");
                return tampered;
            case "apifox: signature not hex":
                var garbage = WebhookRequests.Apifox(body, secret: null);
                garbage.Headers.TryAddWithoutValidation("X-Apifox-Signature", "sha1=zz-not-hex");
                return garbage;
            case "standard: first secret": return WebhookRequests.Standard(body, StandardSecret, "msg_a", now, key: "standard");
            case "standard: rotated second secret": return WebhookRequests.Standard(body, RotatedSecret, "msg_b", now, key: "standard");
            case "standard: unknown secret": return WebhookRequests.Standard(body, "whsec_dW5rbm93bi1rZXk=", "msg_c", now, key: "standard");
            case "standard: timestamp 6 minutes old": return WebhookRequests.Standard(body, StandardSecret, "msg_d", now.AddMinutes(-6), key: "standard");
            case "standard: timestamp 6 minutes ahead": return WebhookRequests.Standard(body, StandardSecret, "msg_e", now.AddMinutes(6), key: "standard");
            case "standard: id changed after signing":
                var swapped = WebhookRequests.Standard(body, StandardSecret, "msg_f", now, key: "standard");
                swapped.Headers.Remove("webhook-id");
                swapped.Headers.TryAddWithoutValidation("webhook-id", "msg_other");
                return swapped;
            case "standard: no headers": return WebhookRequests.Post("/webhooks/apifox/standard", body);
            case "path: right secret": return WebhookRequests.Post($"/webhooks/apifox/pathsecret/{PathSecretValue}", body);
            case "path: wrong secret": return WebhookRequests.Post("/webhooks/apifox/pathsecret/p4th-s3cret-0123456789abcdeX", body);
            case "path: no secret": return WebhookRequests.Post("/webhooks/apifox/pathsecret", body);
            default: throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null);
        }
    }
}
