using System;
using System.Collections.Generic;
using System.IO;
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
        ConsumerFolder.Create(Root);
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
}
