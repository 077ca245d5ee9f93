using System.IO;
using System.Text;
using Microsoft.Build.Framework;

namespace AiApiTestAutomation.Tasks.Infrastructure;

/// <summary>How the tasks name and read the files of @(ApiSpec) items.</summary>
internal static class SpecItems
{
    /// <summary>UTF-8 without a byte order mark, LF as the spec canonicaliser writes it.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>The path as written in the ApiSpec item, with forward slashes, as reports and baseline metadata show it.</summary>
    public static string DisplayPath(ITaskItem item) => item.ItemSpec.Replace('\\', '/');

    /// <summary>
    /// The spec's file. Resolved against the project folder given to the task rather than FullPath metadata, which
    /// resolves against the process's current folder (the project's only while MSBuild runs the task).
    /// </summary>
    public static string FullPath(ITaskItem item, string projectDirectory) =>
        Path.GetFullPath(Path.Combine(projectDirectory.Length == 0 ? Directory.GetCurrentDirectory() : projectDirectory, item.ItemSpec));

    /// <summary>
    /// Where a spec's baseline goes under the baseline folder: its path as written, with '..' segments and a
    /// drive or root folded into the name so every baseline stays inside the folder. The targets use the same rule.
    /// </summary>
    public static string BaselineRelativePath(ITaskItem item)
    {
        var path = DisplayPath(item).Replace("../", "__/").Replace(":", "_");
        return path.TrimStart('/');
    }

    public static string ReadText(string path) => File.ReadAllText(path, Utf8);
}
