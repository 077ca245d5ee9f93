using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>Generated performance tests: which operations get one, how metadata and x-performance configure them, and the k6 twin.</summary>
public sealed class PerformanceGenerationTests
{
    public static IEnumerable<object[]> Specs() =>
        new[] { "store" }.Concat(CorpusCompileTests.Specs().Select(s => (string)s[0])).Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Specs))]
    public void Each_k6_script_parses_and_holds_the_same_scenarios_and_thresholds_as_the_csharp_tests(string spec)
    {
        var text = spec == "store" ? SharedCorpus.SampleSpec : File.ReadAllText(Path.Combine(SharedCorpus.SpecsDir, spec));
        var sources = Generate(("specs/" + Path.GetFileName(spec), text, null));

        var csharpTests = sources.Where(s => s.Key.EndsWith("PerformanceTests.g.cs", StringComparison.Ordinal))
            .SelectMany(s => Regex.Matches(s.Value, @"\[ApiFact\(typeof\(\w+\), ""([^""]+)"", ""Performance""\)\]").Select(m => m.Groups[1].Value))
            .Order(StringComparer.Ordinal)
            .ToList();
        var scenarios = sources.SingleOrDefault(s => s.Key.EndsWith("Performance.g.cs", StringComparison.Ordinal) && !s.Key.EndsWith("PerformanceTests.g.cs", StringComparison.Ordinal)).Value;
        if (scenarios is null)
        {
            Assert.Empty(csharpTests);
            return;
        }

        var script = K6Script(scenarios);
        AssertNodeParses(script);

        var k6Scenarios = Regex.Matches(script, @"^    '([^']+)': \{ executor", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(k6Scenarios);
        Assert.Equal(csharpTests, k6Scenarios);

        foreach (Match scenario in Regex.Matches(scenarios, @"new\(\n\s+""([^""]+)"",\n[^\n]+\n\s+new LoadProfile \{ ([^}]*) \},\n\s+new PerformanceThresholds \{ ([^}]*) \}\);"))
        {
            var name = scenario.Groups[1].Value;
            var load = scenario.Groups[2].Value;
            var thresholds = scenario.Groups[3].Value;
            var p95 = Regex.Match(thresholds, @"P95Ms = ([\d.]+)").Groups[1].Value;
            var errors = Regex.Match(thresholds, @"MaxErrorRate = ([\d.]+)").Groups[1].Value;
            Assert.Contains($"'http_req_duration{{scenario:{name}}}': ['p(95)<={p95}'", script);
            Assert.Contains($"'http_req_failed{{scenario:{name}}}': ['rate<={errors}']", script);
            var concurrency = Regex.Match(load, @"Concurrency = (\d+)").Groups[1].Value;
            var requests = Regex.Match(load, @"Requests = (\d+)").Groups[1].Value;
            Assert.Matches($"'{Regex.Escape(name)}': {{ executor: 'shared-iterations', vus: {concurrency}, iterations: {requests},", script);
        }
    }

    [Fact]
    public void Metadata_and_x_performance_configure_thresholds_load_and_opt_in()
    {
        var spec = SharedCorpus.SampleSpec.Replace(
            "\"operationId\": \"listOrders\"",
            "\"operationId\": \"listOrders\", \"x-performance\": { \"p95Ms\": 50, \"rate\": 40, \"durationSeconds\": 1.5, \"maxErrorRate\": 0 }",
            StringComparison.Ordinal).Replace(
            "\"operationId\": \"getOrder\"",
            "\"operationId\": \"getOrder\", \"x-performance\": { \"enabled\": false }",
            StringComparison.Ordinal);
        Assert.Contains("x-performance", spec);
        var metadata = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.PerformanceP95Ms"] = "150",
            ["build_metadata.AdditionalFiles.PerformanceConcurrency"] = "2",
            ["build_metadata.AdditionalFiles.PerformanceRegressionPercent"] = "25",
            ["build_metadata.AdditionalFiles.PerformanceOperations"] = "createProduct",
        };

        var sources = Generate(("specs/store.openapi.json", spec, metadata));
        var scenarios = sources.Single(s => s.Key.EndsWith("StorePerformance.g.cs", StringComparison.Ordinal)).Value;

        Assert.Contains("\"listProducts\",\n        \"GET /products\",\n        new LoadProfile { Concurrency = 2, Requests = 200, WarmupRequests = 20 },\n        new PerformanceThresholds { P95Ms = 150, P99Ms = 500, MaxErrorRate = 0.01, RegressionPercent = 25 });", scenarios);
        Assert.Contains("\"listOrders\",\n        \"GET /orders\",\n        new LoadProfile { Concurrency = 2, RatePerSecond = 40, Duration = TimeSpan.FromSeconds(1.5), WarmupRequests = 20 },\n        new PerformanceThresholds { P95Ms = 50, P99Ms = 500, MaxErrorRate = 0, RegressionPercent = 25 });", scenarios);
        Assert.Contains("\"createProduct\",\n        \"POST /products\",", scenarios);
        Assert.DoesNotContain("\"getOrder\",", scenarios);
        Assert.DoesNotContain("\"updateProduct\",", scenarios);
        Assert.Contains("'listOrders': { executor: 'constant-arrival-rate', rate: 40, timeUnit: '1s', duration: '1.5s'", K6Script(scenarios));
        Assert.Contains(".WithBody(body, \"application/json\");", sources.Single(s => s.Key.EndsWith("ProductsPerformanceTests.g.cs", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void A_malformed_x_performance_value_is_a_warning_on_the_spec_and_is_ignored()
    {
        var spec = SharedCorpus.SampleSpec.Replace("\"operationId\": \"listOrders\"", "\"operationId\": \"listOrders\", \"x-performance\": { \"p95Ms\": \"fast\" }", StringComparison.Ordinal);

        var (run, compileDiagnostics, _) = GeneratorHarness.GenerateAndCompile(GeneratorHarness.Spec("specs/store.openapi.json", spec, "Store.Api.Tests.Generated"));

        var warning = Assert.Single(run.Diagnostics, d => d.Id == "AAT1002");
        Assert.Contains("x-performance.p95Ms must be a positive number", warning.GetMessage());
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics));
    }

    private static Dictionary<string, string> Generate((string Path, string Text, Dictionary<string, string>? Metadata) spec)
    {
        var input = GeneratorHarness.Spec(spec.Path, spec.Text, "Sample.Tests.Generated");
        foreach (var pair in spec.Metadata ?? new Dictionary<string, string>())
        {
            input.Metadata[pair.Key] = pair.Value;
        }

        var (run, compileDiagnostics, _) = GeneratorHarness.GenerateAndCompile(input);
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics));
        return run.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
    }

    internal static string K6Script(string scenariosSource)
    {
        var match = Regex.Match(scenariosSource, "public const string K6Script = @\"(.*)\";\n}\n", RegexOptions.Singleline);
        Assert.True(match.Success, "no K6Script constant");
        return match.Groups[1].Value.Replace("\"\"", "\"");
    }

    internal static void AssertNodeParses(string script)
    {
        // .mjs: the script is an ES module (import http from 'k6/http'); --check parses without running or resolving imports.
        var path = Path.Combine(Path.GetTempPath(), $"aat-k6-{Guid.NewGuid():N}.mjs");
        File.WriteAllText(path, script);
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", new[] { "--check", path }) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var errors = node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, $"node --check rejected the k6 script:\n{errors}\n{script}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
