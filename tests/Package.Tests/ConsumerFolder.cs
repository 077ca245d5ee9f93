using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Package.Tests;

/// <summary>
/// Lays out a copy of samples/ in a folder with the repository's shared build files and a nuget.config of its
/// own whose local feed is artifacts/packages, so the copy restores the freshly packed package as a user would.
/// </summary>
internal static class ConsumerFolder
{
    public static readonly string RepoRoot = typeof(ConsumerFolder).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static void Create(string root)
    {
        var feed = Path.Combine(RepoRoot, "artifacts", "packages");
        Assert.True(Directory.EnumerateFiles(feed, "AiApiTestAutomation.*.nupkg").Any(), $"No package in {feed}: run scripts/pack.sh first (scripts/test.sh does).");

        CopyDirectory(Path.Combine(RepoRoot, "samples", "Store.Api"), Path.Combine(root, "samples", "Store.Api"));
        CopyDirectory(Path.Combine(RepoRoot, "samples", "Store.Api.Tests"), Path.Combine(root, "samples", "Store.Api.Tests"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(RepoRoot, file), Path.Combine(root, file));
        }

        File.WriteAllText(Path.Combine(root, "nuget.config"), File.ReadAllText(Path.Combine(RepoRoot, "nuget.config")).Replace("value=\"artifacts/packages\"", $"value=\"{feed}\""));
    }

    private static void CopyDirectory(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar) || relative.StartsWith("obj" + Path.DirectorySeparatorChar))
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
