namespace AiApiTestAutomation.Core.Model;

/// <summary>Everything the product needs from one OpenAPI document, independent of the parser that read it.</summary>
public sealed record ApiSpec(
    string FilePath,
    string Title,
    string Version,
    SpecVersion SpecVersion,
    EquatableArray<ApiOperation> Operations,
    EquatableArray<ApiModelType> Models,
    EquatableArray<ApiSecurityScheme> SecuritySchemes,
    SchemaBundleText SchemaBundle);

public enum SpecVersion
{
    Swagger20,
    OpenApi30,
    OpenApi31,
}
