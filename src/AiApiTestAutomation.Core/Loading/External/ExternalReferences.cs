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
        @"[""']?\$ref[""']?\s*:\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""',}\]][^\s,}\]]*))",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(30));

    public static bool Any(string text)
    {
        foreach (Match match in RefPattern.Matches(text))
        {
            if (FilePart(match.Groups["value"].Value) is not null)
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
            var file = FilePart(match.Groups["value"].Value);
            if (file is not null && !SpecPaths.IsRemote(file))
            {
                files.Add(SpecPaths.Resolve(filePath, file));
            }
        }

        return files;
    }

    /// <summary>The part of a reference before its fragment, or null for a same-document reference.</summary>
    internal static string? FilePart(string reference)
    {
        var hash = reference.IndexOf('#');
        var file = hash < 0 ? reference : reference.Substring(0, hash);
        return string.IsNullOrWhiteSpace(file) ? null : file.Trim();
    }
}
