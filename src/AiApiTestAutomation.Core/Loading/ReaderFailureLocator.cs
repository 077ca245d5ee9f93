using System;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Finds where in the text Microsoft.OpenApi gave up when it threw instead of reporting an error
/// (its exceptions carry no position). Tries, in order: the point where the YAML scanner stopped, a
/// duplicate key, a reference named in the message, and the constructs known to make the reader throw
/// (a non-integer length or count, an empty or non-string $ref). Falls back to the top of the file.
/// </summary>
internal static class ReaderFailureLocator
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(10);

    // The reader parses these with int.Parse: a fraction or a number beyond Int32 throws.
    private static readonly Regex IntegerKeyword = new(
        @"[""']?\b(?<key>minLength|maxLength|minItems|maxItems|minProperties|maxProperties)[""']?\s*:\s*(?<value>[^\s,}\]]+)",
        RegexOptions.CultureInvariant,
        PatternTimeout);

    private static readonly Regex BadReference = new(
        @"[""']?\$ref[""']?\s*:\s*(?<value>""""|''|null\b|true\b|false\b|[-0-9\[{]|[""']?#/[^""'\s]*/[""']?(?=\s*[,}\r\n]))",
        RegexOptions.CultureInvariant,
        PatternTimeout);

    private static readonly Regex SurrogateEscape = new(@"\\u[dD][89abAB][0-9a-fA-F]{2}", RegexOptions.CultureInvariant, PatternTimeout);

    private static readonly Regex NamedReference = new(@"#(?<pointer>/[^\s'""]+)", RegexOptions.CultureInvariant, PatternTimeout);

    public static (int Line, int Column, string Detail) Locate(string text, SourceFormat format, Exception exception, SourceLocator locator)
    {
        if (format == SourceFormat.Yaml && IsFromYamlScanner(exception))
        {
            var stopped = LastGoodYamlPosition(text);
            if (stopped is { } position)
            {
                return (position.Line, position.Column, "the YAML scanner stopped here");
            }

            // SharpYaml fails on a \u escape of a surrogate pair ("\uD83D\uDE00") in a double-quoted scalar,
            // though not always when read from a string: point at the first such escape.
            var escape = SurrogateEscape.Match(text);
            if (escape.Success)
            {
                var (line, column) = Position(text, escape.Index);
                return (line, column, "the YAML scanner cannot read a \\u escape of a surrogate pair; write the character itself or a \\U escape");
            }
        }

        if (locator.FirstDuplicate is { } duplicate)
        {
            var (line, column) = locator.FirstDuplicatePosition;
            var segments = JsonPointer.Split(duplicate);
            return (line, column, $"the key '{segments[segments.Count - 1]}' appears twice in the same object");
        }

        var named = NamedReference.Match(exception.Message);
        if (named.Success)
        {
            var (line, column) = locator.Find(named.Groups["pointer"].Value);
            return (line, column, $"while resolving #{named.Groups["pointer"].Value}");
        }

        foreach (Match match in IntegerKeyword.Matches(text))
        {
            if (!int.TryParse(match.Groups["value"].Value.Trim('"', '\''), NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                var (line, column) = Position(text, match.Index);
                return (line, column, $"'{match.Groups["key"].Value}' must be a whole number that fits in 32 bits");
            }
        }

        var reference = BadReference.Match(text);
        if (reference.Success)
        {
            var (line, column) = Position(text, reference.Index);
            return (line, column, "a $ref must be a non-empty string");
        }

        return (1, 1, "the position is unknown");
    }

    private static bool IsFromYamlScanner(Exception exception) =>
        exception.TargetSite?.DeclaringType?.Namespace?.StartsWith("SharpYaml", StringComparison.Ordinal) == true
        || (exception.StackTrace?.IndexOf("SharpYaml.Scanner", StringComparison.Ordinal) ?? -1) >= 0;

    /// <summary>The end of the last event the scanner read before failing, or null when it reads the text to the end.</summary>
    private static (int Line, int Column)? LastGoodYamlPosition(string text)
    {
        var line = 1;
        var column = 1;
        try
        {
            var parser = SharpYaml.Parser.CreateParser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (parser.Current is { } current)
                {
                    line = current.End.Line + 1;
                    column = current.End.Column + 1;
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The scanner fails again at the same place; the last event it finished is the position.
            return (line, column);
        }
    }

    /// <summary>The text with each half of a surrogate pair that has no other half replaced by U+FFFD (so no offset moves).</summary>
    public static string WithoutLoneSurrogates(string text)
    {
        char[]? repaired = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                repaired ??= text.ToCharArray();
                repaired[i] = '\uFFFD';
            }
        }

        return repaired is null ? text : new string(repaired);
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
