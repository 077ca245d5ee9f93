using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>
/// Array items: positional schemas (2020-12 <c>prefixItems</c>, draft 4 <c>items</c> as an array) and a schema for
/// the rest (2020-12 <c>items</c>, draft 4 <c>items</c> as a schema or <c>additionalItems</c>).
/// </summary>
internal sealed class ItemsKeyword : Keyword
{
    private readonly SchemaNode[] positional;
    private readonly SchemaNode? rest;

    public ItemsKeyword(string location, SchemaNode[] positional, SchemaNode? rest)
        : base(location)
    {
        this.positional = positional;
        this.rest = rest;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (instance is not JsonArray array)
        {
            return true;
        }

        bool valid = true;
        for (int index = 0; index < array.Count; index++)
        {
            SchemaNode? schema = index < positional.Length ? positional[index] : rest;
            if (schema is null)
            {
                break;
            }

            context.PushIndex(index);
            bool itemValid = schema.Evaluate(array[index], context);
            context.Pop();
            if (!itemValid)
            {
                valid = false;
                if (context.IsQuiet)
                {
                    break;
                }
            }
        }

        return valid;
    }
}
