using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>
/// How a user changes a spec rule's severity, checked with the SDK's own csc (the filtering happens in the compiler,
/// after the generator ran, so a GeneratorDriver test cannot show it). A diagnostic on a spec file has no syntax tree,
/// so the compiler reads its severity from the global options only: a .globalconfig (the SDK picks one up beside the
/// project), NoWarn or WarningsAsErrors. Sections of an ordinary .editorconfig match syntax trees and do not apply
/// (Roslyn's design, dotnet/roslyn#55921); docs/rules say so, and the last case here notices if that ever changes.
/// </summary>
public sealed class SeverityConfigurationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "aat-severity-" + Guid.NewGuid().ToString("N"));

    public SeverityConfigurationTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "specs"));
        File.WriteAllText(Path.Combine(folder, "specs", "things.openapi.json"), HygieneDiagnosticsTests.Spec);
        File.WriteAllText(Path.Combine(folder, "C.cs"), "internal sealed class C { }\n");
        File.WriteAllText(Path.Combine(folder, "build.globalconfig"), $"""
            is_global = true
            build_property.RootNamespace = Things.Tests
            build_property.ProjectDir = {folder}/

            [{Path.Combine(folder, "specs", "things.openapi.json")}]
            build_metadata.AdditionalFiles.ApiSpec = true
            """);
    }

    [Fact]
    public void Defaults_show_the_missing_operationId_as_a_warning_and_the_missing_4xx_as_info()
    {
        var output = Compile();

        Assert.Matches(@"things\.openapi\.json\(6,7\): warning AAT1009", output);
        Assert.Matches(@"things\.openapi\.json\(6,7\): info AAT1010", output);
        Assert.DoesNotContain("AAT1011", output); // hidden: only the IDE and the report see it
    }

    [Fact]
    public void A_global_analyzer_config_raises_lowers_and_silences_spec_rules()
    {
        File.WriteAllText(Path.Combine(folder, ".globalconfig"), """
            is_global = true
            dotnet_diagnostic.AAT1010.severity = warning
            dotnet_diagnostic.AAT1011.severity = suggestion
            dotnet_diagnostic.AAT1009.severity = none
            dotnet_diagnostic.AAT1012.severity = error
            """);

        var output = Compile("/analyzerconfig:" + Path.Combine(folder, ".globalconfig"));

        Assert.Matches(@"things\.openapi\.json\(6,7\): warning AAT1010", output);
        Assert.Matches(@"things\.openapi\.json\(6,7\): info AAT1011", output);
        Assert.DoesNotContain("AAT1009", output);
        Assert.Matches(@"things\.openapi\.json\(12,\d+\): error AAT1012", output);
    }

    [Fact]
    public void WarningsAsErrors_makes_a_spec_warning_fail_the_build()
    {
        var output = Compile("/warnaserror+:AAT1009");

        Assert.Matches(@"things\.openapi\.json\(6,7\): error AAT1009", output);
    }

    [Fact]
    public void An_editorconfig_section_does_not_reach_a_diagnostic_on_the_spec_file()
    {
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*]\ndotnet_diagnostic.AAT1009.severity = none\n");

        var output = Compile("/analyzerconfig:" + Path.Combine(folder, ".editorconfig"));

        Assert.Matches(@"things\.openapi\.json\(6,7\): warning AAT1009", output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private string Compile(params string[] extra)
    {
        var roslyn = typeof(SeverityConfigurationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RoslynDir").Value!;
        var generatorDir = Path.GetDirectoryName(typeof(ApiTestGenerator).Assembly.Location)!;
        var analyzers = new[] { "AiApiTestAutomation.Generator", "AiApiTestAutomation.Core", "AiApiTestAutomation.Schemas", "Microsoft.OpenApi", "Microsoft.OpenApi.YamlReader", "SharpYaml" }
            .Select(name => "/analyzer:" + Path.Combine(generatorDir, name + ".dll"));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(path => "/reference:" + path);
        var arguments = new[] { "/nologo", "/target:library", "/out:" + Path.Combine(folder, "out.dll"), "/analyzerconfig:" + Path.Combine(folder, "build.globalconfig"), "/additionalfile:" + Path.Combine(folder, "specs", "things.openapi.json"), Path.Combine(folder, "C.cs") }
            .Concat(analyzers).Concat(references).Concat(extra);
        var responseFile = Path.Combine(folder, "csc.rsp");
        File.WriteAllLines(responseFile, arguments.Select(a => "\"" + a + "\""));

        var start = new ProcessStartInfo(Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(roslyn, "bincore", "csc.dll"));
        start.ArgumentList.Add("@" + responseFile);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        // The generated tests do not compile against this bare reference set (no xunit); only AAT lines matter here.
        var output = stdout.Result + stderr;
        Assert.True(Regex.IsMatch(output, "AAT10"), "the generator did not run under csc:\n" + output);
        return string.Join("\n", output.Split('\n').Where(line => line.Contains("AAT1", StringComparison.Ordinal)));
    }
}
