using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace Package.Tests;

/// <summary>
/// A copy of the sample committed to a fresh git repository, then its spec edited (DELETE /orders/{orderId}
/// removed) and built twice against the packed package: the first build runs the package's MSBuild tasks,
/// the second, with nothing changed, must skip them. A probe target prints the AdditionalFiles the compiler gets.
/// </summary>
public sealed class SpecDiffConsumer : IAsyncLifetime
{
    private const string ProbeTarget = """
          <Target Name="PrintApiSpecAdditionalFiles" AfterTargets="_ApiSpecBaselineAdditionalFiles">
            <Message Importance="high" Text="additional-file: %(AdditionalFiles.Identity) | ApiSpec=%(AdditionalFiles.ApiSpec) | ApiSpecBaseline=%(AdditionalFiles.ApiSpecBaseline)" />
          </Target>
        </Project>
        """;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "aat-tasks-consumer-" + Guid.NewGuid().ToString("N")[..8]);

    public string TestProject => Path.Combine(Root, "samples", "Store.Api.Tests");

    public string Spec => Path.Combine(TestProject, "specs", "store.openapi.json");

    public CommandResult FirstBuild { get; private set; } = new(-1, "not built");

    public CommandResult UnchangedBuild { get; private set; } = new(-1, "not built");

    public Dictionary<string, string?> Environment => new()
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, ".nuget-cache"),

        // No lingering build node keeps the task assembly of this throwaway cache loaded.
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["STORE_API_FAULTS"] = null,
        ["API_BASE_URL"] = null,
    };

    public async Task InitializeAsync()
    {
        ConsumerFolder.Create(Root);
        var project = Path.Combine(TestProject, "Store.Api.Tests.csproj");
        File.WriteAllText(project, File.ReadAllText(project)
            .Replace("<ApiSpec Include=\"specs/store.openapi.json\"", "<ApiSpec Include=\"specs/store.openapi.json\" ApifoxProjectId=\"4711\"")
            .Replace("</Project>", ProbeTarget));
        Git(Root, "init", "-q");
        Git(Root, "add", "-A");
        Git(Root, "commit", "-q", "-m", "sample as packed");

        var document = JsonNode.Parse(File.ReadAllText(Spec))!;
        document["paths"]!["/orders/{orderId}"]!.AsObject().Remove("delete");
        File.WriteAllText(Spec, document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        FirstBuild = await BuildAsync("-v:n");
        UnchangedBuild = await BuildAsync("-v:d");
    }

    public Task<CommandResult> BuildAsync(params string[] arguments) =>
        DotnetCli.RunAsync(TestProject, Environment, ["build", "-c", "Release", "-p:RestorePackagesPath=" + Environment["NUGET_PACKAGES"], "-nologo", .. arguments]);

    public Task DisposeAsync()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                // Git marks its objects read-only.
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(" ", arguments)}: {error}");
    }
}
