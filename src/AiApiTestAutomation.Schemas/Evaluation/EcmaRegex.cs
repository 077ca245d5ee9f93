using System;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace AiApiTestAutomation.Schemas.Evaluation;

/// <summary>
/// Runs ECMA 262 patterns (what JSON Schema and OpenAPI specify) on .NET <see cref="Regex"/>: translates the few
/// constructs whose meaning differs (\d, \w and \s are ASCII/ECMA sets, $ is end of input), caches one instance per
/// pattern and bounds each match with a timeout so a pathological pattern cannot hang a test run.
/// </summary>
internal static class EcmaRegex
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly ConcurrentDictionary<string, Regex?> Cache = new(StringComparer.Ordinal);

    /// <summary>The compiled pattern, or null when .NET cannot parse it (then the keyword is not asserted).</summary>
    public static Regex? Get(string pattern) => Cache.GetOrAdd(pattern, Create);

    public static bool IsMatch(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            // A false alarm costs more than a missed bug: a pattern too slow to decide is not held against the API.
            return true;
        }
    }

    public static string Translate(string pattern)
    {
        var builder = new StringBuilder(pattern.Length + 16);
        bool inClass = false;
        for (int index = 0; index < pattern.Length; index++)
        {
            char c = pattern[index];
            if (c == '\\' && index + 2 < pattern.Length && (pattern[index + 1] == 'p' || pattern[index + 1] == 'P') && pattern[index + 2] == '{')
            {
                int close = pattern.IndexOf('}', index);
                if (close > 0)
                {
                    string name = pattern.Substring(index + 3, close - index - 3);
                    builder.Append('\\').Append(pattern[index + 1]).Append('{').Append(UnicodeCategoryName(name)).Append('}');
                    index = close;
                    continue;
                }
            }

            if (c == '\\' && index + 1 < pattern.Length)
            {
                char next = pattern[++index];
                builder.Append(TranslateEscape(next, inClass));
                continue;
            }

            if (c == '[' && !inClass)
            {
                inClass = true;
            }
            else if (c == ']' && inClass)
            {
                inClass = false;
            }
            else if (c == '$' && !inClass)
            {
                builder.Append(@"(?!\n)$");
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string TranslateEscape(char escaped, bool inClass) => escaped switch
    {
        'd' => inClass ? "0-9" : "[0-9]",
        'D' => inClass ? @"\D" : "[^0-9]",
        'w' => inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]",
        'W' => inClass ? @"\W" : "[^a-zA-Z0-9_]",
        's' => inClass ? @"\s\uFEFF\u00A0" : @"[\s\uFEFF\u00A0]",
        'S' => inClass ? @"\S" : @"[^\s\uFEFF\u00A0]",
        _ => "\\" + escaped,
    };

    /// <summary>ECMA (with the u flag) accepts long Unicode property names; .NET only the short category codes.</summary>
    private static string UnicodeCategoryName(string name) => name switch
    {
        "Letter" => "L",
        "Lowercase_Letter" => "Ll",
        "Uppercase_Letter" => "Lu",
        "Titlecase_Letter" => "Lt",
        "Modifier_Letter" => "Lm",
        "Other_Letter" => "Lo",
        "Mark" => "M",
        "Number" => "N",
        "Decimal_Number" or "digit" => "Nd",
        "Letter_Number" => "Nl",
        "Other_Number" => "No",
        "Punctuation" => "P",
        "Symbol" => "S",
        "Separator" => "Z",
        "Space_Separator" => "Zs",
        "Control" => "Cc",
        _ => name,
    };

    private static Regex? Create(string pattern)
    {
        try
        {
            return new Regex(Translate(pattern), RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
