using AiApiTestAutomation.Schemas;
using Xunit;

namespace AiApiTestAutomation.Testing.Tests.Schemas;

/// <summary>OpenAPI discriminator: the property value picks the branch, so errors are the chosen branch's own.</summary>
public sealed class DiscriminatorTests
{
    private const string Branches = """
        "Cat":{"type":"object","required":["petType","lives"],"properties":{"petType":{"type":"string"},"lives":{"type":"integer","maximum":9}}},
        "Dog":{"type":"object","required":["petType","bark"],"properties":{"petType":{"type":"string"},"bark":{"type":"boolean"}}}
        """;

    [Fact]
    public void Without_mapping_the_schema_name_selects_the_branch()
    {
        SchemaSet set = Bundles.OpenApi30("{" + Branches + "," + """
            "Pet":{"oneOf":[{"$ref":"#/schemas/Cat"},{"$ref":"#/schemas/Dog"}],"discriminator":{"propertyName":"petType"}}}
            """);
        Assert.True(set.Check("Pet", """{"petType":"Cat","lives":3}""").IsValid);
        SchemaViolation violation = Assert.Single(set.Check("Pet", """{"petType":"Cat","lives":10}""").Violations);
        Assert.Equal("maximum", violation.Keyword);
        Assert.Equal("/lives", violation.InstancePointer);
    }

    [Fact]
    public void Mapping_values_select_the_branch()
    {
        SchemaSet set = Bundles.OpenApi30("{" + Branches + "," + """
            "Pet":{"anyOf":[{"$ref":"#/schemas/Cat"},{"$ref":"#/schemas/Dog"}],
                   "discriminator":{"propertyName":"petType","mapping":{"cat":"#/schemas/Cat","dog":"Dog"}}}}
            """);
        Assert.True(set.Check("Pet", """{"petType":"dog","bark":true}""").IsValid);
        Assert.Equal("required", Assert.Single(set.Check("Pet", """{"petType":"dog"}""").Violations).Keyword);
    }

    [Fact]
    public void Unknown_discriminator_value_is_reported_as_such()
    {
        SchemaSet set = Bundles.OpenApi30("{" + Branches + "," + """
            "Pet":{"oneOf":[{"$ref":"#/schemas/Cat"},{"$ref":"#/schemas/Dog"}],"discriminator":{"propertyName":"petType"}}}
            """);
        SchemaViolation violation = Assert.Single(set.Check("Pet", """{"petType":"Lizard"}""").Violations);
        Assert.Equal("discriminator", violation.Keyword);
        Assert.Equal("/petType", violation.InstancePointer);
        Assert.Contains("unknown value \"Lizard\"", violation.Actual);
        Assert.Contains("Cat, Dog", violation.Expected);
    }
}
