using System.Diagnostics;
using Xunit;

namespace AiApiTestAutomation.Tasks.Tests;

/// <summary>A throwaway git repository for the diff tests.</summary>
internal static class Git
{
    public static void Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(" ", arguments)} failed: {error}");
    }

    public static void InitAndCommitAll(string directory)
    {
        Run(directory, "init", "-q");
        Run(directory, "add", "-A");
        Run(directory, "commit", "-q", "-m", "base");
    }
}
