using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>Bad input is a located AAT1xxx diagnostic on the spec file, never an exception escaping the generator.</summary>
public sealed class MalformedSpecTests
{
    [Theory]
    [InlineData("truncated.openapi.json", "{\n  \"openapi\": \"3.0.1\",\n  \"info\": { \"title\": \"x\", \"version\": \"1\" },\n  \"paths\": {\n    \"/a\": {\n      \"get\": {\n", "AAT1001")]
    [InlineData("bad.openapi.yaml", "openapi: 3.0.1\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a:\n    get:\n      responses:\n    - broken: [\n", "AAT1001")]
    [InlineData("future.openapi.json", "{\n  \"openapi\": \"4.0.0\",\n  \"info\": { \"title\": \"x\", \"version\": \"1\" },\n  \"paths\": {}\n}\n", "AAT1003")]
    [InlineData("noversion.openapi.yaml", "info:\n  title: x\n  version: '1'\npaths: {}\n", "AAT1003")]
    [InlineData("dangling.openapi.json", "{\n  \"openapi\": \"3.0.1\",\n  \"info\": { \"title\": \"x\", \"version\": \"1\" },\n  \"paths\": {\n    \"/a\": {\n      \"get\": {\n        \"operationId\": \"getA\",\n        \"responses\": {\n          \"200\": {\n            \"description\": \"ok\",\n            \"content\": { \"application/json\": { \"schema\": { \"$ref\": \"#/components/schemas/Missing\" } } }\n          }\n        }\n      }\n    }\n  },\n  \"components\": { \"schemas\": {} }\n}\n", "AAT1004")]
    public void A_malformed_spec_gives_a_located_diagnostic_and_no_exception(string fileName, string text, string expectedId)
    {
        var (run, compileDiagnostics, _) = GeneratorHarness.GenerateAndCompile(GeneratorHarness.Spec("specs/" + fileName, text));

        var result = run.Results.Single();
        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == expectedId);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.ProjectDir + "specs/" + fileName, span.Path);
        Assert.True(span.StartLinePosition.Line >= 0);
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "AD0001");
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_line()
    {
        var text = "{\n  \"openapi\": \"3.0.1\",\n  \"info\": { \"title\": \"x\", \"version\": \"1\" },\n  \"paths\": {\n    \"/a\": { \"get\": { \"responses\": { \"200\": { \"description\": \"ok\" }, } } },\n    oops\n  }\n}\n";

        var run = GeneratorHarness.CreateDriver(GeneratorHarness.Spec("specs/broken.openapi.json", text)).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult();

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "AAT1001");
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_dangling_reference_is_reported_at_the_schema_that_holds_it()
    {
        var text = "openapi: 3.0.1\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Nope'\n";

        var run = GeneratorHarness.CreateDriver(GeneratorHarness.Spec("specs/d.openapi.yaml", text)).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult();

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "AAT1004");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.InRange(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, 14, 15);
    }
}
