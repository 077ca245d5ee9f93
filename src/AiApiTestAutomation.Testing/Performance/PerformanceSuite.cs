using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Testing.Data;
using AiApiTestAutomation.Testing.Hosting;
using AiApiTestAutomation.Testing.Http;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// A spec's performance tests as the generated tests call them: runs a scenario, writes its reports, and
/// writes the spec's k6 script (which a source generator cannot write itself) to the results folder.
/// </summary>
public sealed class PerformanceSuite
{
    private readonly string k6Script;
    private readonly IReadOnlyDictionary<string, string> k6SetupBodies;
    private int k6Written;

    /// <param name="name">The spec's short name; report and script file names start with it.</param>
    /// <param name="k6Script">The k6 script the generator emitted for the same scenarios.</param>
    /// <param name="k6SetupBodies">For scenarios that create a resource first: the scenario name and the schema key of the create body, written as k6 test data.</param>
    public PerformanceSuite(string name, string k6Script, IReadOnlyDictionary<string, string> k6SetupBodies)
    {
        Name = name;
        this.k6Script = k6Script;
        this.k6SetupBodies = k6SetupBodies;
    }

    public string Name { get; }

    public string K6ScriptFileName => ResultsFolder.FileName(Name) + ".k6.js";

    public string K6DataFileName => ResultsFolder.FileName(Name) + ".k6-data.json";

    public async Task<PerformanceRun> RunAsync<TClient>(ApiScenario<TClient> scenario, ApiRequest request, PerformanceScenario settings, CancellationToken cancellationToken = default)
    {
        var folder = ResultsFolder.Resolve();
        WriteK6Once(folder, scenario.Data);

        var prepared = scenario.Session.Prepare(request);
        LoadResult result;
        using (var client = new HttpLoadClient(settings.Load.Concurrency))
        {
            result = await client.RunAsync(prepared, settings.Load, cancellationToken).ConfigureAwait(false);
        }

        var report = PerformanceReport.From(Name, settings, result, DateTimeOffset.UtcNow);
        var previous = ReportWriter.ReadPrevious(folder, Name, settings.Name);
        var run = new PerformanceRun(scenario.Session.TestName, settings, result, previous is null ? null : new RunComparison(previous, report), scenario.Seed);
        run.ReportPath = ReportWriter.Write(folder, report, run.Comparison, run.Verdict);
        return run;
    }

    /// <summary>Writes the k6 script and its data file: once per test run, whichever test of the spec comes first.</summary>
    public void WriteK6Once(string folder, TestDataFactory data)
    {
        if (Interlocked.Exchange(ref k6Written, 1) == 1)
        {
            return;
        }

        var bodies = new JsonObject();
        foreach (var pair in k6SetupBodies)
        {
            bodies[pair.Key] = data.Valid(pair.Value);
        }

        File.WriteAllText(Path.Combine(folder, K6ScriptFileName), k6Script);
        File.WriteAllText(Path.Combine(folder, K6DataFileName), bodies.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }
}
