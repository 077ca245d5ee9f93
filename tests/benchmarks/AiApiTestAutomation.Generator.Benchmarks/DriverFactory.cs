using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>A GeneratorDriver over one spec, configured as the package's MSBuild targets would configure it.</summary>
internal static class DriverFactory
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public static GeneratorDriver Create(string path, string text, bool trackSteps = false) =>
        Create(Spec(path, text), trackSteps);

    public static GeneratorDriver Create(AdditionalText spec, bool trackSteps = false) => Create(spec, new[] { spec }, trackSteps);

    /// <summary>A spec whose external <c>$ref</c>s point into other AdditionalFiles (<paramref name="files"/> holds it too).</summary>
    public static GeneratorDriver Create(AdditionalText spec, IEnumerable<AdditionalText> files, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new ApiTestGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new Options(spec.Path),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A spec as an AdditionalFile; keep it to replace it later (an edit of the spec in the IDE).</summary>
    public static AdditionalText Spec(string path, string text) => new Text(path, text);

    public static CSharpCompilation Compilation(params string[] sources)
    {
        var trees = new List<SyntaxTree>();
        foreach (var source in sources)
        {
            trees.Add(CSharpSyntaxTree.ParseText(source, ParseOptions));
        }

        return CSharpCompilation.Create("Bench", trees, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }

    private sealed class Options(string specPath) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new() { ["build_property.RootNamespace"] = "Bench", ["build_property.ProjectDir"] = "/project/" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Values(textFile.Path == specPath ? new() { ["build_metadata.AdditionalFiles.ApiSpec"] = "true" } : new());

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
