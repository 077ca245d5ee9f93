using System;
using System.Net.Http;
using System.Text;
using AiApiTestAutomation.Relay.Webhooks;

namespace AiApiTestAutomation.Relay.Tests.Infrastructure;

/// <summary>Builds webhook requests the way Apifox and Standard Webhooks senders do.</summary>
internal static class WebhookRequests
{
    public static string Body(string eventType = "API_UPDATED", string content = "接口 GET /pets 已更新") =>
        $$"""{"event":"{{eventType}}","title":"接口变更提醒","content":"{{content}}"}""";

    public static HttpRequestMessage Apifox(string body, string? secret = RelaySettings.SigningSecret, string header = "X-Apifox-Signature", string key = RelaySettings.ProjectKey)
    {
        var request = Post($"/webhooks/apifox/{key}", body);
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation(header, ApifoxSignature.Sign(secret, Encoding.UTF8.GetBytes(body)));
        }

        return request;
    }

    public static HttpRequestMessage Standard(string body, string secret, string id, DateTimeOffset sentAt, string key = RelaySettings.ProjectKey)
    {
        var request = Post($"/webhooks/apifox/{key}", body);
        var timestamp = sentAt.ToUnixTimeSeconds();
        request.Headers.TryAddWithoutValidation("webhook-id", id);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", StandardWebhooksSignature.Sign(secret, id, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public static HttpRequestMessage Post(string path, string body) => new(HttpMethod.Post, path)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
    };
}
