namespace AiApiTestAutomation.Schemas.Compat;

/// <summary>ASCII character classes (char.IsAscii* is .NET 7+; formats must not accept other digits anyway).</summary>
internal static class Ascii
{
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}
