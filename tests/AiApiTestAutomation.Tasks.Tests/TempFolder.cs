using System;
using System.IO;
using Microsoft.Build.Utilities;

namespace AiApiTestAutomation.Tasks.Tests;

/// <summary>A scratch folder per test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aat-tasks-" + Guid.NewGuid().ToString("N")[..8]);

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>An ApiSpec item as the targets pass it: the path as written, relative to the project folder.</summary>
    public static TaskItem Spec(string relativePath) => new(relativePath);

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
            {
                // Git marks its objects read-only.
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
