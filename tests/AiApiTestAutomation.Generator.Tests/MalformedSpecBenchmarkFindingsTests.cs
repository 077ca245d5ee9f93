using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>
/// Found by the fuzz tests' 5,000-case benchmark run (docs/fuzzing.md): each spec used to give AAT1005 ("failed
/// unexpectedly"), code that did not compile, or a megabyte message. Each now generates code that compiles cleanly
/// and says what is wrong on the line where it is.
/// </summary>
public sealed class MalformedSpecBenchmarkFindingsTests
{
    private const string Header = "openapi: 3.0.1\ninfo:\n  title: x\n  version: '1'\n";

    // POST /pets returns a Pet with an id, so a CRUD flow is planned whenever GET /pets/{id} can take that id.
    private const string PetsCollection =
        "  /pets:\n    post:\n      operationId: createPet\n      requestBody:\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/Pet'\n      responses:\n        '201':\n          description: created\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Pet'\n";

    private const string PetSchema = "components:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        id:\n          type: integer\n          format: int64\n        name:\n          type: string\n";

    [Fact]
    public void A_path_parameter_without_a_name_is_reported_at_the_operation_and_plans_no_flow_through_it()
    {
        var text = Header + "paths:\n" + PetsCollection
            + "  /pets/{id}:\n    get:\n      operationId: getPet\n      parameters:\n        - in: path\n          required: true\n          schema:\n            type: integer\n      responses:\n        '200':\n          description: ok\n"
            + PetSchema;

        var (result, compileDiagnostics) = Generate("specs/noname.openapi.yaml", text);

        AssertNoCrash(result, compileDiagnostics);
        var undeclared = Assert.Single(result.Diagnostics, d => d.Id == "AAT1002" && d.GetMessage().Contains("declares no path parameter for {id}"));
        Assert.Equal(22, Line(undeclared));
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.Contains("Crud"));
    }

    [Fact]
    public void A_parameter_reference_to_nothing_is_reported_where_it_is_used()
    {
        var text = Header + "paths:\n" + PetsCollection
            + "  /pets/{id}:\n    get:\n      operationId: getPet\n      parameters:\n        - $ref: '#/components/parameters/PetId'\n      responses:\n        '200':\n          description: ok\n"
            + PetSchema;

        var (result, compileDiagnostics) = Generate("specs/cutoff.openapi.yaml", text);

        AssertNoCrash(result, compileDiagnostics);
        var missing = Assert.Single(result.Diagnostics, d => d.Id == "AAT1004");
        Assert.Contains("the parameter is left out", missing.GetMessage());
        Assert.Equal(25, Line(missing));
        Assert.Contains(result.Diagnostics, d => d.Id == "AAT1002" && d.GetMessage().Contains("{id}"));
    }

    [Fact]
    public void An_item_operation_typing_the_id_differently_is_left_out_of_the_crud_flow()
    {
        var text = Header + "paths:\n" + PetsCollection
            + "  /pets/{id}:\n    get:\n      operationId: getPet\n      parameters:\n        - { name: id, in: path, required: true, schema: { type: integer, format: int64 } }\n      responses:\n        '200':\n          description: ok\n"
            + "    delete:\n      operationId: deletePet\n      parameters:\n        - { name: id, in: path, required: true, schema: { type: string } }\n      responses:\n        '204':\n          description: gone\n"
            + PetSchema;

        var (result, compileDiagnostics) = Generate("specs/idtypes.openapi.yaml", text);

        AssertNoCrash(result, compileDiagnostics);
        var crud = Assert.Single(result.GeneratedSources, s => s.HintName.Contains("Crud")).SourceText.ToString();
        Assert.Contains("GetPetAsync", crud);
        Assert.DoesNotContain("DeletePetAsync", crud);
    }

    [Fact]
    public void A_summary_with_a_unicode_line_separator_stays_in_its_doc_comment()
    {
        var text = Header + "paths:\n  /a:\n    get:\n      operationId: getA\n      summary: \"first\\Lsecond\\Pthird\\Nfourth\"\n      responses:\n        '200':\n          description: ok\n";

        var (result, compileDiagnostics) = Generate("specs/separators.openapi.yaml", text);

        AssertNoCrash(result, compileDiagnostics);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("first second third fourth"));
    }

    [Fact]
    public void A_request_body_that_is_a_reference_loop_does_not_stop_the_hygiene_checks()
    {
        var text = Header + "paths:\n  /a:\n    post:\n      operationId: postA\n      requestBody:\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/Loop'\n      responses:\n        '200':\n          description: ok\n"
            + "components:\n  schemas:\n    Loop:\n      $ref: '#/components/schemas/Loop'\n";

        var (result, compileDiagnostics) = Generate("specs/bodyloop.openapi.yaml", text);

        AssertNoCrash(result, compileDiagnostics);
        Assert.Contains(result.Diagnostics, d => d.Id == "AAT1010"); // the hygiene rules ran to the end
    }

    [Fact]
    public void A_block_scalar_ending_the_file_without_a_line_break_is_read_and_its_example_checked()
    {
        // DigitalOcean's zone-file examples: SharpYaml ended such a scalar with NUL, and the example check could not read the bundle.
        var text = Header + "paths:\n  /a:\n    post:\n      operationId: postA\n      responses:\n        '200':\n          description: ok\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: string\n              maxLength: 5\n            example: |\n              $ORIGIN example.com.\n              example.com. 1800 IN A 1.2.3.4";

        var (result, compileDiagnostics) = Generate("specs/zone.openapi.yaml", text);

        AssertNoCrash(result, compileDiagnostics);
        var invalid = Assert.Single(result.Diagnostics, d => d.Id == "AAT1008");
        Assert.Equal(18, Line(invalid));
        Assert.DoesNotContain(result.GeneratedSources, s => s.SourceText.ToString().Contains('\0'));
    }

    [Fact]
    public void A_nul_character_in_a_reference_reaches_the_bundle_escaped()
    {
        var text = "{\n  \"openapi\": \"3.0.1\",\n  \"info\": { \"title\": \"x\", \"version\": \"1\" },\n  \"paths\": { \"/a\": { \"post\": { \"operationId\": \"postA\",\n    \"requestBody\": { \"content\": { \"application/json\": { \"schema\": { \"type\": \"object\", \"properties\": { \"p\": { \"$ref\": \"#/\\u0000\" } } }, \"example\": { \"p\": 1 } } } },\n    \"responses\": { \"200\": { \"description\": \"ok\" } } } } }\n}\n";

        var (result, compileDiagnostics) = Generate("specs/nul.openapi.json", text);

        AssertNoCrash(result, compileDiagnostics);
        Assert.Contains(result.Diagnostics, d => d.Id == "AAT1004" && Line(d) == 5);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("\\u0000"));
    }

    [Fact]
    public void A_bound_that_is_not_a_number_is_reported_and_left_out_of_the_bundle()
    {
        var text = Header + "paths:\n  /a:\n    post:\n      operationId: postA\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: integer\n              maximum: false\n              minimum: abc\n            example: 3\n      responses:\n        '200':\n          description: ok\n";

        var (result, compileDiagnostics) = Generate("specs/bounds.openapi.yaml", text);

        AssertNoCrash(result, compileDiagnostics);
        var bounds = result.Diagnostics.Where(d => d.Id == "AAT1002" && d.GetMessage().Contains("is not a number")).OrderBy(Line).ToList();
        Assert.Equal(new[] { 14, 15 }, bounds.Select(Line));
        var schemas = Assert.Single(result.GeneratedSources, s => s.HintName.EndsWith(".Schemas.g.cs")).SourceText.ToString();
        Assert.DoesNotContain("\"\"maximum\"\"", schemas);
    }

    [Fact]
    public void A_syntax_error_after_half_a_surrogate_pair_is_found_at_its_line()
    {
        var text = "{\n  \"openapi\": \"3.0.1\",\n  \"info\": { \"title\": \"x\", \"version\": \"1\" },\n  \"x-note\": \"broken \uD800 here\",\n  oops\n}\n";

        var (result, compileDiagnostics) = Generate("specs/surrogate.openapi.json", text);

        AssertNoCrash(result, compileDiagnostics);
        Assert.Equal(5, Line(Assert.Single(result.Diagnostics, d => d.Id == "AAT1001")));
    }

    [Fact]
    public void Messages_quote_at_most_a_few_hundred_characters_of_a_huge_value()
    {
        var huge = new string('k', 100_000);
        var text = "{\"openapi\": \"3.0.1\", \"info\": {\"title\": \"x\", \"version\": \"1\"},\n\"paths\": {\"/a\": {\"post\": {\"operationId\": \"postA\",\n"
            + "\"requestBody\": {\"content\": {\"application/json\": {\"schema\": {\"$ref\": \"#/components/schemas/Body\"}, \"example\": {}}}},\n"
            + "\"responses\": {\"200\": {\"description\": \"ok\"}}}}},\n"
            + "\"components\": {\"schemas\": {\"Body\": {\"type\": \"object\", \"required\": [\"" + huge + "\"]},\n\"bad key " + huge + "\": {\"type\": \"string\"}}}}\n";
        var syntax = "{\"openapi\": \"3.0.1\", \"info\": {\"title\": \"x\", \"version\": \"1\"}, \"paths\": {}, \"x\": f  alse, " + string.Concat(Enumerable.Repeat("\"a\": 1, ", 5_000)) + "}";

        var (result, compileDiagnostics) = Generate("specs/huge.openapi.json", text);
        var (syntaxResult, _) = Generate("specs/line.openapi.json", syntax);

        AssertNoCrash(result, compileDiagnostics);
        Assert.InRange(Assert.Single(result.Diagnostics, d => d.Id == "AAT1008").GetMessage().Length, 1, 1_000);
        Assert.InRange(Assert.Single(result.Diagnostics, d => d.Id == "AAT1012").GetMessage().Length, 1, 1_000);
        Assert.InRange(Assert.Single(syntaxResult.Diagnostics, d => d.Id == "AAT1001").GetMessage().Length, 1, 1_000);
    }

    private static (GeneratorRunResult Result, ImmutableArray<Diagnostic> CompileDiagnostics) Generate(string path, string text)
    {
        var (run, compileDiagnostics, _) = GeneratorHarness.GenerateAndCompile(GeneratorHarness.Spec(path, text));
        return (run.Results.Single(), compileDiagnostics);
    }

    private static void AssertNoCrash(GeneratorRunResult result, ImmutableArray<Diagnostic> compileDiagnostics)
    {
        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "AAT1005" or "CS8785" or "AD0001");
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics.Take(5)));
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
}
