using System;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Finds the <c>openapi</c> or <c>swagger</c> version field in the raw text, before anything parses it: the first
/// key of that name at the start of a line, or after <c>{</c> or <c>,</c> (quotes and whitespace allowed around it),
/// followed by a colon and a number. The key can come last (Kubernetes sorts it after 3 MB of definitions), so this
/// jumps from one occurrence of the two names to the next with an ordinal search instead of trying a regular
/// expression at every character (that cost as much as half of Microsoft.OpenApi's parse of the same spec).
/// </summary>
internal static class VersionField
{
    private const string OpenApi = "openapi";
    private const string Swagger = "swagger";

    /// <summary>The key, the version text (digits and dots), and where the match starts (the line start, <c>{</c> or <c>,</c>).</summary>
    public static (string Key, string Version, int Start)? Find(string text)
    {
        var nextOpenApi = text.IndexOf(OpenApi, StringComparison.Ordinal);
        var nextSwagger = text.IndexOf(Swagger, StringComparison.Ordinal);
        while (nextOpenApi >= 0 || nextSwagger >= 0)
        {
            var isOpenApi = nextSwagger < 0 || (nextOpenApi >= 0 && nextOpenApi < nextSwagger);
            var key = isOpenApi ? OpenApi : Swagger;
            var at = isOpenApi ? nextOpenApi : nextSwagger;
            var start = StartBefore(text, at);
            var version = start is null ? null : VersionAfter(text, at + key.Length);
            if (version is not null)
            {
                return (key, version, start!.Value);
            }

            if (isOpenApi)
            {
                nextOpenApi = text.IndexOf(OpenApi, at + 1, StringComparison.Ordinal);
            }
            else
            {
                nextSwagger = text.IndexOf(Swagger, at + 1, StringComparison.Ordinal);
            }
        }

        return null;
    }

    /// <summary>Where a key at <paramref name="at"/> starts a field: after an optional quote and whitespace, a line start, <c>{</c> or <c>,</c>.</summary>
    private static int? StartBefore(string text, int at)
    {
        var position = at;
        if (position > 0 && IsQuote(text[position - 1]))
        {
            position--;
        }

        int? afterFirstNewline = null;
        while (position > 0 && char.IsWhiteSpace(text[position - 1]))
        {
            position--;
            if (text[position] == '\n')
            {
                afterFirstNewline = position + 1;
            }
        }

        if (position == 0)
        {
            return 0;
        }

        return text[position - 1] is '{' or ',' ? position - 1 : afterFirstNewline;
    }

    /// <summary>The version after a key ending at <paramref name="position"/>: optional quote, colon, optional quote, a digit, then digits and dots.</summary>
    private static string? VersionAfter(string text, int position)
    {
        if (position < text.Length && IsQuote(text[position]))
        {
            position++;
        }

        position = SkipWhitespace(text, position);
        if (position >= text.Length || text[position] != ':')
        {
            return null;
        }

        position = SkipWhitespace(text, position + 1);
        if (position < text.Length && IsQuote(text[position]))
        {
            position++;
        }

        var first = position;
        while (position < text.Length && (IsDigit(text[position]) || (position > first && text[position] == '.')))
        {
            position++;
        }

        return position > first ? text.Substring(first, position - first) : null;
    }

    private static int SkipWhitespace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool IsQuote(char c) => c is '"' or '\'';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
