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

    // Found by the fuzz tests (docs/fuzzing.md): Microsoft.OpenApi throws, rather than reports, on these; each is a
    // located diagnostic, never AAT1005. The last argument is the 1-based line the diagnostic must point at.
    [Theory]
    [InlineData("fraction.openapi.json", "{\n  \"openapi\": \"3.0.1\",\n  \"info\": { \"title\": \"x\", \"version\": \"1\" },\n  \"paths\": {},\n  \"components\": { \"schemas\": {\n    \"A\": { \"type\": \"string\",\n      \"minLength\": 0.5 } } }\n}\n", "AAT1030", 7)]
    [InlineData("huge.openapi.json", "{\n  \"openapi\": \"3.0.1\",\n  \"info\": { \"title\": \"x\", \"version\": \"1\" },\n  \"paths\": {},\n  \"components\": { \"schemas\": {\n    \"A\": { \"type\": \"array\",\n      \"maxItems\": 99999999999999999999 } } }\n}\n", "AAT1030", 7)]
    [InlineData("duplicate.openapi.json", "{\n  \"openapi\": \"3.0.1\",\n  \"info\": { \"title\": \"x\", \"version\": \"1\" },\n  \"paths\": { \"/a\": { \"get\": { \"responses\": {\n    \"200\": { \"description\": \"ok\" } },\n    \"responses\": {} } } }\n}\n", "AAT1030", 6)]
    [InlineData("emptyref.openapi.yaml", "openapi: 3.0.1\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/'\n", "AAT1030", 14)]
    [InlineData("emoji.openapi.yaml", "openapi: 3.0.1\ninfo:\n  title: x\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n    A:\n      description: \"crab \\uD83E\\uDD80\"\n", "AAT1030", 9)]
    [InlineData("selfparam.openapi.yaml", "openapi: 3.0.1\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/P'\n      responses:\n        '200':\n          description: ok\n  /b:\n    get:\n      responses:\n        '200':\n          description: ok\ncomponents:\n  parameters:\n    P:\n      $ref: '#/components/parameters/P'\n", "AAT1031", 20)]
    [InlineData("loop.openapi.yaml", "openapi: 3.0.1\ninfo:\n  title: x\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n    Holder:\n      type: object\n      properties:\n        loop:\n          $ref: '#/components/schemas/A'\n    A:\n      $ref: '#/components/schemas/B'\n    B:\n      $ref: '#/components/schemas/A'\n", "AAT1031", 8)]
    [InlineData("selfschema.openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/A'}\ncomponents:\n  schemas:\n    A:\n      $ref: '#/components/schemas/A'\n", "AAT1031", 15)]
    public void A_document_the_reader_throws_on_gives_a_located_diagnostic(string fileName, string text, string expectedId, int expectedLine)
    {
        var (run, compileDiagnostics, _) = GeneratorHarness.GenerateAndCompile(GeneratorHarness.Spec("specs/" + fileName, text));

        var result = run.Results.Single();
        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "AAT1005" or "CS8785" or "AD0001");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == expectedId);
        Assert.Equal(expectedLine, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics));
    }

    [Fact]
    public void A_bound_beyond_double_range_still_generates_and_checks_examples()
    {
        var text = "openapi: 3.0.1\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: number\n              maximum: -1e400\n            example: 3\n      responses:\n        '200':\n          description: ok\n";

        var (run, compileDiagnostics, _) = GeneratorHarness.GenerateAndCompile(GeneratorHarness.Spec("specs/inf.openapi.yaml", text));

        var result = run.Results.Single();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "AAT1005");
        Assert.NotEmpty(result.GeneratedSources);
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics));
    }

    [Fact]
    public void A_reader_message_quoting_a_megabyte_value_is_cut_short()
    {
        var huge = new string('v', 1_000_000);
        var text = "{\"openapi\": \"3.0.1\", \"info\": {\"title\": \"x\", \"version\": \"1\"}, \"paths\": {\"/a\": {\"get\": {\"parameters\": [{\"name\": \"p\", \"in\": \"" + huge + "\"}], \"responses\": {\"200\": {\"description\": \"ok\"}}}}}}";

        var run = GeneratorHarness.CreateDriver(GeneratorHarness.Spec("specs/long.openapi.json", text)).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult();

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "AAT1002" && d.GetMessage().Contains("vvv"));
        Assert.InRange(diagnostic.GetMessage().Length, 1, 1_000);
    }

    [Fact]
    public void A_dangling_reference_with_a_very_long_name_is_quoted_short()
    {
        var target = "#/components/schemas/" + new string('x', 3_000);
        var text = "openapi: 3.0.1\ninfo:\n  title: x\n  version: '1'\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '" + target + "'\n";

        var run = GeneratorHarness.CreateDriver(GeneratorHarness.Spec("specs/longref.openapi.yaml", text)).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult();

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "AAT1004");
        Assert.InRange(diagnostic.GetMessage().Length, 1, 1_000);
    }
}
