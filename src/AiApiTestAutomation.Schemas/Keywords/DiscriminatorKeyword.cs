using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>
/// OpenAPI <c>discriminator</c> next to oneOf/anyOf: the property value picks the branch (through <c>mapping</c>, else
/// by schema name), so the violations are those of the intended branch instead of "matches none". An unknown value is
/// reported as such. Without the property the plain oneOf/anyOf decides (the spec requires the property, but a missing
/// one is already reported by <c>required</c> where the spec says so; guessing here would only add noise).
/// </summary>
internal sealed class DiscriminatorKeyword : Keyword
{
    private readonly string propertyName;
    private readonly IReadOnlyDictionary<string, SchemaNode> branchesByValue;
    private readonly Keyword combinator;
    private readonly string expected;

    public DiscriminatorKeyword(string location, string propertyName, IReadOnlyDictionary<string, SchemaNode> branchesByValue, Keyword combinator)
        : base(location)
    {
        this.propertyName = propertyName;
        this.branchesByValue = branchesByValue;
        this.combinator = combinator;
        expected = $"\"{propertyName}\" to be one of the discriminator values: {string.Join(", ", branchesByValue.Keys)}";
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (instance is not JsonObject obj
            || !obj.TryGetPropertyValue(propertyName, out JsonNode? value)
            || value is not JsonValue discriminator
            || discriminator.GetValueKind() != JsonValueKind.String)
        {
            return combinator.Evaluate(instance, kind, context);
        }

        string name = discriminator.GetValue<string>();
        if (branchesByValue.TryGetValue(name, out SchemaNode? branch))
        {
            return branch.Evaluate(instance, context);
        }

        context.PushProperty(propertyName);
        context.Report(Location, "discriminator", expected, $"unknown value \"{name}\"");
        context.Pop();
        return false;
    }
}
