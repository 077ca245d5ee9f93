using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Keywords;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Schemas.Compilation;

/// <summary>
/// Reads readOnly/writeOnly of a property schema, looking through a <c>$ref</c> (or a one-branch allOf wrapping one)
/// because specs often declare the flag on the referenced component, e.g. a shared "Id" schema.
/// </summary>
internal static class AccessModes
{
    public static AccessMode Of(JsonNode? propertySchema, SchemaRegistry registry)
    {
        for (int hops = 0; hops < 4 && propertySchema is JsonObject schema; hops++)
        {
            if (SchemaJson.IsTrue(schema, "readOnly"))
            {
                return AccessMode.ReadOnly;
            }

            if (SchemaJson.IsTrue(schema, "writeOnly"))
            {
                return AccessMode.WriteOnly;
            }

            if (SchemaJson.String(schema, "$ref") is { } reference)
            {
                propertySchema = registry.Resolve(registry.PositionOf(schema), reference);
            }
            else if (schema["allOf"] is JsonArray { Count: 1 } single)
            {
                propertySchema = single[0];
            }
            else
            {
                break;
            }
        }

        return AccessMode.ReadWrite;
    }
}
