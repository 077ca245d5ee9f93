using System;
using System.Collections.Generic;

namespace AiApiTestAutomation.Core.Loading.External;

/// <summary>
/// One spelling per file, so a <c>$ref</c> resolved against the referencing file finds the text the build handed in:
/// forward slashes, no <c>.</c> or <c>..</c> segments. Pure string work: the loader never touches the file system.
/// </summary>
public static class SpecPaths
{
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (var segment in unified.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", segments);
    }

    /// <summary>The file a relative reference names, read from the folder of the file that holds it.</summary>
    public static string Resolve(string referencingFile, string relativePath)
    {
        var target = Uri.UnescapeDataString(relativePath).Replace('\\', '/');
        if (IsRooted(target))
        {
            return Normalize(target);
        }

        var normalized = Normalize(referencingFile);
        var slash = normalized.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : normalized.Substring(0, slash + 1);
        return Normalize(folder + target);
    }

    /// <summary>http:, https:, urn: and the like; a Windows drive letter is a path, not a scheme.</summary>
    public static bool IsRemote(string reference)
    {
        var colon = reference.IndexOf(':');
        if (colon <= 1)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = reference[i];
            if (!(char.IsLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRooted(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 2 && path[1] == ':' && path[2] == '/');
}
