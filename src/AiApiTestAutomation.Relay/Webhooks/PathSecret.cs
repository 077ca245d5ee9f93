using System.Security.Cryptography;
using System.Text;

namespace AiApiTestAutomation.Relay.Webhooks;

/// <summary>Compares a path secret without leaking, through timing, how much of it (or its length) was right.</summary>
internal static class PathSecret
{
    public static bool Verify(string? presented, string? expected)
    {
        if (presented is null || string.IsNullOrEmpty(expected))
        {
            return false;
        }

        // Hashing first makes both sides the same length, so FixedTimeEquals never short-circuits on length.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
