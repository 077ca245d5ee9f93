using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Testing.Data;
using AiApiTestAutomation.Schemas;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Testing.Tests.Data;

/// <summary>Parameter cases break one parameter at a time and only in ways a request can carry as text.</summary>
public sealed class ParameterCaseTests(ITestOutputHelper output)
{
    // The shape Core's SchemaBundleWriter.AddParameterSet writes: one property per parameter, x-parameters for locations.
    private const string Bundle = """
        {"dialect":"openapi-3.0","schemas":{
          "ListItems/parameter/path/shopId":{"type":"string","pattern":"^[a-z]{3}$","minLength":1},
          "ListItems/parameter/query/limit":{"type":"integer","minimum":1,"maximum":100},
          "ListItems/parameter/query/sort":{"type":"string","enum":["name","price"]},
          "ListItems/parameter/query/q":{"type":"string"},
          "ListItems/parameter/header/X-Request-Id":{"type":"string","format":"uuid"},
          "ListItems/parameters":{"type":"object",
            "properties":{
              "shopId":{"$ref":"#/schemas/ListItems~1parameter~1path~1shopId"},
              "limit":{"$ref":"#/schemas/ListItems~1parameter~1query~1limit"},
              "sort":{"$ref":"#/schemas/ListItems~1parameter~1query~1sort"},
              "q":{"$ref":"#/schemas/ListItems~1parameter~1query~1q"},
              "X-Request-Id":{"$ref":"#/schemas/ListItems~1parameter~1header~1X-Request-Id"}},
            "required":["shopId","q"],
            "x-parameters":{"shopId":"path","limit":"query","sort":"query","q":"query","X-Request-Id":"header"}}}}
        """;

    private readonly IReadOnlyList<ParameterCase> cases = new TestDataFactory(SchemaSet.Parse(Bundle), seed: 11).InvalidParameters("ListItems/parameters");

    [Fact]
    public void Each_constrained_parameter_gets_its_cases_named_with_its_location()
    {
        foreach (ParameterCase parameterCase in cases)
        {
            output.WriteLine(parameterCase.Name);
        }

        var names = cases.Select(c => c.Name).ToList();
        Assert.Contains("query limit below minimum (0)", names);
        Assert.Contains("query limit above maximum (101)", names);
        Assert.Contains(names, n => n.StartsWith("query limit with wrong type", System.StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("query sort outside enum", System.StringComparison.Ordinal));
        Assert.Contains("query missing required q", names);
        Assert.Contains(names, n => n.StartsWith("path shopId not matching pattern", System.StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("header X-Request-Id with invalid uuid", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Cases_a_request_cannot_carry_are_left_out()
    {
        var names = cases.Select(c => c.Name).ToList();

        // As text, 12345 is a valid string: a "wrong type" case for a string parameter could never be rejected.
        Assert.DoesNotContain(names, n => n.StartsWith("query q with wrong type", System.StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("query sort with wrong type", System.StringComparison.Ordinal));
        // A path without its segment is another route, not a missing parameter.
        Assert.DoesNotContain("path missing required shopId", names);
        Assert.DoesNotContain(names, n => n.Contains("shorter than minLength", System.StringComparison.Ordinal) && n.StartsWith("path", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Every_case_sends_each_parameter_in_its_location_and_breaks_only_the_named_one()
    {
        ParameterCase aboveMaximum = cases.Single(c => c.Name == "query limit above maximum (101)");

        var byName = aboveMaximum.Values.ToDictionary(v => v.Name);
        Assert.Equal("path", byName["shopId"].Location);
        Assert.Matches("^[a-z]{3}$", byName["shopId"].Text.Single());
        Assert.Equal("header", byName["X-Request-Id"].Location);
        Assert.Equal(["101"], byName["limit"].Text);
        Assert.Contains(byName["sort"].Text.Single(), new[] { "name", "price" });
    }

    [Fact]
    public void A_missing_required_parameter_is_not_sent_at_all()
    {
        ParameterCase missing = cases.Single(c => c.Name == "query missing required q");

        Assert.DoesNotContain(missing.Values, v => v.Name == "q");
        Assert.Contains(missing.Values, v => v.Name == "shopId");
    }

    [Fact]
    public void Boundary_cases_put_one_parameter_exactly_on_each_inclusive_limit()
    {
        var factory = new TestDataFactory(SchemaSet.Parse(Bundle), seed: 11);

        IReadOnlyList<ParameterCase> boundaries = factory.BoundaryParameters("ListItems/parameters");

        var names = boundaries.Select(c => c.Name).ToList();
        Assert.Contains("query limit at minimum (1)", names);
        Assert.Contains("query limit at maximum (100)", names);
        ParameterCase atMaximum = boundaries.Single(c => c.Name == "query limit at maximum (100)");
        Assert.Equal(["100"], atMaximum.Values.Single(v => v.Name == "limit").Text);
        Assert.Matches("^[a-z]{3}$", atMaximum.Values.Single(v => v.Name == "shopId").Text.Single());
    }

    [Fact]
    public void A_boundary_a_path_cannot_carry_is_left_out()
    {
        // minLength 1 on a path parameter is met by every segment; an empty one would be another route.
        var factory = new TestDataFactory(SchemaSet.Parse(Bundle), seed: 11);

        var names = factory.BoundaryParameters("ListItems/parameters").Select(c => c.Name).ToList();

        Assert.DoesNotContain(names, n => n.StartsWith("path shopId", System.StringComparison.Ordinal) && n.Contains("(0)", System.StringComparison.Ordinal));
        Assert.All(names, n => Assert.Matches("^(query|path|header) ", n));
    }

    [Fact]
    public void An_exclusive_limit_gives_no_boundary_case()
    {
        const string exclusive = """
            {"dialect":"openapi-3.1","schemas":{
              "Op/parameters":{"type":"object","properties":{"ratio":{"type":"number","exclusiveMinimum":0,"maximum":1}},
                "x-parameters":{"ratio":"query"}}}}
            """;
        var factory = new TestDataFactory(SchemaSet.Parse(exclusive), seed: 5);

        var names = factory.BoundaryParameters("Op/parameters").Select(c => c.Name).ToList();

        Assert.Equal(["query ratio at maximum (1)"], names);
    }

    [Fact]
    public void Valid_parameters_are_sent_as_text_and_bind_back_valid()
    {
        var factory = new TestDataFactory(SchemaSet.Parse(Bundle), seed: 3);

        ParameterCase? valid = factory.ValidParameters("ListItems/parameters", "valid");

        Assert.NotNull(valid);
        var byName = valid.Values.ToDictionary(v => v.Name);
        Assert.InRange(int.Parse(byName["limit"].Text.Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 100);
        Assert.Contains(byName["sort"].Text.Single(), new[] { "name", "price" });
        Assert.Equal("query", byName["q"].Location);
    }
}
