using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AiApiTestAutomation.Testing.Hosting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>Runs the generator the way the compiler does (a GeneratorDriver with step tracking) and compiles its output.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public static (string Path, string Text, Dictionary<string, string> Metadata) Spec(string relativePath, string text, string? ns = null)
    {
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ApiSpec"] = "true" };
        if (ns is not null)
        {
            metadata["build_metadata.AdditionalFiles.Namespace"] = ns;
        }

        return (ProjectDir + relativePath, text, metadata);
    }

    /// <summary>A plain AdditionalFile (no ApiSpec metadata): a file a spec's $refs may name.</summary>
    public static (string Path, string Text, Dictionary<string, string> Metadata) PlainFile(string relativePath, string text) =>
        (ProjectDir + relativePath, text, new Dictionary<string, string>());

    public static GeneratorDriver CreateDriver(params (string Path, string Text, Dictionary<string, string> Metadata)[] specs) =>
        CreateDriverWithTexts(specs).Driver;

    public static (GeneratorDriver Driver, AdditionalText[] Texts) CreateDriverWithTexts(params (string Path, string Text, Dictionary<string, string> Metadata)[] specs)
    {
        var texts = specs.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToArray();
        var options = new TestOptionsProvider(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Sample.Tests", ["build_property.ProjectDir"] = ProjectDir },
            specs.ToDictionary(s => s.Path, s => (IReadOnlyDictionary<string, string>)s.Metadata));
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ApiTestGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return (driver, texts);
    }

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratedTests",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    /// <summary>Generates for the specs and compiles the result; returns the run, and every compiler diagnostic of warning level or above.</summary>
    public static (GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> CompileDiagnostics, Compilation Output) GenerateAndCompile(params (string Path, string Text, Dictionary<string, string> Metadata)[] specs)
    {
        var driver = CreateDriver(specs).RunGeneratorsAndUpdateCompilation(CreateCompilation(), out var output, out _);
        var diagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return (driver.GetRunResult(), diagnostics, output);
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
