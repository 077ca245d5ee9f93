namespace AiApiTestAutomation.Core.Model;

public enum ApiTypeKind
{
    String,
    Integer,
    Long,
    Number,
    Boolean,
    Array,
    Map,
    Model,
    Any,
}

/// <summary>How a schema maps onto a C# type. Constraints live in the schema bundle, not here.</summary>
public sealed record ApiTypeRef(ApiTypeKind Kind, string? ModelName = null, ApiTypeRef? Element = null, string? Format = null)
{
    public static readonly ApiTypeRef Any = new(ApiTypeKind.Any);
    public static readonly ApiTypeRef String = new(ApiTypeKind.String);
}

/// <summary>A C# record emitted for a component object schema.</summary>
public sealed record ApiModelType(string Name, string SchemaKey, string? Description, EquatableArray<ApiProperty> Properties);

public sealed record ApiProperty(string JsonName, string Name, ApiTypeRef Type, bool Required, bool ReadOnly, bool WriteOnly);
