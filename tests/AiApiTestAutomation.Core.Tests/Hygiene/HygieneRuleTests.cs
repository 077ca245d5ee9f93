using System.Linq;
using AiApiTestAutomation.Core.Model;
using Xunit;
using static AiApiTestAutomation.Core.Tests.Hygiene.HygieneSpecs;

namespace AiApiTestAutomation.Core.Tests.Hygiene;

/// <summary>Each hygiene rule (AAT1009-AAT1012) fires where it should, on the right line, and nowhere else.</summary>
public sealed class HygieneRuleTests
{
    [Fact]
    public void An_operation_without_operationId_is_reported_on_its_line_with_the_derived_name()
    {
        var finding = Assert.Single(Findings(Mixed, DiagnosticIds.MissingOperationId));

        Assert.Equal(LineOf(Mixed, "\"get\": {"), finding.Line);
        Assert.Equal(7, finding.Column);
        Assert.Equal("hygiene.json", finding.FilePath);
        Assert.Equal(SpecDiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("/paths/~1things/get", finding.Pointer);
        Assert.Contains("GET /things has no operationId", finding.Message);
        Assert.Contains("GetThingsAsync", finding.Message);
    }

    [Fact]
    public void Operations_with_an_operationId_are_not_reported()
    {
        Assert.Empty(Findings(Mixed.Replace("\"get\": {\n        \"responses\"", "\"get\": {\n        \"operationId\": \"listThings\",\n        \"responses\""), DiagnosticIds.MissingOperationId));
        Assert.Empty(Findings(Swagger, DiagnosticIds.MissingOperationId, "legacy.yaml"));
    }

    [Fact]
    public void An_operation_documenting_only_success_and_default_is_reported_as_without_4xx()
    {
        var finding = Assert.Single(Findings(Mixed, DiagnosticIds.NoClientErrorResponse));

        Assert.Equal(LineOf(Mixed, "\"post\": {"), finding.Line);
        Assert.Equal(SpecDiagnosticSeverity.Info, finding.Severity);
        Assert.Contains("POST /things documents no 4xx response ('default' names no status", finding.Message);
    }

    [Fact]
    public void An_exact_4xx_or_the_4XX_range_counts_and_an_operation_without_input_is_left_alone()
    {
        // getThing documents 404, deleteThing 4XX; GET /things takes no input and needs no credentials.
        var findings = Findings(Mixed.Replace("\"default\": { \"description\": \"problem\" }", "\"422\": { \"description\": \"invalid\" }"), DiagnosticIds.NoClientErrorResponse);

        Assert.Empty(findings);
    }

    [Fact]
    public void An_operation_without_input_that_needs_credentials_still_needs_a_4xx()
    {
        var secured = Mixed.Replace(
            "\"components\": {",
            "\"security\": [ { \"key\": [] } ],\n  \"components\": {\n    \"securitySchemes\": { \"key\": { \"type\": \"apiKey\", \"in\": \"header\", \"name\": \"X-Key\" } },");

        var findings = Findings(secured, DiagnosticIds.NoClientErrorResponse);

        Assert.Contains(findings, f => f.Line == LineOf(secured, "\"get\": {") && f.Message.StartsWith("GET /things ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Unconstrained_inputs_are_listed_once_per_operation_on_its_line()
    {
        var findings = Findings(Mixed, DiagnosticIds.UnconstrainedInput);

        Assert.Equal(2, findings.Count);
        var create = Assert.Single(findings, f => f.Line == LineOf(Mixed, "\"post\": {"));
        Assert.Contains("POST /things: nothing constrains body 'note',", create.Message);
        var read = Assert.Single(findings, f => f.Line == LineOf(Mixed, "\"operationId\": \"getThing\"") - 1);
        Assert.Contains("GET /things/{id}: nothing constrains query 'q',", read.Message);
        Assert.Equal(SpecDiagnosticSeverity.Info, read.Severity);
    }

    [Fact]
    public void Operations_sharing_a_body_schema_each_list_its_unconstrained_properties()
    {
        // The rule works a shared body schema's names out once; every operation using it must still get them.
        var shared = Mixed.Replace(
            "\"operationId\": \"deleteThing\",",
            "\"operationId\": \"deleteThing\",\n        \"requestBody\": { \"content\": { \"application/json\": { \"schema\": { \"$ref\": \"#/components/schemas/Thing Input\" } } } },");

        var findings = Findings(shared, DiagnosticIds.UnconstrainedInput);

        Assert.Contains(findings, f => f.Message.StartsWith("POST /things: nothing constrains body 'note',", System.StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.StartsWith("DELETE /things/{id}: nothing constrains body 'note',", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Required_typed_enumerated_read_only_cookie_and_formatted_inputs_are_not_listed()
    {
        var messages = string.Join("\n", Findings(Mixed, DiagnosticIds.UnconstrainedInput).Select(f => f.Message));

        foreach (var constrained in new[] { "'name'", "'size'", "'colour'", "'id'", "'trace'" })
        {
            Assert.DoesNotContain(constrained, messages);
        }

        var tightened = Mixed
            .Replace("\"note\": { \"type\": \"string\" }", "\"note\": { \"type\": \"string\", \"maxLength\": 200 }")
            .Replace("{ \"name\": \"q\", \"in\": \"query\", \"schema\": { \"type\": \"string\" } }", "{ \"name\": \"q\", \"in\": \"query\", \"schema\": { \"type\": \"string\", \"minLength\": 2 } }");
        Assert.Empty(Findings(tightened, DiagnosticIds.UnconstrainedInput));
    }

    [Fact]
    public void Component_keys_outside_the_OpenAPI_pattern_are_reported_at_the_key()
    {
        var findings = Findings(Mixed, DiagnosticIds.InvalidComponentKey).OrderBy(f => f.Line).ToList();

        Assert.Equal(2, findings.Count);
        Assert.Equal(LineOf(Mixed, "\"Thing Input\": {"), findings[0].Line);
        Assert.Equal(7, findings[0].Column);
        Assert.Equal("/components/schemas/Thing Input", findings[0].Pointer);
        Assert.Contains("'Thing Input' under components/schemas", findings[0].Message);
        Assert.Equal(LineOf(Mixed, "\"事物\""), findings[1].Line);
        Assert.Equal(SpecDiagnosticSeverity.Warning, findings[1].Severity);
    }

    [Fact]
    public void The_readers_own_complaint_about_the_key_is_replaced_not_doubled()
    {
        var diagnostics = Core.Loading.SpecLoader.Load("hygiene.json", Mixed).Diagnostics;

        Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticIds.ReaderProblem && d.Message.Contains("MUST match", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Swagger_definitions_are_checked_under_their_own_name()
    {
        var finding = Assert.Single(Findings(Swagger, DiagnosticIds.InvalidComponentKey, "legacy.yaml"));

        Assert.Equal(LineOf(Swagger, "Bad Name:"), finding.Line);
        Assert.Equal("/definitions/Bad Name", finding.Pointer);
    }

    [Theory]
    [InlineData("Pet", true)]
    [InlineData("io.k8s.api.core.v1.Pod", true)]
    [InlineData("Thing_Output-1.0", true)]
    [InlineData("Thing Input", false)]
    [InlineData("公共结构", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    public void The_key_pattern_is_OpenAPIs(string key, bool valid) =>
        Assert.Equal(valid, Core.Loading.Hygiene.ComponentKeyRule.IsValidKey(key));
}
