using System.IO;
using System.Linq;
using System.Reflection;
using AiApiTestAutomation.Core.Loading;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Core.Tests.Hygiene;

/// <summary>
/// How loud the hygiene rules are on real specs: the figures behind their default severities (docs/rules/AAT1009-AAT1012).
/// A rule that starts firing more often fails here until someone has looked at the new findings and the default.
/// </summary>
public sealed class CorpusHygieneTests(ITestOutputHelper output)
{
    private static readonly string RepoRoot = typeof(CorpusHygieneTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>Operations, then findings of AAT1009 (missing operationId), AAT1010 (no 4xx), AAT1011 (unconstrained input), AAT1012 (component key).</summary>
    public static TheoryData<string, int, int, int, int, int> Specs => new()
    {
        { "github-rest-3.0.json", 623, 0, 222, 504, 0 },
        { "stripe-3.0.json", 417, 0, 417, 216, 0 },
        { "kubernetes-1.25-swagger-2.0.json", 661, 0, 661, 609, 0 },
        { "apifox-petstore-gitsync-3.0.json", 20, 0, 6, 20, 2 },
        { "sample:store.openapi.json", 10, 0, 0, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void Findings_per_rule_match_the_reviewed_counts(string file, int operations, int missingIds, int no4xx, int unconstrained, int badKeys)
    {
        var path = file.StartsWith("sample:", System.StringComparison.Ordinal)
            ? Path.Combine(RepoRoot, "samples", "Store.Api.Tests", "specs", file.Substring("sample:".Length))
            : Path.Combine(SharedCorpus.SpecsDir, file);
        var result = SpecLoader.Load(file, File.ReadAllText(path));
        int Count(string id) => result.Diagnostics.Count(d => d.Id == id);
        output.WriteLine($"{file}: {result.Spec?.Operations.Count} operations; AAT1009 {Count(DiagnosticIds.MissingOperationId)}, AAT1010 {Count(DiagnosticIds.NoClientErrorResponse)}, AAT1011 {Count(DiagnosticIds.UnconstrainedInput)}, AAT1012 {Count(DiagnosticIds.InvalidComponentKey)}");

        Assert.Equal(operations, result.Spec!.Operations.Count);
        Assert.Equal(missingIds, Count(DiagnosticIds.MissingOperationId));
        Assert.Equal(no4xx, Count(DiagnosticIds.NoClientErrorResponse));
        Assert.Equal(unconstrained, Count(DiagnosticIds.UnconstrainedInput));
        Assert.Equal(badKeys, Count(DiagnosticIds.InvalidComponentKey));
        Assert.All(result.Diagnostics.Where(d => d.Id is "AAT1009" or "AAT1010" or "AAT1011" or "AAT1012"), d => Assert.True(d.Line > 1, $"not located: {d}"));
    }
}
