using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Inbox;
using AiApiTestAutomation.Relay.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiApiTestAutomation.Relay.Webhooks;

/// <summary>
/// POST /webhooks/apifox/{projectKey}[/{pathSecret}]: checks in the order that leaks least and costs least
/// (unknown project 404, oversize 413, bad authentication 401, malformed JSON 400), then stores the event and
/// answers 202 only once the inbox transaction holding it has committed.
/// </summary>
internal sealed class WebhookEndpoint(
    IOptions<RelayOptions> options,
    WebhookAuthenticator authenticator,
    InboxWriter inbox,
    TimeProvider clock,
    ILogger<WebhookEndpoint> logger)
{
    private readonly Dictionary<string, ProjectOptions> projects = options.Value.Projects.ToDictionary(p => p.Key, StringComparer.Ordinal);
    private readonly int maxBodyBytes = options.Value.MaxBodyBytes;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webhooks/apifox/{projectKey}", (HttpContext context, string projectKey) =>
            context.RequestServices.GetRequiredService<WebhookEndpoint>().HandleAsync(context, projectKey, null));
        endpoints.MapPost("/webhooks/apifox/{projectKey}/{pathSecret}", (HttpContext context, string projectKey, string pathSecret) =>
            context.RequestServices.GetRequiredService<WebhookEndpoint>().HandleAsync(context, projectKey, pathSecret));
    }

    public async Task HandleAsync(HttpContext context, string projectKey, string? pathSecret)
    {
        var response = context.Response;
        if (!projects.TryGetValue(projectKey, out var project)
            || (pathSecret is not null && project.Auth.Mode != WebhookAuthMode.PathSecret))
        {
            await Reply(response, StatusCodes.Status404NotFound, """{"error":"unknown project"}""");
            return;
        }

        if (context.Request.ContentLength > maxBodyBytes)
        {
            await Reply(response, StatusCodes.Status413PayloadTooLarge, """{"error":"body too large"}""");
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBodyBytes + 1);
        try
        {
            var length = await ReadBodyAsync(context, buffer);
            if (length > maxBodyBytes)
            {
                await Reply(response, StatusCodes.Status413PayloadTooLarge, """{"error":"body too large"}""");
                return;
            }

            var body = new ReadOnlyMemory<byte>(buffer, 0, length);
            if (!authenticator.Authenticate(project, context.Request, pathSecret, body.Span, out var deliveryId))
            {
                logger.LogWarning("Rejected webhook for project {Project}: authentication failed", project.Key);
                await Reply(response, StatusCodes.Status401Unauthorized, """{"error":"authentication failed"}""");
                return;
            }

            if (ReadEventType(body) is not { } eventType)
            {
                await Reply(response, StatusCodes.Status400BadRequest, """{"error":"body must be a JSON object"}""");
                return;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(body.Span));
            InboxWriteResult stored;
            try
            {
                stored = await inbox.WriteAsync(new InboxEvent(project.Key, deliveryId, hash, eventType, RelayDatabase.ToUnixMs(clock.GetUtcNow())));
            }
            catch (Exception ex)
            {
                // Not stored means not acknowledged: the sender retries.
                logger.LogError(ex, "Could not store webhook for project {Project}", project.Key);
                await Reply(response, StatusCodes.Status503ServiceUnavailable, """{"error":"inbox unavailable"}""");
                return;
            }

            await Reply(
                response,
                StatusCodes.Status202Accepted,
                stored.Stored ? $$"""{"status":"accepted","id":{{stored.Id}}}""" : """{"status":"duplicate"}""");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads at most one byte past the cap, so an oversize body without Content-Length is detected without buffering it all.</summary>
    private static async Task<int> ReadBodyAsync(HttpContext context, byte[] buffer)
    {
        var total = 0;
        var stream = context.Request.Body;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(total), context.RequestAborted);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>The Apifox "event" (or Standard Webhooks "type") of a JSON object body; null when the body is not a JSON object.</summary>
    private static string? ReadEventType(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var name in new[] { "event", "type" })
            {
                if (document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return Sanitize(value.GetString()!);
                }
            }

            return "UNKNOWN";
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The event name ends up in a commit trailer: keep it one short line of plain characters.
    private static string Sanitize(string eventType)
    {
        var clean = new string(eventType.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.').Take(64).ToArray());
        return clean.Length == 0 ? "UNKNOWN" : clean;
    }

    // With a Content-Length the answer goes out in one write instead of chunked framing plus a terminator.
    private static Task Reply(HttpResponse response, int status, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, 0, bytes.Length);
    }
}
