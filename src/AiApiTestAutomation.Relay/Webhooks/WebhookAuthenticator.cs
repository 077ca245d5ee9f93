using System;
using AiApiTestAutomation.Relay.Options;
using Microsoft.AspNetCore.Http;

namespace AiApiTestAutomation.Relay.Webhooks;

/// <summary>Applies a project's configured authentication to one delivery and extracts its delivery id, if the scheme has one.</summary>
internal sealed class WebhookAuthenticator(TimeProvider clock)
{
    public bool Authenticate(ProjectOptions project, HttpRequest request, string? pathSecret, ReadOnlySpan<byte> body, out string? deliveryId)
    {
        deliveryId = null;
        var auth = project.Auth;
        switch (auth.Mode)
        {
            case WebhookAuthMode.ApifoxSignature:
                foreach (var header in auth.EffectiveSignatureHeaders)
                {
                    if (request.Headers.TryGetValue(header, out var value))
                    {
                        return ApifoxSignature.Verify(value.ToString(), auth.Secrets, body);
                    }
                }

                return false;

            case WebhookAuthMode.StandardWebhooks:
                var id = request.Headers["webhook-id"].ToString();
                var ok = StandardWebhooksSignature.Verify(
                    id,
                    request.Headers["webhook-timestamp"].ToString(),
                    request.Headers["webhook-signature"].ToString(),
                    auth.Secrets,
                    body,
                    clock.GetUtcNow(),
                    TimeSpan.FromSeconds(auth.ToleranceSeconds));
                deliveryId = ok ? id : null;
                return ok;

            case WebhookAuthMode.PathSecret:
                return PathSecret.Verify(pathSecret, auth.PathSecret);

            default:
                return false;
        }
    }
}
