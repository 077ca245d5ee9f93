using System;
using System.IO;
using AiApiTestAutomation.Tasks.Infrastructure;

namespace AiApiTestAutomation.Tasks.Diffing;

/// <summary>The text of a spec at a git ref, or why there is none. Never an error: a spec outside git or new at the ref simply has no baseline.</summary>
internal sealed record GitBaseline(string? Text, string? RepositoryPath, string? Reason)
{
    public static GitBaseline Read(string specFullPath, string baseRef)
    {
        var directory = Path.GetDirectoryName(specFullPath)!;

        // --show-prefix gives the folder relative to the repository root as git sees it, which stays right when
        // the checkout is reached through a symbolic link (a plain string comparison with the top level would not).
        var location = ProcessRunner.Run("git", directory, "rev-parse", "--show-toplevel", "--show-prefix");
        if (location is null)
        {
            return new GitBaseline(null, null, "git is not installed or not on PATH");
        }

        if (location.ExitCode != 0)
        {
            return new GitBaseline(null, null, "the spec is not inside a git repository");
        }

        var lines = location.Output.Split(new[] { '\n' }, StringSplitOptions.None);
        var topLevel = lines[0].Trim();
        var prefix = lines.Length > 1 ? lines[1].Trim() : string.Empty;
        var repositoryPath = prefix + Path.GetFileName(specFullPath);

        var show = ProcessRunner.Run("git", topLevel, "show", $"{baseRef}:{repositoryPath}");
        if (show is null || show.ExitCode != 0)
        {
            var why = show?.Error.Trim() ?? "git could not be started";
            return new GitBaseline(null, repositoryPath, $"no version at '{baseRef}' ({FirstLine(why)})");
        }

        return new GitBaseline(show.Output, repositoryPath, null);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text.Substring(0, end)).Trim();
    }
}
