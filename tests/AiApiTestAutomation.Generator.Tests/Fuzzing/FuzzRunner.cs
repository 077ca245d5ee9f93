using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing;

/// <summary>
/// Runs the generator over one mutated spec, as the compiler would, and checks the promises made for
/// malformed input: no exception escapes (no CS8785/AD0001), nothing is caught as "unexpected" (AAT1005
/// means a bug was contained, not handled), every diagnostic sits on a line of the spec file, the
/// generated code compiles cleanly, and the run ends.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>Generous on purpose: it catches hangs and exponential blow-ups, not slowness (that is the benchmarks' job).</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);

    // A build log line, not a copy of the spec: a message quoting a megabyte value buries the build output.
    private const int MaxMessageLength = 2_000;

    private static readonly string[] CrashIds = { "CS8785", "AD0001", "AAT1005" };

    public static FuzzOutcome Run(FuzzCase fuzzCase, bool compile)
    {
        var spec = GeneratorHarness.Spec("specs/" + fuzzCase.FileName, fuzzCase.Text);
        var failures = new List<string>();
        using var cancellation = new CancellationTokenSource();
        var stopwatch = Stopwatch.StartNew();
        var work = Task.Run(() =>
        {
            var driver = GeneratorHarness.CreateDriver(spec)
                .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out _, cancellation.Token);
            return (Run: driver.GetRunResult(), Output: output);
        });

        try
        {
            if (!work.Wait(CaseTimeout))
            {
                cancellation.Cancel();
                failures.Add($"generation did not finish within {CaseTimeout.TotalSeconds:0} s");
                return new FuzzOutcome(fuzzCase, stopwatch.Elapsed, null, Array.Empty<string>(), 0, failures);
            }
        }
        catch (AggregateException ex)
        {
            failures.Add("the driver threw " + ex.InnerException);
            return new FuzzOutcome(fuzzCase, stopwatch.Elapsed, null, Array.Empty<string>(), 0, failures);
        }

        var generation = stopwatch.Elapsed;
        var (run, output) = work.Result;
        var result = run.Results.Single();
        if (result.Exception is not null)
        {
            failures.Add("the generator threw " + result.Exception);
        }

        var diagnostics = run.Diagnostics.Concat(result.Diagnostics).Distinct().ToList();
        var lineCount = SourceText.From(fuzzCase.Text).Lines.Count;
        foreach (var diagnostic in diagnostics)
        {
            if (CrashIds.Contains(diagnostic.Id))
            {
                failures.Add("crash diagnostic: " + Shorten(diagnostic.ToString()));
            }

            var message = diagnostic.GetMessage();
            if (message.Length > MaxMessageLength)
            {
                failures.Add($"{diagnostic.Id} has a {message.Length:N0}-character message (spec text quoted whole?): {Shorten(message)}");
            }

            var problem = LocationProblem(diagnostic, spec.Path, lineCount);
            if (problem is not null)
            {
                failures.Add($"{diagnostic.Id} {problem}: {Shorten(diagnostic.GetMessage())}");
            }
        }

        TimeSpan? compilation = null;
        if (compile && result.GeneratedSources.Length > 0)
        {
            stopwatch.Restart();
            var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            compilation = stopwatch.Elapsed;
            failures.AddRange(errors.Take(5).Select(e => "generated code does not compile cleanly: " + Shorten(e.ToString())));
        }

        return new FuzzOutcome(fuzzCase, generation, compilation, diagnostics.Select(d => d.Id + " " + Shorten(d.ToString())).ToList(), result.GeneratedSources.Length, failures);
    }

    private static string? LocationProblem(Diagnostic diagnostic, string specPath, int lineCount)
    {
        if (diagnostic.Location == Location.None)
        {
            return "has no location";
        }

        var span = diagnostic.Location.GetLineSpan();
        if (!span.IsValid || span.Path != specPath)
        {
            return $"is not located in the spec file (at '{span.Path}')";
        }

        var line = span.StartLinePosition.Line;
        return line < 0 || line >= lineCount ? $"points at line {line + 1} of a {lineCount}-line file" : null;
    }

    private static string Shorten(string text) => text.Length > 400 ? text.Substring(0, 400) + "..." : text;
}
