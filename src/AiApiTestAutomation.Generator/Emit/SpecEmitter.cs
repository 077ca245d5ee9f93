using System.Collections.Generic;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>Emits every file for one spec: models, schemas, operations, client, fixture and test classes.</summary>
internal static class SpecEmitter
{
    public static IEnumerable<GeneratedFile> Emit(SpecGenerationModel model, ApiSpec spec, TestPlan plan)
    {
        var names = new SpecNames(model.Namespace, model.ClassPrefix);
        var hintPrefix = model.Namespace + "." + model.ClassPrefix;
        var performanceTests = PerformancePlanner.Plan(spec, plan, model.Performance ?? PerformanceOptions.Default);

        if (!spec.Models.IsEmpty)
        {
            yield return new GeneratedFile(hintPrefix + ".Models.g.cs", ModelEmitter.Emit(model.DisplayPath, names, spec));
        }

        yield return new GeneratedFile(hintPrefix + ".Schemas.g.cs", FixtureEmitter.EmitSchemas(model.DisplayPath, names, spec));
        yield return new GeneratedFile(hintPrefix + ".Operations.g.cs", ClientEmitter.EmitOperations(model.DisplayPath, names, spec));
        yield return new GeneratedFile(hintPrefix + ".Client.g.cs", ClientEmitter.EmitClient(model.DisplayPath, names, spec));
        yield return new GeneratedFile(hintPrefix + ".Fixture.g.cs", FixtureEmitter.EmitFixture(model, names, spec));
        yield return new GeneratedFile(hintPrefix + ".Coverage.g.cs", CoverageEmitter.Emit(model.DisplayPath, spec, plan, performanceTests));

        foreach (var testClass in TestEmitter.Emit(model.DisplayPath, names, spec, plan))
        {
            yield return new GeneratedFile(hintPrefix + "." + testClass.HintName, testClass.Text);
        }

        foreach (var file in PerformanceEmitter.Emit(model, names, spec, performanceTests))
        {
            yield return new GeneratedFile(hintPrefix + "." + file.HintName, file.Text);
        }
    }
}

/// <summary>The names of one spec's generated types.</summary>
internal sealed class SpecNames
{
    public SpecNames(string ns, string prefix)
    {
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
    public ClientSignatures Signatures { get; } = new();
}
