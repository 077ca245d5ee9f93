using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Relay.Git;

internal sealed record GitResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;
}

internal sealed class GitException(string message) : Exception(message);

/// <summary>Runs the git executable: arguments as a list (no shell quoting), never prompting, output in the C locale.</summary>
internal sealed class GitCli(string executable, SecretRedactor redactor)
{
    public async Task<GitResult> RunAsync(string workingDirectory, IEnumerable<string> arguments, CancellationToken cancellationToken, bool check = true)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A relay has no terminal: a credential prompt would hang the worker forever.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_ASKPASS"] = "true";
        start.Environment["LC_ALL"] = "C";

        using var process = Process.Start(start) ?? throw new GitException($"Could not start {executable}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var result = new GitResult(process.ExitCode, (await output).Trim(), (await error).Trim());
        if (check && !result.Succeeded)
        {
            throw new GitException(redactor.Redact($"git {string.Join(' ', start.ArgumentList)} failed ({result.ExitCode}): {result.Error}"));
        }

        return result;
    }
}
