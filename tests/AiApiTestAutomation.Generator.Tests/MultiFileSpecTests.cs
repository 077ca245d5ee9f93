using System.Linq;
using AiApiTestAutomation.Core;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>A spec split over files generates from its AdditionalFiles, and edits to a referenced file regenerate it.</summary>
public sealed class MultiFileSpecTests
{
    private const string Root = """
        openapi: 3.0.3
        info: { title: Shop, version: "1.0" }
        paths:
          /orders:
            $ref: paths/orders.yaml
          /orders/{orderId}:
            get:
              $ref: operations/getOrder.yaml
        components:
          schemas:
            Order:
              $ref: schemas/Order.yaml
        """;

    private const string OrdersPath = """
        get:
          operationId: listOrders
          parameters:
            - $ref: '../parameters.json#/limit'
          responses:
            '200':
              description: The orders
              content:
                application/json:
                  schema:
                    type: array
                    items:
                      $ref: ../schemas/Order.yaml
        post:
          operationId: createOrder
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  $ref: ../schemas/Order.yaml
          responses:
            '201':
              description: Created
              content:
                application/json:
                  schema:
                    $ref: ../schemas/Order.yaml
        """;

    private const string GetOrder = """
        operationId: getOrder
        parameters:
          - name: orderId
            in: path
            required: true
            schema: { type: integer }
        responses:
          '200':
            description: One order
            content:
              application/json:
                schema:
                  $ref: ../schemas/Order.yaml
          '404':
            description: No such order
        """;

    private const string Order = """
        type: object
        required: [id]
        properties:
          id: { type: integer }
          note: { type: string, maxLength: 40 }
          items:
            type: array
            items:
              $ref: ./OrderItem.yaml
        """;

    // Refers back to Order: a cycle across files, which components keep finite.
    private const string OrderItem = """
        type: object
        properties:
          sku: { type: string }
          order:
            $ref: Order.yaml
        """;

    private const string Parameters = """{ "limit": { "name": "limit", "in": "query", "schema": { "type": "integer", "maximum": 100 } } }""";

    private static (string Path, string Text, System.Collections.Generic.Dictionary<string, string> Metadata)[] Files(string orderItem = OrderItem) =>
    [
        GeneratorHarness.Spec("specs/shop/openapi.yaml", Root),
        GeneratorHarness.PlainFile("specs/shop/paths/orders.yaml", OrdersPath),
        GeneratorHarness.PlainFile("specs/shop/operations/getOrder.yaml", GetOrder),
        GeneratorHarness.PlainFile("specs/shop/schemas/Order.yaml", Order),
        GeneratorHarness.PlainFile("specs/shop/schemas/OrderItem.yaml", orderItem),
        GeneratorHarness.PlainFile("specs/shop/parameters.json", Parameters),
        GeneratorHarness.PlainFile("specs/other/unrelated.yaml", "name: not referenced"),
    ];

    [Fact]
    public void A_spec_split_over_files_generates_every_operation_and_compiles()
    {
        var (run, compileDiagnostics, _) = GeneratorHarness.GenerateAndCompile(Files());

        var result = run.Results.Single();
        var code = string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Null(result.Exception);
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics.Take(20)));
        Assert.Contains("ListOrdersAsync", code);
        Assert.Contains("CreateOrderAsync", code);
        Assert.Contains("GetOrderAsync", code);
        Assert.Contains("partial record Order\n", code.Replace("\r", ""));
        Assert.Contains("partial record OrderItem\n", code.Replace("\r", ""));

        // The only bundling diagnostic: the operation-level $ref, inlined though OpenAPI does not allow it there
        // (hygiene notes, such as AAT1010 on the operations in paths/orders.yaml, are not about bundling).
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id != DiagnosticIds.NoClientErrorResponse);
        Assert.Equal(DiagnosticIds.NonStandardReference, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(GeneratorHarness.ProjectDir + "specs/shop/openapi.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(8, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_nullable_without_a_type_in_a_referenced_file_lets_null_through()
    {
        // DigitalOcean's chunk `usage: {nullable: true, allOf: [$ref]}` lives in such a file; the reader drops the
        // keyword wherever the schema comes from, so the bundle must carry it back from referenced files too.
        var withNullable = OrderItem.Replace("  order:\n    $ref: Order.yaml", "  order:\n    nullable: true\n    allOf:\n      - $ref: Order.yaml");
        Assert.NotEqual(OrderItem, withNullable);

        var (run, compileDiagnostics, _) = GeneratorHarness.GenerateAndCompile(Files(withNullable));

        var source = run.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).Single(s => s.Contains("const string Bundle"));
        var literal = source.Substring(source.IndexOf("@\"", System.StringComparison.Ordinal) + 2);
        var bundle = System.Text.Json.Nodes.JsonNode.Parse(literal.Substring(0, literal.IndexOf("\";", System.StringComparison.Ordinal)).Replace("\"\"", "\""))!;
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics.Take(20)));
        Assert.Equal(true, (bool?)bundle["schemas"]!["OrderItem"]!["properties"]!["order"]!["nullable"]);
    }

    [Fact]
    public void A_missing_referenced_file_is_reported_at_its_ref_and_the_rest_still_generates()
    {
        var files = Files().Where(f => !f.Path.EndsWith("getOrder.yaml")).ToArray();

        var (run, compileDiagnostics, _) = GeneratorHarness.GenerateAndCompile(files);

        var result = run.Results.Single();
        var code = string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics.Take(20)));
        Assert.Contains("ListOrdersAsync", code);
        Assert.DoesNotContain("GetOrderAsync", code);
        var missing = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ReferencedFileMissing);
        Assert.Equal(8, missing.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("operations/getOrder.yaml", missing.GetMessage());
        Assert.Contains("the operation is not generated", missing.GetMessage());
    }

    [Fact]
    public void Editing_a_referenced_file_regenerates_the_spec()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var (created, texts) = GeneratorHarness.CreateDriverWithTexts(Files());
        var driver = created.RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();

        var itemIndex = System.Array.FindIndex(texts, t => t.Path.EndsWith("OrderItem.yaml"));
        var edited = OrderItem.Replace("sku: { type: string }", "sku: { type: string }\n  quantity: { type: integer }");
        driver = driver.ReplaceAdditionalText(texts[itemIndex], new InMemoryAdditionalText(texts[itemIndex].Path, edited));
        var rerun = driver.RunGenerators(compilation).GetRunResult();

        var models = rerun.Results.Single().TrackedSteps[TrackingNames.SpecModels].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal([IncrementalStepRunReason.Modified], models);
        var after = string.Join("\n", rerun.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.DoesNotContain(before, s => s.Contains("Quantity"));
        Assert.Contains("Quantity", after);
    }

    [Fact]
    public void Editing_a_file_no_spec_references_keeps_the_spec_model_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var (created, texts) = GeneratorHarness.CreateDriverWithTexts(Files());
        var driver = created.RunGenerators(compilation);

        var unrelated = System.Array.FindIndex(texts, t => t.Path.EndsWith("unrelated.yaml"));
        driver = driver.ReplaceAdditionalText(texts[unrelated], new InMemoryAdditionalText(texts[unrelated].Path, "name: still not referenced"));
        var rerun = driver.RunGenerators(compilation).GetRunResult();

        var steps = rerun.Results.Single().TrackedSteps;
        Assert.All(steps[TrackingNames.SpecSources].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(steps[TrackingNames.SpecModels].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }
}
