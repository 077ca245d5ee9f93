using System;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>Strings: pattern (Xeger), then format, then a realistic value for the property name, fitted to the length bounds.</summary>
internal sealed partial class ValueGenerator
{
    private const int DefaultMaxLength = 64;

    private JsonNode GenerateString(EffectiveSchema effective, string? name)
    {
        int minLength = (int)Math.Min(effective.MinLength ?? 0, 10_000);
        int maxLength = (int)Math.Min(effective.MaxLength ?? int.MaxValue, int.MaxValue);
        maxLength = Math.Max(maxLength, minLength);

        if (effective.Patterns.Count > 0)
        {
            string[] patterns = effective.Patterns.ToArray();
            string? matching = PatternStrings.TryGenerate(patterns, minLength, maxLength, new Random(context.Random.Int()));
            if (matching is not null)
            {
                return JsonValue.Create(matching);
            }
        }

        if (effective.Format is { } format && FormatValues.TryCreate(format, context, out string formatted)
            && CodePoints.Count(formatted) >= minLength && CodePoints.Count(formatted) <= maxLength)
        {
            return JsonValue.Create(formatted);
        }

        string text = TextHints.For(name, context);
        return JsonValue.Create(FitLength(WithUniqueToken(text, maxLength), minLength, maxLength));
    }

    private string WithUniqueToken(string text, int maxLength)
    {
        string token = context.NextUniqueToken();
        if (maxLength >= text.Length + token.Length + 1)
        {
            return text + " " + token;
        }

        if (maxLength >= token.Length + 2)
        {
            return text.Substring(0, maxLength - token.Length - 1).TrimEnd() + " " + token;
        }

        return token;
    }

    private string FitLength(string text, int minLength, int maxLength)
    {
        if (text.Length > maxLength)
        {
            text = text.Substring(0, maxLength);
        }

        if (text.Length >= minLength)
        {
            return text;
        }

        var builder = new StringBuilder(text, minLength);
        while (builder.Length < minLength)
        {
            builder.Append((char)('a' + context.Random.Int(0, 25)));
        }

        return builder.ToString();
    }

    /// <summary>A string of exactly <paramref name="length"/> code points, derived from a valid one (boundary cases).</summary>
    public static string ResizeTo(string valid, int length)
    {
        if (valid.Length >= length)
        {
            return valid.Substring(0, length);
        }

        var builder = new StringBuilder(valid, length);
        string filler = valid.Length > 0 ? valid : "x";
        for (int index = 0; builder.Length < length; index++)
        {
            builder.Append(filler[index % filler.Length]);
        }

        return builder.ToString();
    }

    internal static string Describe(long value) => value.ToString(CultureInfo.InvariantCulture);
}
