using System;
using System.Text;
using System.Text.RegularExpressions;
using AiApiTestAutomation.Schemas.Evaluation;
using Fare;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>
/// Strings for a <c>pattern</c>, from Fare's Xeger. Xeger speaks the dk.brics automaton dialect, so anchors are
/// stripped, ECMA shorthands expanded and brics operators (&amp; ~ &lt; &gt; # @ ") escaped; every result is checked against
/// the real (ECMA-translated) regex and length bounds, with retries, because the dialects never match perfectly.
/// </summary>
internal static class PatternStrings
{
    private const int Attempts = 12;

    public static string? TryGenerate(string[] patterns, int minLength, int maxLength, Random random)
    {
        Xeger xeger;
        try
        {
            xeger = new Xeger(ToBrics(patterns[0]), random);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or NullReferenceException)
        {
            return null;
        }

        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            string candidate;
            try
            {
                candidate = xeger.Generate();
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
            {
                return null;
            }

            int length = CodePoints.Count(candidate);
            if (length >= minLength && length <= maxLength && MatchesAll(patterns, candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static bool MatchesAll(string[] patterns, string candidate)
    {
        foreach (string pattern in patterns)
        {
            if (EcmaRegex.Get(pattern) is Regex regex && !EcmaRegex.IsMatch(regex, candidate))
            {
                return false;
            }
        }

        return true;
    }

    private static string ToBrics(string pattern)
    {
        int start = pattern.StartsWith('^') ? 1 : 0;
        int end = pattern.EndsWith('$') && !pattern.EndsWith("\\$", StringComparison.Ordinal) ? pattern.Length - 1 : pattern.Length;
        var builder = new StringBuilder();
        bool inClass = false;
        for (int index = start; index < end; index++)
        {
            char c = pattern[index];
            inClass = c == '[' || (inClass && c != ']');
            if (c == '\\' && index + 1 < end)
            {
                char next = pattern[++index];
                builder.Append(next switch
                {
                    'd' => inClass ? "0-9" : "[0-9]",
                    'w' => inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]",
                    's' => inClass ? " " : "[ ]",
                    'D' => inClass ? "a-zA-Z" : "[a-zA-Z]",
                    'W' => inClass ? " " : "[ ]",
                    'S' => inClass ? "a-zA-Z" : "[a-zA-Z]",
                    'n' => "\n",
                    't' => "\t",
                    _ => "\\" + next,
                });
            }
            else if ("&~<>#@\"".IndexOf(c) >= 0)
            {
                builder.Append('\\').Append(c);
            }
            else if (c == '(' && index + 2 < end && pattern[index + 1] == '?' && pattern[index + 2] == ':')
            {
                builder.Append('(');
                index += 2;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
