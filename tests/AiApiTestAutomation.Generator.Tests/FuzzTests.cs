using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiApiTestAutomation.Generator.Tests.Fuzzing;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>
/// Mutated corpus specs never crash or hang the generator, and every problem is a diagnostic on a line
/// of the spec. One theory per mutation kind, each running its share of the cases; docs/fuzzing.md has
/// the benchmark mode and how to rerun a failing case.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly object ReportLock = new();

    public static IEnumerable<object[]> Kinds() => FuzzCase.Mutations.Select(m => new object[] { m.Kind });

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Mutated_spec_gives_located_diagnostics_and_never_crashes_or_hangs_the_generator(string kind)
    {
        var settings = FuzzSettings.FromEnvironment();
        var outcomes = new List<FuzzOutcome>();
        foreach (var (index, seed) in Seeds(kind, settings))
        {
            var fuzzCase = FuzzCase.Create(kind, seed, allowBigSpecs: settings.BenchmarkMode);
            var outcome = FuzzRunner.Run(fuzzCase, compile: index % settings.CompileEvery == 0);
            outcomes.Add(outcome);
            Record(settings, outcome);
            if (settings.ForcedKind is not null)
            {
                output.WriteLine($"{fuzzCase}\n{outcome.Generation.TotalMilliseconds:0} ms, {outcome.GeneratedFiles} files; diagnostics:\n  " + string.Join("\n  ", outcome.Diagnostics));
            }
        }

        var times = outcomes.Select(o => o.Generation.TotalMilliseconds).Order().ToList();
        output.WriteLine($"{kind}: {outcomes.Count} cases, {outcomes.Count(o => o.Compilation is not null)} compiled, " +
            $"median {Median(times):0} ms, max {times.LastOrDefault():0} ms; diagnostics: " +
            string.Join(", ", outcomes.SelectMany(o => o.DiagnosticIds).GroupBy(id => id).OrderBy(g => g.Key).Select(g => $"{g.Key} x{g.Count()}")));

        var failed = outcomes.Where(o => !o.Passed).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of {outcomes.Count} '{kind}' cases failed:\n" + string.Join("\n", failed.Take(10).Select(Describe)));
    }

    private static IEnumerable<(int Index, int Seed)> Seeds(string kind, FuzzSettings settings)
    {
        if (settings.ForcedKind is not null)
        {
            // Rerunning one case: the other kinds have nothing to do.
            if (settings.ForcedKind == kind)
            {
                yield return (0, settings.ForcedSeed!.Value);
            }

            yield break;
        }

        var perKind = (settings.TotalCases + FuzzCase.Mutations.Count - 1) / FuzzCase.Mutations.Count;
        for (var index = 0; index < perKind; index++)
        {
            yield return (index, FuzzCase.SeedFor(kind, index));
        }
    }

    private static string Describe(FuzzOutcome outcome)
    {
        var fuzzCase = outcome.Case;
        return $"- {fuzzCase}\n  rerun: {fuzzCase.Reproduce} dotnet test tests/AiApiTestAutomation.Generator.Tests -c Release --filter FuzzTests\n"
            + string.Join("\n", outcome.Failures.Select(f => "  " + f));
    }

    private static double Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];

    private static void Record(FuzzSettings settings, FuzzOutcome outcome)
    {
        var fuzzCase = outcome.Case;
        if ((!outcome.Passed || settings.ForcedKind is not null) && settings.DumpDirectory is { } dump)
        {
            Directory.CreateDirectory(dump);
            // Lone surrogates (broken-text) cannot be encoded; they are written as U+FFFD rather than failing the case.
            File.WriteAllText(Path.Combine(dump, $"{fuzzCase.Kind}-{fuzzCase.Seed}-{fuzzCase.FileName}"), fuzzCase.Text, new System.Text.UTF8Encoding(false, false));
            foreach (var (hintName, text) in outcome.FailedSources ?? Array.Empty<(string, string)>())
            {
                var folder = Directory.CreateDirectory(Path.Combine(dump, $"{fuzzCase.Kind}-{fuzzCase.Seed}-generated")).FullName;
                File.WriteAllText(Path.Combine(folder, hintName), text);
            }
        }

        if (settings.ReportPath is { } report)
        {
            var columns = new[]
            {
                fuzzCase.Kind, fuzzCase.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), fuzzCase.Source,
                outcome.Generation.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
                outcome.Compilation?.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                outcome.Passed ? "pass" : "FAIL", string.Join(",", outcome.DiagnosticIds.Distinct().Order()),
                (outcome.Passed ? fuzzCase.Description : string.Join(" | ", outcome.Failures)).Replace('\t', ' ').Replace('\n', ' '),
            };
            lock (ReportLock)
            {
                File.AppendAllText(report, string.Join("\t", columns) + "\n", new System.Text.UTF8Encoding(false, false));
            }
        }
    }
}
