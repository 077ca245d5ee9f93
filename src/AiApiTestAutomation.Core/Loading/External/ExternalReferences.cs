using System;
using System.Collections.Generic;

namespace AiApiTestAutomation.Core.Loading.External;

/// <summary>
/// A quick textual scan for <c>$ref</c>s that name another file. It decides whether a spec needs bundling at all and
/// tells the generator which of its additional files a spec depends on, without parsing anything. It may over-count
/// (a <c>$ref</c> inside an example or an <c>x-</c> extension), which only widens the set of files watched.
/// </summary>
public static class ExternalReferences
{
    private const string RefKey = "$ref";

    public static bool Any(string text)
    {
        foreach (var value in NonLocalValues(text))
        {
            if (FilePart(Trimmed(value)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The normalized paths of the local files the text's <c>$ref</c>s name (remote URLs left out).</summary>
    public static IReadOnlyCollection<string> FilesReferencedBy(string filePath, string text)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in NonLocalValues(text))
        {
            var file = FilePart(Trimmed(value));
            if (file is not null && !SpecPaths.IsRemote(file))
            {
                files.Add(SpecPaths.Resolve(filePath, file));
            }
        }

        return files;
    }

    /// <summary>
    /// The value of every <c>$ref</c> key (quoted or not, JSON or YAML: <c>$ref</c>, an optional quote, a colon, then a
    /// double- or single-quoted string or a plain scalar up to whitespace or a comma, not an object or a list), left to right, except those that
    /// start with <c>#</c>: a same-document reference names no file, and large specs have thousands of them. An ordinal
    /// search jumps from one <c>$ref</c> to the next; a regular expression tried at every character cost 10% of a
    /// generator run on GitHub's spec.
    /// </summary>
    internal static IEnumerable<string> NonLocalValues(string text)
    {
        var at = text.IndexOf(RefKey, StringComparison.Ordinal);
        while (at >= 0)
        {
            var next = at + 1;
            if (ValueAfterKey(text, at + RefKey.Length) is { } value)
            {
                var (start, length, end) = value;
                next = end;
                if (length == 0 || text[start] != '#')
                {
                    yield return text.Substring(start, length);
                }
            }

            at = next < text.Length ? text.IndexOf(RefKey, next, StringComparison.Ordinal) : -1;
        }
    }

    /// <summary>Where the value after a <c>$ref</c> key ending at <paramref name="position"/> is, and where the match ends.</summary>
    private static (int Start, int Length, int End)? ValueAfterKey(string text, int position)
    {
        if (position < text.Length && text[position] is '"' or '\'')
        {
            position++;
        }

        position = SkipWhitespace(text, position);
        if (position >= text.Length || text[position] != ':')
        {
            return null;
        }

        position = SkipWhitespace(text, position + 1);
        if (position >= text.Length)
        {
            return null;
        }

        var first = text[position];
        if (first is '"' or '\'')
        {
            var close = text.IndexOf(first, position + 1);
            return close < 0 ? null : (position + 1, close - position - 1, close + 1);
        }

        // '{' or '[' opens an object or a list: a property named "$ref" (Kubernetes' JSONSchemaProps has one), not a
        // reference, and reading it as one sent every Kubernetes build through the multi-file bundler.
        if (char.IsWhiteSpace(first) || first is ',' or '}' or ']' or '{' or '[')
        {
            return null;
        }

        var stop = position + 1;
        while (stop < text.Length && !char.IsWhiteSpace(text[stop]) && text[stop] != ',')
        {
            stop++;
        }

        return (position, stop - position, stop);
    }

    private static int SkipWhitespace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// A plain YAML scalar may hold braces (<c>paths/menu_{menuItemId}.yaml</c>), but in a flow mapping
    /// (<c>{ $ref: a.yaml }</c>) the closing brace is not part of it: drop closers that open nowhere in the value.
    /// </summary>
    private static string Trimmed(string value)
    {
        while (value.Length > 0 && value[value.Length - 1] is '}' or ']' && Count(value, value[value.Length - 1]) > Count(value, value[value.Length - 1] == '}' ? '{' : '['))
        {
            value = value.Substring(0, value.Length - 1);
        }

        return value;
    }

    private static int Count(string text, char c)
    {
        var count = 0;
        foreach (var x in text)
        {
            if (x == c)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The part of a reference before its fragment, or null for a same-document reference.</summary>
    internal static string? FilePart(string reference)
    {
        var hash = reference.IndexOf('#');
        var file = hash < 0 ? reference : reference.Substring(0, hash);
        return string.IsNullOrWhiteSpace(file) ? null : file.Trim();
    }
}
