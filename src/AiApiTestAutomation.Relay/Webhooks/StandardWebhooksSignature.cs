using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace AiApiTestAutomation.Relay.Webhooks;

/// <summary>
/// Standard Webhooks (standardwebhooks.com): HMAC-SHA256 over "{webhook-id}.{webhook-timestamp}.{body}",
/// base64, sent as space-separated "v1,&lt;sig&gt;" entries. Secrets are "whsec_&lt;base64 key&gt;" or plain text.
/// </summary>
internal static class StandardWebhooksSignature
{
    public static string Sign(string secret, string id, long timestamp, ReadOnlySpan<byte> body) =>
        "v1," + Convert.ToBase64String(Compute(Key(secret), id, timestamp, body));

    public static bool Verify(
        string? id,
        string? timestamp,
        string? signatures,
        IEnumerable<string> secrets,
        ReadOnlySpan<byte> body,
        DateTimeOffset now,
        TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(signatures) || !long.TryParse(timestamp, out var seconds))
        {
            return false;
        }

        // The tolerance both ways bounds replays of a captured delivery.
        var sent = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, -62135596800L, 253402300799L));
        if ((now - sent).Duration() > tolerance)
        {
            return false;
        }

        var presented = new List<byte[]>();
        foreach (var entry in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.StartsWith("v1,", StringComparison.Ordinal))
            {
                try
                {
                    presented.Add(Convert.FromBase64String(entry.Substring(3)));
                }
                catch (FormatException)
                {
                    // One malformed entry does not spoil the others.
                }
            }
        }

        var matched = false;
        foreach (var secret in secrets)
        {
            var expected = Compute(Key(secret), id, seconds, body);
            foreach (var candidate in presented)
            {
                matched |= CryptographicOperations.FixedTimeEquals(expected, candidate);
            }
        }

        return matched;
    }

    private static byte[] Key(string secret) =>
        secret.StartsWith("whsec_", StringComparison.Ordinal) ? Convert.FromBase64String(secret.Substring(6)) : Encoding.UTF8.GetBytes(secret);

    private static byte[] Compute(byte[] key, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return HMACSHA256.HashData(key, content);
    }
}
