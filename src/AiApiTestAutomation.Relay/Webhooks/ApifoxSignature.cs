using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace AiApiTestAutomation.Relay.Webhooks;

/// <summary>Apifox's optional signing: hex HMAC-SHA1 of the raw body keyed with the token, sent as "sha1=&lt;hex&gt;".</summary>
internal static class ApifoxSignature
{
    private const string Prefix = "sha1=";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Verify(string? header, IEnumerable<string> secrets, ReadOnlySpan<byte> body)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] presented;
        try
        {
            presented = Convert.FromHexString(header.AsSpan(Prefix.Length).Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var matched = false;
        foreach (var secret in secrets)
        {
            var expected = HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), body);

            // Every secret is tried, match or not, so timing does not reveal which one matched.
            matched |= CryptographicOperations.FixedTimeEquals(expected, presented);
        }

        return matched;
    }
}
