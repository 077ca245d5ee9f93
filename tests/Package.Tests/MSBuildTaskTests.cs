using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiApiTestAutomation.Tasks.Tests;
using Xunit;

namespace Package.Tests;

/// <summary>The package's MSBuild targets in a real dotnet build of a consumer restored from the local feed.</summary>
public sealed class MSBuildTaskTests(SpecDiffConsumer consumer) : IClassFixture<SpecDiffConsumer>
{
    private string OutDir => Path.Combine(consumer.TestProject, "bin", "Release", "net10.0");

    [Fact]
    public void Each_MSBuild_host_gets_a_task_build_with_only_the_dependencies_it_lacks()
    {
        var tasks = Path.Combine(consumer.Environment["NUGET_PACKAGES"]!, "aiapitestautomation", "0.1.0", "tasks");
        var core = Directory.GetFiles(Path.Combine(tasks, "net8.0")).Select(Path.GetFileName).ToList();
        var full = Directory.GetFiles(Path.Combine(tasks, "netstandard2.0")).Select(Path.GetFileName).ToList();

        Assert.Contains("AiApiTestAutomation.Tasks.dll", core);
        Assert.Contains("Microsoft.OpenApi.dll", core);
        Assert.Contains("SharpYaml.dll", core);

        // The .NET host's runtime provides System.*; a second, older copy in the task's load context is what must not happen.
        Assert.DoesNotContain(core, f => f!.StartsWith("System.", StringComparison.Ordinal));
        Assert.Contains("System.Text.Json.dll", full);
        Assert.DoesNotContain(core.Concat(full), f => f!.StartsWith("Microsoft.Build", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_is_written_next_to_the_build_output()
    {
        Assert.True(consumer.FirstBuild.ExitCode == 0, consumer.FirstBuild.ToString());

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(OutDir, "api-test-report.json")));
        var operations = json.RootElement.GetProperty("specs")[0].GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("operationId").GetString()).ToList();
        Assert.Contains("getOrder", operations);
        Assert.DoesNotContain("deleteOrder", operations);
        Assert.Contains("<style>", File.ReadAllText(Path.Combine(OutDir, "api-test-report.html")));
        Assert.True(File.Exists(Path.Combine(OutDir, "api-test-report.md")));
    }

    [Fact]
    public void Removed_operation_is_a_breaking_change_warning_on_the_spec_line()
    {
        Assert.True(consumer.FirstBuild.ExitCode == 0, consumer.FirstBuild.ToString());

        Assert.Matches(@"specs/store\.openapi\.json\(\d+\): warning AAT3001: Breaking API change since 'HEAD': DELETE /orders/\{orderId\}: operation removed", consumer.FirstBuild.Output);
    }

    [Fact]
    public void Baseline_reaches_the_compiler_as_ApiSpecBaseline_without_ApiSpec()
    {
        Assert.True(consumer.FirstBuild.ExitCode == 0, consumer.FirstBuild.ToString());

        Assert.Matches(@"additional-file: \S*api-spec-baseline/specs/store\.openapi\.json \| ApiSpec= \| ApiSpecBaseline=specs/store\.openapi\.json", consumer.FirstBuild.Output);
        Assert.Contains("additional-file: specs/store.openapi.json | ApiSpec=true | ApiSpecBaseline=", consumer.FirstBuild.Output);
        var baseline = Directory.GetFiles(Path.Combine(consumer.TestProject, "obj"), "store.openapi.json", SearchOption.AllDirectories).Single();
        Assert.Contains("deleteOrder", File.ReadAllText(baseline));
    }

    [Fact]
    public void Unchanged_second_build_skips_the_report_and_the_diff()
    {
        Assert.True(consumer.UnchangedBuild.ExitCode == 0, consumer.UnchangedBuild.ToString());

        Assert.Contains("Skipping target \"ApiTestReport\" because all output files are up-to-date", consumer.UnchangedBuild.Output);
        Assert.Contains("Skipping target \"ApiSpecDiff\" because all output files are up-to-date", consumer.UnchangedBuild.Output);
        Assert.True(File.Exists(Path.Combine(OutDir, "api-test-report.html")), "incremental clean removed the skipped report");
    }

    [Fact]
    public async Task UpdateApiSpecs_pulls_the_export_into_the_spec_file()
    {
        using var apifox = new FakeApifox();
        var exported = File.ReadAllText(consumer.Spec).Replace("\"title\": \"Store API\"", "\"title\": \"Store API (pulled)\"");
        apifox.Body = JsonDocument.Parse(exported).RootElement.GetRawText();
        var environment = consumer.Environment;
        environment["APIFOX_TOKEN"] = "e2e-" + Guid.NewGuid().ToString("N");

        var run = await DotnetCli.RunAsync(consumer.TestProject, environment, "build", "-t:UpdateApiSpecs", "-p:ApifoxBaseUrl=" + apifox.BaseUrl, "-nologo", "-v:n");

        Assert.True(run.ExitCode == 0, run.ToString());
        var request = Assert.Single(apifox.Requests);
        Assert.Equal("/v1/projects/4711/export-openapi", request.Path);
        Assert.Contains("\"title\": \"Store API (pulled)\"", File.ReadAllText(consumer.Spec));
        Assert.Contains("specs/store.openapi.json: updated from Apifox project 4711", run.Output);
        Assert.DoesNotContain(environment["APIFOX_TOKEN"]!, run.Output);
    }
}
