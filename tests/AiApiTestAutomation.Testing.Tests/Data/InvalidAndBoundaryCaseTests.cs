using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Testing.Data;
using AiApiTestAutomation.Schemas;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Testing.Tests.Data;

/// <summary>Invalid cases break exactly their one constraint; boundary cases sit on the limit and stay valid.</summary>
public sealed class InvalidAndBoundaryCaseTests(ITestOutputHelper output)
{
    private const string Product = """
        {"dialect":"openapi-3.0","schemas":{"Product":{"type":"object","additionalProperties":false,
          "required":["name","quantity","sku","email","price"],
          "properties":{
            "id":{"type":"integer","readOnly":true},
            "name":{"type":"string","minLength":2,"maxLength":100},
            "quantity":{"type":"integer","minimum":1,"maximum":100},
            "price":{"type":"number","minimum":0,"exclusiveMinimum":true,"maximum":100000,"multipleOf":0.01},
            "sku":{"type":"string","pattern":"^[A-Z]{3}-[0-9]{4}$"},
            "email":{"type":"string","format":"email"},
            "status":{"type":"string","enum":["active","retired"]},
            "tags":{"type":"array","items":{"type":"string"},"minItems":1,"maxItems":3,"uniqueItems":true},
            "createdAt":{"type":"string","format":"date-time"}}}}}
        """;

    [Fact]
    public void Each_invalid_case_fails_for_its_own_constraint_only()
    {
        SchemaSet set = SchemaSet.Parse(Product);
        var validator = new SchemaValidator(set);
        IReadOnlyList<InvalidCase> cases = new TestDataFactory(set, seed: 7).Invalid("Product");
        foreach (InvalidCase invalid in cases)
        {
            output.WriteLine($"{invalid.Name}  [{invalid.Constraint} at '{invalid.PropertyPath}']");
        }

        string[] names = cases.Select(invalid => invalid.Name).ToArray();
        Assert.Contains("empty body", names);
        Assert.Contains("malformed JSON", names);
        Assert.Contains("missing required quantity", names);
        Assert.Contains("quantity above maximum (101)", names);
        Assert.Contains("quantity below minimum (0)", names);
        Assert.Contains("name longer than maxLength (101 > 100)", names);
        Assert.Contains("name shorter than minLength (1 < 2)", names);
        Assert.Contains(names, name => name.StartsWith("sku not matching pattern", System.StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("email with invalid email", System.StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("price not a multiple of 0.01", System.StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("unexpected property", System.StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("quantity with wrong type", System.StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("status outside enum", System.StringComparison.Ordinal));
        Assert.Contains("tags with more than maxItems (4 > 3)", names);
        Assert.Contains("tags with fewer than minItems (0 < 1)", names);
        Assert.Contains(names, name => name.StartsWith("createdAt with invalid date-time", System.StringComparison.Ordinal));

        foreach (InvalidCase invalid in cases.Where(invalid => invalid.Body is not null))
        {
            IReadOnlyList<SchemaViolation> violations = validator.Validate(invalid.Body, "Product", SchemaUsage.Request).Violations;
            Assert.NotEmpty(violations);
            Assert.All(violations, violation => Assert.Equal(invalid.Constraint, violation.Keyword.Replace("exclusiveM", "m", System.StringComparison.Ordinal)));
        }

        foreach (InvalidCase raw in cases.Where(invalid => invalid.Body is null))
        {
            Assert.NotNull(raw.RawBody);
            Assert.ThrowsAny<JsonException>(() => JsonNode.Parse(raw.RawBody!));
        }
    }

    [Fact]
    public void Boundary_cases_sit_on_the_limits_and_validate()
    {
        SchemaSet set = SchemaSet.Parse(Product);
        var validator = new SchemaValidator(set);
        IReadOnlyList<BoundaryCase> cases = new TestDataFactory(set, seed: 7).Boundaries("Product");
        string[] names = cases.Select(boundary => boundary.Name).ToArray();
        output.WriteLine(string.Join("\n", names));
        Assert.Contains("name at maxLength (100)", names);
        Assert.Contains("name at minLength (2)", names);
        Assert.Contains("quantity at minimum (1)", names);
        Assert.Contains("quantity at maximum (100)", names);
        Assert.Contains("price at maximum (100000)", names);
        Assert.DoesNotContain(names, name => name.StartsWith("price at minimum", System.StringComparison.Ordinal));
        Assert.All(cases, boundary => Assert.True(validator.Validate(boundary.Body, "Product", SchemaUsage.Request).IsValid, boundary.Name));
        Assert.Equal(100, cases.Single(boundary => boundary.Name == "name at maxLength (100)").Body["name"]!.GetValue<string>().Length);
    }

    [Theory]
    [InlineData("stripe-3.0.json")]
    [InlineData("github-rest-3.0.json")]
    [InlineData("box-3.0.json")]
    public void Invalid_cases_of_real_specs_break_exactly_one_constraint(string specFile)
    {
        SchemaSet set = SchemaSet.Parse(SpecBundles.FromSpecFile(specFile));
        var validator = new SchemaValidator(set);
        var factory = new TestDataFactory(set, seed: 11);
        int total = 0;
        foreach (string key in set.Keys.Take(150))
        {
            foreach (InvalidCase invalid in factory.Invalid(key).Where(invalid => invalid.Body is not null))
            {
                total++;
                IReadOnlyList<SchemaViolation> violations = validator.Validate(invalid.Body, key, SchemaUsage.Request).Violations;
                Assert.True(violations.Count > 0, $"{key}: {invalid.Name} is valid");
                Assert.All(violations, violation => Assert.StartsWith(invalid.PropertyPath.Length == 0 || invalid.Constraint == "required" ? "" : invalid.PropertyPath, violation.InstancePointer));
            }

            Assert.All(factory.Boundaries(key), boundary => Assert.True(validator.Validate(boundary.Body, key, SchemaUsage.Request).IsValid, $"{key}: {boundary.Name}"));
        }

        output.WriteLine($"{specFile}: {total} invalid bodies checked");
    }
}
