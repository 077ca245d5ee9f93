using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>Emits every file for one spec: models, schemas, operations, client, fixture and test classes.</summary>
internal static class SpecEmitter
{
    /// <summary>
    /// The files in a fixed order, their texts written in parallel: a spec's files are independent once named,
    /// and while the generator runs the compiler has nothing else for the other cores to do (docs/performance.md).
    /// </summary>
    public static IReadOnlyList<GeneratedFile> Emit(SpecGenerationModel model, ApiSpec spec, TestPlan plan, CancellationToken cancellationToken = default)
    {
        var pending = Files(model, spec, plan);
        var files = new GeneratedFile[pending.Count];
        try
        {
            Parallel.For(0, pending.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => files[i] = pending[i].Write());
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // The caller reports a failure by its type and message; the wrapper's would say nothing.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return files;
    }

    private static List<PendingFile> Files(SpecGenerationModel model, ApiSpec spec, TestPlan plan)
    {
        var names = new SpecNames(model.Namespace, model.ClassPrefix, spec.Operations);
        var hintPrefix = model.Namespace + "." + model.ClassPrefix;
        var performanceTests = PerformancePlanner.Plan(spec, plan, model.Performance ?? PerformanceOptions.Default);
        var files = new List<PendingFile>();

        if (!spec.Models.IsEmpty)
        {
            files.Add(PendingFile.Of(hintPrefix + ".Models.g.cs", () => ModelEmitter.Emit(model.DisplayPath, names, spec)));
        }

        files.Add(new PendingFile(hintPrefix + ".Schemas.g.cs", () => FixtureEmitter.EmitSchemas(model.DisplayPath, names, spec)));
        files.Add(PendingFile.Of(hintPrefix + ".Operations.g.cs", () => ClientEmitter.EmitOperations(model.DisplayPath, names, spec)));
        files.Add(PendingFile.Of(hintPrefix + ".Client.g.cs", () => ClientEmitter.EmitClient(model.DisplayPath, names, spec)));
        files.Add(PendingFile.Of(hintPrefix + ".Fixture.g.cs", () => FixtureEmitter.EmitFixture(model, names, spec)));
        files.Add(PendingFile.Of(hintPrefix + ".Coverage.g.cs", () => CoverageEmitter.Emit(model.DisplayPath, spec, plan, performanceTests)));

        foreach (var testClass in TestEmitter.Emit(model.DisplayPath, names, spec, plan))
        {
            files.Add(testClass.Prefixed(hintPrefix + "."));
        }

        foreach (var file in PerformanceEmitter.Emit(model, names, spec, performanceTests))
        {
            files.Add(file.Prefixed(hintPrefix + "."));
        }

        return files;
    }
}

/// <summary>The names of one spec's generated types.</summary>
internal sealed class SpecNames
{
    public SpecNames(string ns, string prefix, IEnumerable<ApiOperation> operations)
    {
        Signatures = new ClientSignatures(operations);
        Namespace = ns;
        Fixture = prefix + "Api";
        Client = prefix + "Client";
        Operations = prefix + "Operations";
        Schemas = prefix + "Schemas";
    }

    public string Namespace { get; }

    public string ModelsNamespace => Namespace + ".Models";

    public string Fixture { get; }

    public string Client { get; }

    public string Operations { get; }

    public string Schemas { get; }

    /// <summary>The client signatures of this spec's operations, shared by the writers that name the client's methods.</summary>
    public ClientSignatures Signatures { get; }
}
