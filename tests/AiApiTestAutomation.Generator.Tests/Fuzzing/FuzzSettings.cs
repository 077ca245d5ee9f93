using System;
using System.Globalization;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing;

/// <summary>
/// How many cases to run. CI runs the default; the benchmark mode is AAT_FUZZ_CASES=5000 (then the
/// megabyte specs join the draw). AAT_FUZZ_CASE=kind:seed reruns one case; AAT_FUZZ_REPORT=file.tsv
/// records every case; AAT_FUZZ_DUMP=dir writes each failing spec there.
/// </summary>
internal sealed record FuzzSettings(int TotalCases, int CompileEvery, string? ForcedKind, int? ForcedSeed, string? ReportPath, string? DumpDirectory)
{
    public const int DefaultCases = 280;

    public bool BenchmarkMode => TotalCases > DefaultCases;

    public static FuzzSettings FromEnvironment()
    {
        var total = int.TryParse(Environment.GetEnvironmentVariable("AAT_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) ? cases : DefaultCases;
        var compileEvery = int.TryParse(Environment.GetEnvironmentVariable("AAT_FUZZ_COMPILE_EVERY"), NumberStyles.None, CultureInfo.InvariantCulture, out var every) && every > 0 ? every : 4;
        string? kind = null;
        int? seed = null;
        var forced = Environment.GetEnvironmentVariable("AAT_FUZZ_CASE");
        if (!string.IsNullOrWhiteSpace(forced))
        {
            var parts = forced.Split(':');
            kind = parts[0];
            seed = int.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        return new FuzzSettings(
            total,
            compileEvery,
            kind,
            seed,
            Environment.GetEnvironmentVariable("AAT_FUZZ_REPORT"),
            Environment.GetEnvironmentVariable("AAT_FUZZ_DUMP"));
    }
}
