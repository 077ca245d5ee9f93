using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AiApiTestAutomation.Testing.Hosting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>Compiles generated code as a user's test project does: the runtime, the Testing package and xunit as references.</summary>
internal static class GeneratedCode
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static CSharpCompilationOptions Options { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        generalDiagnosticOption: ReportDiagnostic.Error,
        specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

    /// <summary>The generated sources for a spec, with their hint names.</summary>
    public static IReadOnlyList<(string HintName, string Source)> Generate(string path, string text) =>
        DriverFactory.Create(path, text).RunGenerators(DriverFactory.Compilation("class A { }")).GetRunResult()
            .Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .ToList();

    public static CSharpCompilation Compilation(IEnumerable<(string HintName, string Source)> sources) =>
        CSharpCompilation.Create(
            "GeneratedTests",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, DriverFactory.ParseOptions, s.HintName)),
            References.Value,
            Options);

    /// <summary>Parses, binds and emits IL for the generated code; returns the errors and warnings (there should be none).</summary>
    public static ImmutableArray<Diagnostic> Compile(IEnumerable<(string HintName, string Source)> sources)
    {
        using var il = new MemoryStream();
        var result = Compilation(sources).Emit(il);
        return result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var extra = new[]
        {
            typeof(ApiFixture<>).Assembly.Location,
            typeof(Xunit.FactAttribute).Assembly.Location,
            typeof(Xunit.Assert).Assembly.Location,
            typeof(Xunit.Abstractions.ITestOutputHelper).Assembly.Location,
        };
        return trusted.Concat(extra).Distinct().Where(File.Exists).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }
}
