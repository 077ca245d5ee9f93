using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AiApiTestAutomation.Tasks.Infrastructure;

internal sealed record ProcessResult(int ExitCode, string Output, string Error);

/// <summary>Runs a command-line tool (git) and captures its output as UTF-8. Null when the tool cannot be started at all.</summary>
internal static class ProcessRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static ProcessResult? Run(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName, string.Join(" ", Array.ConvertAll(arguments, Quote)))
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };

        // Git must not stop the build to ask for a password or open a pager.
        start.EnvironmentVariables["GIT_TERMINAL_PROMPT"] = "0";
        start.EnvironmentVariables["GIT_PAGER"] = "cat";

        try
        {
            using var process = new Process { StartInfo = start };
            var error = new StringBuilder();
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (error)
                    {
                        error.AppendLine(e.Data);
                    }
                }
            };
            process.Start();
            process.BeginErrorReadLine();

            // Read to the end before waiting: a spec larger than the pipe buffer would otherwise deadlock.
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                process.Kill();
                return new ProcessResult(-1, output, $"{fileName} did not finish within {Timeout.TotalSeconds} s");
            }

            process.WaitForExit();
            lock (error)
            {
                return new ProcessResult(process.ExitCode, output, error.ToString());
            }
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    // Windows command-line quoting (CommandLineToArgvW rules); on Unix .NET splits the string the same way.
    internal static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '"', '\\' }) < 0)
        {
            return argument;
        }

        var builder = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            builder.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes);
            backslashes = 0;
            builder.Append(c);
        }

        builder.Append('\\', backslashes * 2).Append('"');
        return builder.ToString();
    }
}
