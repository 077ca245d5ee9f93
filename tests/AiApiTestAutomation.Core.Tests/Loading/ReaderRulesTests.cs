using System.Linq;
using AiApiTestAutomation.Core.Loading;
using Microsoft.OpenApi;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// The reader runs Microsoft.OpenApi's validation without its whole-document schema reference walk (too slow for
/// what it adds): the other rules must still report, a reference to nothing must still be found (by the model
/// builder, at the $ref), and Microsoft.OpenApi's own defaults must stay whole for other users in the process.
/// </summary>
public sealed class ReaderRulesTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: t, version: "1"}
        paths:
          /items:
            get:
              operationId: listItems
              responses: {}
          /things:
            get:
              operationId: listThings
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Thing"}
        components:
          schemas:
            Thing:
              type: object
              properties:
                owner: {$ref: "#/components/schemas/Nobody"}
        """;

    [Fact]
    public void The_cheap_rules_still_report()
    {
        var result = SpecLoader.Load("items.yaml", Spec);

        var warning = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ReaderProblem);
        Assert.Contains("Responses must contain at least one response", warning.Message);
        Assert.Equal(7, warning.Line);
    }

    [Fact]
    public void A_reference_to_nothing_is_reported_at_the_ref()
    {
        var result = SpecLoader.Load("items.yaml", Spec);

        var error = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.UnresolvedReference);
        Assert.Contains("#/components/schemas/Nobody", error.Message);
        Assert.Equal(22, error.Line);
    }

    [Fact]
    public void Only_the_reference_walk_is_left_out_and_the_library_defaults_are_untouched()
    {
        var defaults = ValidationRuleSet.GetDefaultRuleSet().Rules.Select(rule => rule.Name).ToList();
        var ours = ReaderRules.ForLoading.Rules.Select(rule => rule.Name).Where(name => !name.StartsWith(ParsedJsonRelease.RuleNamePrefix, System.StringComparison.Ordinal)).ToList();

        Assert.Contains(ReaderRules.SchemaReferencesRule, defaults);
        Assert.Equal(defaults.Where(name => name != ReaderRules.SchemaReferencesRule), ours);
    }
}
