using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace Package.Tests;

/// <summary>
/// A copy of samples/ in a temp folder, with a nuget.config of its own (the local feed plus the
/// registry) and an empty NuGet cache, built once for all tests: the package has to bring the
/// generator and every assembly it loads, or this build fails with CS8785.
/// </summary>
public sealed class ConsumerProject : IAsyncLifetime
{
    private static readonly string RepoRoot = typeof(ConsumerProject).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "aat-consumer-" + Guid.NewGuid().ToString("N")[..8]);

    public string NuGetCache => Path.Combine(Root, ".nuget-cache");

    public string TestProject => Path.Combine(Root, "samples", "Store.Api.Tests");

    public CommandResult Build { get; private set; } = new(-1, "not built");

    public Dictionary<string, string?> Environment => new()
    {
        ["NUGET_PACKAGES"] = NuGetCache,
        ["STORE_API_FAULTS"] = null,
        ["API_BASE_URL"] = null,
    };

    public async Task InitializeAsync()
    {
        var feed = Path.Combine(RepoRoot, "artifacts", "packages");
        Assert.True(Directory.EnumerateFiles(feed, "AiApiTestAutomation.*.nupkg").Any(), $"No package in {feed}: run scripts/pack.sh first (scripts/test.sh does).");

        CopyDirectory(Path.Combine(RepoRoot, "samples", "Store.Api"), Path.Combine(Root, "samples", "Store.Api"));
        CopyDirectory(Path.Combine(RepoRoot, "samples", "Store.Api.Tests"), TestProject);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(RepoRoot, file), Path.Combine(Root, file));
        }

        File.WriteAllText(Path.Combine(Root, "nuget.config"), File.ReadAllText(Path.Combine(RepoRoot, "nuget.config")).Replace("value=\"artifacts/packages\"", $"value=\"{feed}\""));
        Build = await DotnetCli.RunAsync(TestProject, Environment, "build", "-c", "Release", "-p:RestorePackagesPath=" + NuGetCache, "-p:TreatWarningsAsErrors=true", "-nologo");
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }

    public Task<CommandResult> TestAsync(string? faults) =>
        DotnetCli.RunAsync(TestProject, new Dictionary<string, string?>(Environment) { ["STORE_API_FAULTS"] = faults }, "test", "-c", "Release", "--no-build", "-nologo", "--logger", "console;verbosity=normal");

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
