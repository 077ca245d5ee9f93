using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace AiApiTestAutomation.Tasks.Tests;

public sealed class ApiTestReportTests
{
    [Fact]
    public void Report_lists_every_operation_of_the_sample_with_the_categories_the_generator_plans()
    {
        using var folder = new TempFolder();
        folder.Write("specs/store.openapi.json", Specs.StoreText);
        var engine = new RecordingBuildEngine();
        var task = new ApiTestReport { BuildEngine = engine, Specs = new[] { TempFolder.Spec("specs/store.openapi.json") }, ProjectDirectory = folder.Path, OutputDirectory = Path.Combine(folder.Path, "out"), ProjectName = "Store" };

        Assert.True(task.Execute(), engine.Log);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.Path, "out", "api-test-report.json")));
        var spec = json.RootElement.GetProperty("specs")[0];
        var operations = spec.GetProperty("operations").EnumerateArray().ToDictionary(o => o.GetProperty("operationId").GetString()!);
        Assert.Equal(10, operations.Count);
        Assert.Equal(new[] { "Crud", "Validation" }, operations["createProduct"].GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(new[] { "Crud", "Error", "Validation" }, operations["getProduct"].GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(new[] { "Validation" }, operations["listProducts"].GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(100, operations["getProduct"].GetProperty("score").GetInt32());
        Assert.InRange(spec.GetProperty("score").GetInt32(), 1, 99);
        Assert.Equal(3, task.ReportFiles.Length);
    }

    [Fact]
    public void Html_report_is_self_contained_and_escapes_spec_text()
    {
        using var folder = new TempFolder();
        folder.Write("specs/evil.openapi.json", Specs.StoreText.Replace("\"title\": \"Store API\"", "\"title\": \"<script>alert(1)</script>\""));
        var engine = new RecordingBuildEngine();
        var task = new ApiTestReport { BuildEngine = engine, Specs = new[] { TempFolder.Spec("specs/evil.openapi.json") }, ProjectDirectory = folder.Path, OutputDirectory = folder.Path };

        Assert.True(task.Execute(), engine.Log);

        var html = File.ReadAllText(Path.Combine(folder.Path, "api-test-report.html"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotMatch(new Regex("(src|href)\\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("@import", html);
        Assert.Contains("<style>", html);
    }

    [Fact]
    public void Unreadable_spec_scores_zero_and_shows_the_loader_finding()
    {
        using var folder = new TempFolder();
        folder.Write("specs/broken.openapi.json", "{ \"openapi\": \"3.0.3\", \"paths\": { ");
        var engine = new RecordingBuildEngine();
        var task = new ApiTestReport { BuildEngine = engine, Specs = new[] { TempFolder.Spec("specs/broken.openapi.json") }, ProjectDirectory = folder.Path, OutputDirectory = folder.Path };

        Assert.True(task.Execute(), engine.Log);

        var markdown = File.ReadAllText(Path.Combine(folder.Path, "api-test-report.md"));
        Assert.Contains("score **0/100**", markdown);
        Assert.Contains("Error AAT1001", markdown);
    }

    [Fact]
    public void Finding_under_an_operation_is_listed_on_that_operation_and_costs_it_hygiene_points()
    {
        using var folder = new TempFolder();
        folder.Write("specs/pets.openapi.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Pets", "version": "1" },
              "paths": {
                "/pets/{petId}": {
                  "get": {
                    "operationId": "getPet",
                    "parameters": [ { "name": "petId", "in": "path", "required": true, "schema": { "type": "integer" } } ],
                    "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Missing" } } } } }
                  }
                },
                "/health": { "get": { "operationId": "health", "responses": { "200": { "description": "ok" } } } }
              }
            }
            """);
        var engine = new RecordingBuildEngine();
        var task = new ApiTestReport { BuildEngine = engine, Specs = new[] { TempFolder.Spec("specs/pets.openapi.json") }, ProjectDirectory = folder.Path, OutputDirectory = "out" };

        Assert.True(task.Execute(), engine.Log);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.Path, "out", "api-test-report.json")));
        var spec = json.RootElement.GetProperty("specs")[0];
        var operations = spec.GetProperty("operations").EnumerateArray().ToDictionary(o => o.GetProperty("operationId").GetString()!);
        // getPet also documents no 4xx (AAT1010, Info: listed, costs no points).
        var finding = Assert.Single(operations["getPet"].GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "AAT1004");
        Assert.True(finding.GetProperty("line").GetInt32() > 1);
        Assert.Empty(operations["health"].GetProperty("findings").EnumerateArray());
        Assert.Empty(spec.GetProperty("findings").EnumerateArray());
        // 40 for having tests + 20 for a validation theory (petId is an integer) + 0 of 20 hygiene points (one error).
        Assert.Equal(60, operations["getPet"].GetProperty("score").GetInt32());
    }

    [Fact]
    public void Hygiene_findings_are_listed_on_their_operation_or_the_spec_with_their_lines()
    {
        using var folder = new TempFolder();
        folder.Write("specs/things.openapi.json", """
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
              "components": { "schemas": { "Thing Out": { "type": "object" } } }
            }
            """);
        var engine = new RecordingBuildEngine();
        var task = new ApiTestReport { BuildEngine = engine, Specs = new[] { TempFolder.Spec("specs/things.openapi.json") }, ProjectDirectory = folder.Path, OutputDirectory = "out" };

        Assert.True(task.Execute(), engine.Log);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.Path, "out", "api-test-report.json")));
        var spec = json.RootElement.GetProperty("specs")[0];
        var operation = Assert.Single(spec.GetProperty("operations").EnumerateArray());
        var findings = operation.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
        Assert.Equal(new[] { "AAT1009", "AAT1010", "AAT1011" }, findings.Keys.Order());
        Assert.All(findings.Values, f => Assert.Equal(6, f.GetProperty("line").GetInt32()));
        Assert.Equal("Warning", findings["AAT1009"].GetProperty("severity").GetString());
        var specFindings = spec.GetProperty("findings").EnumerateArray().ToList();
        Assert.True(specFindings.Count == 1, string.Join("\n", specFindings.Select(f => f.ToString())));
        var key = specFindings[0];
        Assert.Equal("AAT1012", key.GetProperty("id").GetString());
        Assert.Equal(12, key.GetProperty("line").GetInt32());
        Assert.Contains("Warning AAT1012 (line 12)", File.ReadAllText(Path.Combine(folder.Path, "out", "api-test-report.md")));
    }

    [Fact]
    public void Same_spec_gives_byte_identical_reports()
    {
        using var folder = new TempFolder();
        folder.Write("specs/store.openapi.json", Specs.StoreText);
        var first = Run(folder, "a");
        var second = Run(folder, "b");

        Assert.Equal(first, second);
    }

    private static byte[] Run(TempFolder folder, string output)
    {
        var task = new ApiTestReport { BuildEngine = new RecordingBuildEngine(), Specs = new[] { TempFolder.Spec("specs/store.openapi.json") }, ProjectDirectory = folder.Path, OutputDirectory = Path.Combine(folder.Path, output) };
        Assert.True(task.Execute());
        return File.ReadAllBytes(Path.Combine(folder.Path, output, "api-test-report.json")).Concat(File.ReadAllBytes(Path.Combine(folder.Path, output, "api-test-report.html"))).ToArray();
    }
}
