using System;
using System.IO;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>Where performance reports and k6 scripts go: AAT_PERFORMANCE_RESULTS, else TestResults/performance under the test output.</summary>
public static class ResultsFolder
{
    public const string Variable = "AAT_PERFORMANCE_RESULTS";

    public static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "TestResults", "performance")
            : Path.GetFullPath(configured!.Trim());
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A file name from a spec and scenario name that is safe on every file system.</summary>
    public static string FileName(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i]) && chars[i] is not '-' and not '_' and not '.')
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }
}
