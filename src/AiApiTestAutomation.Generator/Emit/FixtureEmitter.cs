using System.Linq;
using AiApiTestAutomation.Core.Model;
using Microsoft.CodeAnalysis.Text;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>The class fixture (how to reach the API) and the schema bundle the runtime validates and generates data with.</summary>
internal static class FixtureEmitter
{
    public static SourceText EmitSchemas(string displayPath, SpecNames names, ApiSpec spec)
    {
        var writer = new SourceWriter().Header(displayPath);
        writer.Line($"namespace {names.Namespace};");
        writer.Line();
        writer.Line("/// <summary>Every schema the tests use, as JSON Schema, for response conformance and test data.</summary>");
        writer.Open($"internal static class {names.Schemas}");
        writer.Indented("public const string Bundle = @\"");

        // The class's closing brace is the writer's Close() at indent 0; the megabyte bundle never becomes part of a builder.
        return VerbatimLiteralText.From(writer.Finish(), spec.SchemaBundle.Pieces, "\";\n}\n");
    }

    public static string EmitFixture(SpecGenerationModel model, SpecNames names, ApiSpec spec)
    {
        var hooks = model.Performance?.Hooks ?? default;
        var writer = new SourceWriter().Header(model.DisplayPath);
        if (!hooks.IsEmpty)
        {
            writer.Line("using System.Threading.Tasks;");
        }

        writer.Line("using AiApiTestAutomation.Testing.Discovery;");
        writer.Line("using AiApiTestAutomation.Testing.Hosting;");
        writer.Line("using AiApiTestAutomation.Testing.Http;");
        writer.Line();
        writer.Line($"namespace {names.Namespace};");
        writer.Line();
        writer.Line($"/// <summary>Shared by the tests of {CSharp.XmlText(model.DisplayPath)}. Partial: override StartHostAsync, GetCredential or ConfigureHttpClient in your own part.</summary>");
        writer.Open($"public sealed partial class {names.Fixture} : ApiFixture<{names.Client}>");
        writer.Line("internal static readonly ApiDescription Spec = new(");
        writer.Line($"    specPath: {CSharp.Literal(model.DisplayPath)},");
        writer.Line($"    baseUrl: {(model.BaseUrl is null ? "null" : CSharp.Literal(model.BaseUrl))},");
        writer.Line($"    baseUrlVariable: {CSharp.Literal(model.BaseUrlVariable)},");
        var schemes = spec.SecuritySchemes.Select(SchemeExpression).ToList();
        writer.Line(schemes.Count == 0
            ? "    securitySchemes: System.Array.Empty<SecuritySchemeInfo>(),"
            : $"    securitySchemes: new SecuritySchemeInfo[] {{ {string.Join(", ", schemes)} }},");
        writer.Line($"    schemaBundleJson: {names.Schemas}.Bundle);");
        writer.Line();
        writer.Line($"public {names.Fixture}()");
        writer.Line("    : base(Spec)");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        writer.Line($"protected override {names.Client} CreateClient(ApiSession session) => new(session);");
        writer.Line();
        writer.Line("/// <summary>The generated tests turned off by <see cref=\"ConfigureSkips\"/>; each shows as skipped with its reason.</summary>");
        writer.Line("public static ApiTestSkips Skips { get; } = ApiTestSkips.Build(skips => ConfigureSkips(skips));");
        writer.Line();
        writer.Line("/// <summary>Implement in your part to turn generated tests off, always with a reason: <c>skips.Skip(\"deleteProduct\", \"why\")</c>.</summary>");
        writer.Line("static partial void ConfigureSkips(ApiTestSkips skips);");
        var operations = spec.Operations.ToDictionary(o => o.Name, System.StringComparer.Ordinal);
        foreach (var operationName in hooks)
        {
            // Declared only because your part implements it: that implementation opts the operation into performance tests.
            writer.Line();
            writer.Line($"/// <summary>Yours: prepares the {CSharp.XmlText(operations[operationName].DisplayId)} request of its performance test (body, parameters, resources it needs) before the load.</summary>");
            writer.Line($"internal static partial Task {Generator.PerformanceHook.MethodName(operationName)}(ApiScenario<{names.Client}> scenario, ApiRequest request);");
        }

        writer.Close();
        return writer.Finish();
    }

    private static string SchemeExpression(ApiSecurityScheme scheme)
    {
        var kind = scheme.Kind switch
        {
            SecuritySchemeKind.ApiKey => "ApiKey",
            SecuritySchemeKind.HttpBearer => "HttpBearer",
            SecuritySchemeKind.HttpBasic => "HttpBasic",
            _ => "Other",
        };
        var location = scheme.Location?.Lowercase();
        return $"new({CSharp.Literal(scheme.Name)}, SecuritySchemeKind.{kind}, {(scheme.ParameterName is null ? "null" : CSharp.Literal(scheme.ParameterName))}, {(location is null ? "null" : CSharp.Literal(location))})";
    }
}
