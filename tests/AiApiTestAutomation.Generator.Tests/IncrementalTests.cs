using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>The IDE runs the generator on every keystroke: unchanged specs must cost nothing.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] TrackedSteps = { TrackingNames.SpecInputs, TrackingNames.SpecFiles, TrackingNames.SpecSources, TrackingNames.SpecModels };

    [Fact]
    public void A_rerun_with_nothing_changed_serves_every_step_from_the_cache()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.Spec("specs/store.openapi.json", SharedCorpus.SampleSpec)).RunGenerators(compilation);

        var rerun = driver.RunGenerators(compilation.Clone()).GetRunResult();

        AssertAllCached(rerun);
    }

    [Fact]
    public void An_unrelated_code_edit_serves_every_step_from_the_cache()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.Spec("specs/store.openapi.json", SharedCorpus.SampleSpec)).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int x = 1; }", GeneratorHarness.ParseOptions));
        var rerun = driver.RunGenerators(edited).GetRunResult();

        AssertAllCached(rerun);
    }

    [Fact]
    public void Editing_one_of_two_specs_regenerates_only_that_spec()
    {
        var petstore = System.IO.File.ReadAllText(System.IO.Path.Combine(SharedCorpus.SpecsDir, "oai-petstore-swagger-2.0.json"));
        var store = GeneratorHarness.Spec("specs/store.openapi.json", SharedCorpus.SampleSpec);
        var pets = GeneratorHarness.Spec("specs/pets.openapi.json", petstore);
        var compilation = GeneratorHarness.CreateCompilation();
        var (created, texts) = GeneratorHarness.CreateDriverWithTexts(store, pets);
        var driver = created.RunGenerators(compilation);

        var editedText = SharedCorpus.SampleSpec.Replace("\"summary\": \"Get a product\"", "\"summary\": \"Get one product\"");
        Assert.NotEqual(SharedCorpus.SampleSpec, editedText);
        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(store.Path, editedText));
        var rerun = driver.RunGenerators(compilation).GetRunResult();

        var models = rerun.Results.Single().TrackedSteps[TrackingNames.SpecModels].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, models.Count);
        Assert.Equal(1, models.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, models.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    private const string StoreHook = """
        namespace Sample.Tests.Generated.Store;

        public sealed partial class StoreApi
        {
            internal static partial System.Threading.Tasks.Task PrepareCreateProductPerformanceAsync(
                AiApiTestAutomation.Testing.Hosting.ApiScenario<StoreClient> scenario, AiApiTestAutomation.Testing.Http.ApiRequest request) =>
                System.Threading.Tasks.Task.CompletedTask;
        }
        """;

    [Fact]
    public void With_a_performance_hook_an_unrelated_code_edit_serves_the_hooks_and_every_output_from_the_cache()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }", StoreHook);
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.Spec("specs/store.openapi.json", SharedCorpus.SampleSpec)).RunGenerators(compilation);
        Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.ToString().Contains("CreateProduct_meets_latency_thresholds", StringComparison.Ordinal));

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int x = 1; }", GeneratorHarness.ParseOptions));
        var rerun = driver.RunGenerators(edited).GetRunResult();

        AssertAllCached(rerun, TrackingNames.SpecInputs, TrackingNames.SpecModels, TrackingNames.PerformanceHookSet, TrackingNames.SpecOutputs);
    }

    [Fact]
    public void Adding_a_performance_hook_regenerates_only_the_spec_whose_fixture_holds_it()
    {
        var petstore = System.IO.File.ReadAllText(System.IO.Path.Combine(SharedCorpus.SpecsDir, "oai-petstore-swagger-2.0.json"));
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(
            GeneratorHarness.Spec("specs/store.openapi.json", SharedCorpus.SampleSpec),
            GeneratorHarness.Spec("specs/pets.openapi.json", petstore)).RunGenerators(compilation);

        var rerun = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(StoreHook, GeneratorHarness.ParseOptions))).GetRunResult();

        var steps = rerun.Results.Single().TrackedSteps;
        Assert.All(steps[TrackingNames.SpecModels].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"model: {o.Reason}"));
        var outputs = steps[TrackingNames.SpecOutputs].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, outputs.Count);
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, outputs.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Models_crossing_pipeline_steps_hold_no_roslyn_objects()
    {
        var offenders = new List<string>();
        Walk(typeof(SpecGenerationModel), new HashSet<Type>(), offenders, nameof(SpecGenerationModel));
        Walk(typeof(SpecInput), new HashSet<Type>(), offenders, nameof(SpecInput));
        Walk(typeof(PerformanceHook), new HashSet<Type>(), offenders, nameof(PerformanceHook));

        Assert.Empty(offenders);
    }

    private static void AssertAllCached(GeneratorDriverRunResult run, params string[] stepNames)
    {
        var steps = run.Results.Single().TrackedSteps;
        foreach (var name in stepNames.Length == 0 ? TrackedSteps : stepNames)
        {
            Assert.True(steps.ContainsKey(name), $"step {name} was not tracked");
            var reasons = steps[name].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {r}"));
        }

        var outputs = run.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.All(outputs, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output: {r}"));
    }

    private static void Walk(Type type, HashSet<Type> seen, List<string> offenders, string path)
    {
        if (!seen.Add(type) || type.IsPrimitive || type == typeof(string) || type.IsEnum)
        {
            return;
        }

        if (type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true)
        {
            offenders.Add($"{path}: {type.FullName}");
            return;
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
        {
            Walk(argument, seen, offenders, path + "<" + argument.Name + ">");
        }

        if (type.Namespace?.StartsWith("AiApiTestAutomation", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        {
            Walk(property.PropertyType, seen, offenders, path + "." + property.Name);
        }
    }
}
