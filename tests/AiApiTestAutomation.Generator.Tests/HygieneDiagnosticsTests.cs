using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>The spec hygiene rules (AAT1009-AAT1012) reach the compiler on the spec file, at the line, with their default severity.</summary>
public sealed class HygieneDiagnosticsTests
{
    internal const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Things", "version": "1" },
          "paths": {
            "/things/{id}": {
              "get": {
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing Out" } } } } }
              }
            }
          },
          "components": { "schemas": { "Thing Out": { "type": "object", "properties": { "id": { "type": "string" } } } } }
        }
        """;

    [Theory]
    [InlineData("AAT1009", 6, DiagnosticSeverity.Warning)]
    [InlineData("AAT1010", 6, DiagnosticSeverity.Info)]
    [InlineData("AAT1011", 6, DiagnosticSeverity.Hidden)]
    [InlineData("AAT1012", 12, DiagnosticSeverity.Warning)]
    public void Each_rule_is_reported_on_the_spec_file_at_its_line(string id, int line, DiagnosticSeverity severity)
    {
        var (run, compileDiagnostics, _) = GeneratorHarness.GenerateAndCompile(GeneratorHarness.Spec("specs/things.openapi.json", Spec));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.ProjectDir + "specs/things.openapi.json", span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.Equal(severity, diagnostic.Descriptor.DefaultSeverity); // the harness compiles with warnings as errors
        Assert.Equal($"https://github.com/AiApiTestAutomation/AiApiTestAutomation/blob/main/docs/rules/{id}.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics));
    }

    [Fact]
    public void The_sample_spec_trips_no_hygiene_rule()
    {
        var run = GeneratorHarness.CreateDriver(GeneratorHarness.Spec("specs/store.openapi.json", SharedCorpus.SampleSpec)).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult();

        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "AAT1009" or "AAT1010" or "AAT1011" or "AAT1012");
    }
}
