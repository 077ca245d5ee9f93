using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading.Hygiene;

/// <summary>
/// Whether a body property gives a validation test something to break, by the same measure parameters use
/// (ApiModelBuilder's IsConstrained): a non-string type, an enum or const, lengths, bounds, a pattern, a format
/// the test data knows how to break, or being required. A bare string takes any text, so it counts as nothing.
/// </summary>
internal static class InputConstraints
{
    public static bool Constrains(IOpenApiSchema schema, bool required)
    {
        if (required)
        {
            return true;
        }

        var type = schema.Type ?? 0;
        return (type & (JsonSchemaType.Integer | JsonSchemaType.Number | JsonSchemaType.Boolean | JsonSchemaType.Object | JsonSchemaType.Array)) != 0
            || schema.Enum is { Count: > 0 }
            || schema.Const is not null
            || schema.MinLength is > 0
            || schema.MaxLength is < 10_000 // the test data builds no longer strings
            || schema.Minimum is not null
            || schema.Maximum is not null
            || schema.ExclusiveMinimum is not null
            || schema.ExclusiveMaximum is not null
            || schema.MultipleOf is not null
            || schema.Pattern is not null
            || schema.Format is "email" or "uuid" or "date-time" or "date" or "uri" or "ipv4" or "hostname"
            || schema.AllOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 } || schema.OneOf is { Count: > 0 };
    }
}
