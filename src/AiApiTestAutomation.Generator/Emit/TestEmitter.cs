using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>xunit test classes: one CRUD class per resource and one error class per tag.</summary>
internal static class TestEmitter
{
    public static IEnumerable<GeneratedFile> Emit(string displayPath, SpecNames names, ApiSpec spec, TestPlan plan)
    {
        var operations = spec.Operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var models = spec.Models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var takenClasses = new HashSet<string>(StringComparer.Ordinal) { names.Fixture, names.Client, names.Operations, names.Schemas };

        foreach (var flow in plan.CrudFlows)
        {
            var className = Identifiers.MakeUnique(flow.Resource + "CrudTests", takenClasses);
            var writer = ClassHeader(displayPath, names, className, "Crud");
            new CrudTestWriter(writer, names, operations, models, spec.FilePath + "#" + flow.TestName).Write(flow);
            writer.Close();
            yield return new GeneratedFile(className + ".g.cs", writer.Finish());
        }

        foreach (var group in plan.ErrorCases.GroupBy(e => e.Group, StringComparer.Ordinal))
        {
            var className = Identifiers.MakeUnique(Identifiers.ToPascalCase(group.Key, "Api") + "ErrorTests", takenClasses);
            var writer = ClassHeader(displayPath, names, className, "Error");
            var first = true;
            foreach (var error in group)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                WriteErrorTest(writer, names, operations[error.OperationName], error, spec.FilePath);
            }

            writer.Close();
            yield return new GeneratedFile(className + ".g.cs", writer.Finish());
        }

        foreach (var group in plan.ValidationSuites.GroupBy(v => v.Group, StringComparer.Ordinal))
        {
            var className = Identifiers.MakeUnique(Identifiers.ToPascalCase(group.Key, "Api") + "ValidationTests", takenClasses);
            var writer = ClassHeader(displayPath, names, className, "Validation", "AiApiTestAutomation.Testing.Http");
            var members = new HashSet<string>(StringComparer.Ordinal) { className, "api" };
            var validationWriter = new ValidationTestWriter(writer, names, spec.FilePath, members);
            var first = true;
            foreach (var suite in group)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                validationWriter.Write(operations[suite.OperationName], suite);
            }

            writer.Close();
            yield return new GeneratedFile(className + ".g.cs", writer.Finish());
        }
    }

    private static SourceWriter ClassHeader(string displayPath, SpecNames names, string className, string category, string? extraUsing = null)
    {
        var writer = new SourceWriter().Header(displayPath);
        writer.Line("using System.Threading.Tasks;");
        writer.Line("using AiApiTestAutomation.Testing.Discovery;");
        writer.Line("using AiApiTestAutomation.Testing.Expectations;");
        writer.Line("using AiApiTestAutomation.Testing.Hosting;");
        if (extraUsing is not null)
        {
            writer.Line($"using {extraUsing};");
        }

        writer.Line("using Xunit;");
        writer.Line();
        writer.Line($"namespace {names.Namespace};");
        writer.Line();
        writer.Line($"[Trait(\"Category\", \"{category}\")]");
        writer.Open($"public sealed partial class {className} : IClassFixture<{names.Fixture}>");
        writer.Line($"private readonly {names.Fixture} api;");
        writer.Line();
        writer.Line($"public {className}({names.Fixture} api) => this.api = api;");
        writer.Line();
        return writer;
    }

    private static void WriteErrorTest(SourceWriter writer, SpecNames names, ApiOperation operation, ErrorCase error, string specPath)
    {
        var signature = names.Signatures.For(operation);
        WriteTestAttributes(writer, "ApiFact", names, operation, "Error");
        writer.Open($"public async Task {error.TestName}()");
        writer.Line($"var scenario = api.Begin(nameof({error.TestName}), seed: {CSharp.Number(Seeds.For(specPath, error.TestName))});");
        var arguments = new List<string>();
        foreach (var argument in signature.Arguments.Where(a => a.Required))
        {
            if (argument.Parameter is { } parameter && parameter.Identifier == error.Parameter && error.Kind == ErrorKind.UnknownId)
            {
                writer.Line($"var {argument.Identifier} = scenario.Data.UnknownId<{argument.TypeName}>({DataKey(parameter.SchemaKey)});");
            }
            else
            {
                var key = argument.Parameter?.SchemaKey ?? argument.Body?.SchemaKey ?? string.Empty;
                writer.Line($"var {argument.Identifier} = scenario.Data.Valid<{argument.TypeName}>({DataKey(key)});");
            }

            arguments.Add(argument.Identifier);
        }

        var client = error.Kind switch
        {
            ErrorKind.MissingCredentials => "scenario.WithoutCredentials",
            ErrorKind.InvalidCredentials => "scenario.WithInvalidCredentials",
            _ => "scenario.Client",
        };
        writer.Line();
        writer.Line($"var response = await {client}.{signature.MethodName}({string.Join(", ", arguments)});");
        writer.Line();
        writer.Line($"response.ShouldHaveStatus({string.Join(", ", error.ExpectedStatuses)});");
        writer.Close();
    }

    /// <summary>
    /// The xunit attribute (ApiFact/ApiTheory read the fixture's skip hook, so a turned-off test shows as
    /// skipped with its reason) and the Operation trait that filters and coverage rules read.
    /// </summary>
    internal static void WriteTestAttributes(SourceWriter writer, string attribute, SpecNames names, ApiOperation operation, string category, IReadOnlyList<ApiOperation>? alsoUses = null)
    {
        var operationId = CSharp.Literal(operation.DisplayId);
        var others = alsoUses is { Count: > 0 }
            ? $", AlsoUses = new[] {{ {string.Join(", ", alsoUses.Select(o => CSharp.Literal(o.DisplayId)))} }}"
            : string.Empty;
        writer.Line($"[{attribute}(typeof({names.Fixture}), {operationId}, ApiTestCategories.{category}{others})]");
        writer.Line($"[Trait(\"Operation\", {operationId})]");
    }

    internal static string DataKey(string schemaKey) => CSharp.Literal(schemaKey.Length == 0 ? "string" : schemaKey);
}
