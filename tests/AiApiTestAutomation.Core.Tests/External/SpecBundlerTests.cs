using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Loading.External;
using AiApiTestAutomation.Core.Model;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.External;

public sealed class SpecBundlerTests
{
    private const string RootPath = "/repo/api/openapi.yaml";

    private static SpecLoadResult Load(string root, Dictionary<string, string> files) =>
        SpecLoader.Load(RootPath, root, SpecLoadOptions.Default, path => files.TryGetValue(path, out var text) ? text : null);

    [Fact]
    public void References_resolve_relative_to_the_file_that_holds_them()
    {
        var root = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /pets:
                $ref: ./paths/pets.yaml
            """;
        var files = new Dictionary<string, string>
        {
            ["/repo/api/paths/pets.yaml"] = """
                get:
                  operationId: listPets
                  parameters:
                    - $ref: '../shared/params.json#/limit'
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: { type: array, items: { $ref: '../schemas/Pet.yaml' } }
                """,
            ["/repo/api/shared/params.json"] = """{ "limit": { "name": "limit", "in": "query", "schema": { "type": "integer" } } }""",
            ["/repo/api/schemas/Pet.yaml"] = "type: object\nproperties:\n  name: { type: string }\n  owner: { $ref: './Owner.yaml' }\n",
            ["/repo/api/schemas/Owner.yaml"] = "type: object\nproperties:\n  pets: { type: array, items: { $ref: 'Pet.yaml' } }\n",
        };

        var result = Load(root, files);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != SpecDiagnosticSeverity.Info); // hygiene notes (no 4xx documented) are not about bundling
        var operation = Assert.Single(result.Spec!.Operations);
        Assert.Equal("listPets", operation.OperationId);
        Assert.Equal("limit", Assert.Single(operation.Parameters).Name);
        Assert.Equal(new[] { "Owner", "Pet" }, result.Spec.Models.Select(m => m.Name).OrderBy(n => n));
    }

    [Fact]
    public void A_missing_file_is_reported_at_the_line_of_its_ref_and_the_other_operations_still_load()
    {
        var root = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200': { description: ok }
              /b:
                $ref: paths/b.yaml
            """;

        var result = Load(root, new Dictionary<string, string>());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.ReferencedFileMissing, diagnostic.Id);
        Assert.Equal(SpecDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(RootPath, diagnostic.FilePath);
        Assert.Equal(10, diagnostic.Line);
        Assert.Contains("/repo/api/paths/b.yaml", diagnostic.Message);
        Assert.Equal("getA", Assert.Single(result.Spec!.Operations).OperationId);
    }

    [Fact]
    public void A_missing_fragment_is_reported_in_the_referencing_file_and_the_schema_becomes_untyped()
    {
        var root = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /a:
                $ref: paths/a.yaml
            """;
        var files = new Dictionary<string, string>
        {
            ["/repo/api/paths/a.yaml"] = """
                get:
                  operationId: getA
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '../models.yaml#/Nope'
                """,
            ["/repo/api/models.yaml"] = "Thing: { type: string }\n",
        };

        var result = Load(root, files);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.ReferencedFragmentMissing, diagnostic.Id);
        Assert.Equal("/repo/api/paths/a.yaml", diagnostic.FilePath);
        Assert.Equal(9, diagnostic.Line);
        Assert.Single(result.Spec!.Operations);
    }

    [Fact]
    public void An_inlined_object_that_refers_to_itself_is_a_cycle_diagnostic_not_a_hang()
    {
        var root = """
            openapi: 3.0.3
            info: { title: T, version: "1" }
            paths:
              /loop:
                get:
                  $ref: ops/loop.yaml
              /fine:
                get:
                  operationId: fine
                  responses:
                    '200': { description: ok }
            """;
        var files = new Dictionary<string, string> { ["/repo/api/ops/loop.yaml"] = "$ref: '../ops/loop.yaml'\n" };

        var result = Load(root, files);

        var cycle = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ReferenceCycle);
        Assert.Equal("/repo/api/ops/loop.yaml", cycle.FilePath);
        Assert.Equal(1, cycle.Line);
        Assert.Contains("the operation is not generated", cycle.Message);
        Assert.Equal("fine", Assert.Single(result.Spec!.Operations).OperationId);
    }

    [Fact]
    public void A_referenced_file_with_a_syntax_error_is_reported_on_that_file_and_line()
    {
        var root = "swagger: '2.0'\ninfo: { title: T, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          schema: { $ref: 'Broken.yaml' }\n";
        var files = new Dictionary<string, string> { ["/repo/api/Broken.yaml"] = "type: object\nproperties:\n  a: [unclosed\n" };

        var result = Load(root, files);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ReferencedFileUnreadable);
        Assert.Equal("/repo/api/Broken.yaml", diagnostic.FilePath);
        Assert.True(diagnostic.Line >= 3, diagnostic.ToString());
        Assert.Single(result.Spec!.Operations);
    }

    [Theory]
    [InlineData("$ref: paths/menu_{menuItemId}.yaml", "/repo/api/paths/menu_{menuItemId}.yaml")]
    [InlineData("schema: { $ref: ./Pet.yaml }", "/repo/api/Pet.yaml")]
    [InlineData("\"$ref\": \"../common/Error.json#/Error\"", "/repo/common/Error.json")]
    [InlineData("$ref: 'https://example.com/x.yaml'", null)]
    [InlineData("$ref: '#/components/schemas/Local'", null)]
    public void The_reference_scan_finds_the_files_a_spec_names(string line, string? expected)
    {
        var files = ExternalReferences.FilesReferencedBy(RootPath, line);

        Assert.Equal(expected is null ? new string[0] : new[] { expected }, files);
    }

    [Theory]
    [InlineData("/a/b/../c/./d.yaml", "/a/c/d.yaml")]
    [InlineData(@"C:\specs\api\..\x.json", "C:/specs/x.json")]
    public void Paths_normalize_to_one_spelling(string path, string expected) => Assert.Equal(expected, SpecPaths.Normalize(path));
}
