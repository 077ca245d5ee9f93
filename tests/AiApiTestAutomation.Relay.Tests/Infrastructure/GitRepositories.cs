using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace AiApiTestAutomation.Relay.Tests.Infrastructure;

/// <summary>Real git repositories for the tests: a bare remote seeded with a main branch, and the queries the assertions need.</summary>
internal static class GitRepositories
{
    public static string CreateRemote(TempDirectory temp, string name = "remote.git")
    {
        var remote = temp.Combine(name);
        Run(temp.Path, "init", "-q", "--bare", "-b", "main", remote);
        var seed = temp.Combine(name + "-seed");
        Run(temp.Path, "clone", "-q", remote, seed);
        File.WriteAllText(Path.Combine(seed, "README.md"), "service repository\n");
        Run(seed, "add", "README.md");
        Commit(seed, "Jane Developer", "jane@example.com", "initial commit");
        Run(seed, "push", "-q", "origin", "HEAD:refs/heads/main");
        return remote;
    }

    public static void Commit(string workTree, string name, string email, string message) =>
        Run(workTree, "-c", $"user.name={name}", "-c", $"user.email={email}", "commit", "-q", "-m", message);

    /// <summary>Commits on <paramref name="branch"/> that main does not have, newest first: (sha, author email, full message).</summary>
    public static IReadOnlyList<(string Sha, string Email, string Message)> BranchCommits(string gitDir, string branch)
    {
        if (!BranchExists(gitDir, branch))
        {
            return Array.Empty<(string, string, string)>();
        }

        var output = Run(gitDir, "log", "--format=%H%x1f%ae%x1f%B%x1e", $"refs/heads/{branch}", "--not", "refs/heads/main");
        return output.Split('\x1e', StringSplitOptions.RemoveEmptyEntries)
            .Select(record => record.Trim('\n').Split('\x1f'))
            .Where(fields => fields.Length == 3)
            .Select(fields => (fields[0], fields[1], fields[2].Trim()))
            .ToList();
    }

    public static bool BranchExists(string gitDir, string branch) =>
        TryRun(gitDir, out _, "rev-parse", "-q", "--verify", $"refs/heads/{branch}");

    public static string Show(string gitDir, string branch, string path) => Run(gitDir, new[] { "show", $"refs/heads/{branch}:{path}" }, trim: false);

    public static string Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, arguments, trim: true);

    private static string Run(string workingDirectory, string[] arguments, bool trim)
    {
        if (!TryRun(workingDirectory, out var output, arguments, trim))
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {output}");
        }

        return output;
    }

    private static bool TryRun(string workingDirectory, out string output, params string[] arguments) => TryRun(workingDirectory, out output, arguments, trim: true);

    private static bool TryRun(string workingDirectory, out string output, string[] arguments, bool trim)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        output = process.ExitCode == 0 ? stdout.Result : stderr;
        if (trim)
        {
            output = output.Trim();
        }

        return process.ExitCode == 0;
    }
}
