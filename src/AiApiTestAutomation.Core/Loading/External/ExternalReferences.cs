using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AiApiTestAutomation.Core.Loading.External;

/// <summary>
/// A quick textual scan for <c>$ref</c>s that name another file. It decides whether a spec needs bundling at all and
/// tells the generator which of its additional files a spec depends on, without parsing anything. It may over-count
/// (a <c>$ref</c> inside an example or an <c>x-</c> extension), which only widens the set of files watched.
/// </summary>
public static class ExternalReferences
{
    private static readonly Regex RefPattern = new(
        @"[""']?\$ref[""']?\s*:\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""',}\]][^\s,]*))",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(30));

    public static bool Any(string text)
    {
        foreach (Match match in RefPattern.Matches(text))
        {
            if (FilePart(Value(match)) is not null)
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
        foreach (Match match in RefPattern.Matches(text))
        {
            var file = FilePart(Value(match));
            if (file is not null && !SpecPaths.IsRemote(file))
            {
                files.Add(SpecPaths.Resolve(filePath, file));
            }
        }

        return files;
    }

    /// <summary>
    /// A plain YAML scalar may hold braces (<c>paths/menu_{menuItemId}.yaml</c>), but in a flow mapping
    /// (<c>{ $ref: a.yaml }</c>) the closing brace is not part of it: drop closers that open nowhere in the value.
    /// </summary>
    private static string Value(Match match)
    {
        var value = match.Groups["value"].Value;
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
