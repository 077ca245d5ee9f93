using System;
using System.Linq;
using AiApiTestAutomation.Core;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;
using AiApiTestAutomation.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiApiTestAutomation.Generator;

/// <summary>
/// OpenAPI specs (AdditionalFiles marked ApiSpec) → typed models, a typed client and xunit tests.
/// Each spec flows through its own pipeline branch: editing one spec re-runs only that spec, and a
/// C# edit re-runs nothing (no Compilation is ever combined in).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ApiTestGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var project = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) =>
            {
                provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
                provider.GlobalOptions.TryGetValue("build_property.ProjectDir", out var projectDir);
                return (RootNamespace: string.IsNullOrWhiteSpace(rootNamespace) ? "ApiTests" : rootNamespace!, ProjectDir: projectDir ?? string.Empty);
            })
            .WithTrackingName(TrackingNames.RootNamespace);

        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => SpecOptions.IsSpec(pair.Right.GetOptions(pair.Left)))
            .Combine(project)
            .Select(static (pair, cancellationToken) =>
                SpecOptions.Read(pair.Left.Left, pair.Left.Right.GetOptions(pair.Left.Left), pair.Right.RootNamespace, pair.Right.ProjectDir, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.SpecInputs);

        // Files a multi-file spec's $refs may name: every JSON/YAML additional file that is not itself a spec.
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => SpecOptions.IsReferenceCandidate(pair.Left.Path, pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => SpecOptions.ReadReferenceCandidate(pair.Left, cancellationToken))
            .Where(static file => file is not null)
            .Collect()
            .Select(static (candidates, _) => candidates.Select(static file => file!).OrderBy(static file => file.Path, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.SpecFiles);

        var sources = inputs
            .Combine(files)
            .Select(static (pair, _) => pair.Left with { Files = SpecDependencies.Of(pair.Left.FullPath, pair.Left.Text, pair.Right) })
            .WithTrackingName(TrackingNames.SpecSources);

        var models = sources
            .Select(static (input, _) => BuildModel(input))
            .WithTrackingName(TrackingNames.SpecModels);

        // Performance hooks the user implemented in a fixture's partial class: found by syntax only, so edits
        // elsewhere re-run the cheap filter on the edited file and leave the collected set (and every spec) unchanged.
        var hooks = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => PerformanceHook.IsCandidate(node), static (syntax, _) => PerformanceHook.Read(syntax.Node))
            .Where(static hook => hook is not null)
            .Select(static (hook, _) => hook!)
            .WithTrackingName(TrackingNames.PerformanceHooks)
            .Collect()
            .Select(static (all, _) => PerformanceHook.Normalize(all))
            .WithTrackingName(TrackingNames.PerformanceHookSet);

        var outputs = models
            .Combine(hooks)
            .Select(static (pair, _) => PerformanceHook.Apply(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SpecOutputs);

        context.RegisterSourceOutput(outputs, static (context, model) => Emit(context, model));
    }

    internal static SpecGenerationModel BuildModel(SpecInput input)
    {
        var result = SpecLoader.Load(input.FullPath, input.Text, SpecLoadOptions.Default, SpecDependencies.Reader(input.Files));
        TestPlan? plan = null;
        var diagnostics = result.Diagnostics;
        if (result.Spec is not null)
        {
            try
            {
                plan = TestPlanner.Plan(result.Spec);
            }
            catch (Exception ex)
            {
                diagnostics = new EquatableArray<SpecDiagnostic>(System.Linq.Enumerable.Append(
                    diagnostics,
                    new SpecDiagnostic(DiagnosticIds.UnexpectedFailure, SpecDiagnosticSeverity.Error, $"Planning tests failed: {ex.GetType().Name}: {ex.Message}", input.FullPath, 1, 1)));
            }
        }

        return new SpecGenerationModel(input.DisplayPath, input.Namespace, input.ClassPrefix, input.BaseUrl, input.BaseUrlVariable, result.Spec, plan, diagnostics, input.Performance);
    }

    private static void Emit(SourceProductionContext context, SpecGenerationModel model)
    {
        foreach (var diagnostic in model.Diagnostics)
        {
            context.ReportDiagnostic(ToRoslyn(diagnostic));
        }

        if (model.Spec is null || model.Plan is null)
        {
            return;
        }

        try
        {
            foreach (var file in SpecEmitter.Emit(model, model.Spec, model.Plan))
            {
                context.AddSource(file.HintName, file.Text);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnexpectedFailure,
                Location.Create(model.Spec.FilePath, default, new LinePositionSpan(default, default)),
                $"Emitting code for {model.DisplayPath} failed: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    private static Diagnostic ToRoslyn(SpecDiagnostic diagnostic)
    {
        var position = new LinePosition(Math.Max(0, diagnostic.Line - 1), Math.Max(0, diagnostic.Column - 1));
        var location = Location.Create(diagnostic.FilePath, default, new LinePositionSpan(position, position));
        var descriptor = DiagnosticDescriptors.For(diagnostic.Id);
        return Diagnostic.Create(descriptor, location, diagnostic.Message);
    }
}
