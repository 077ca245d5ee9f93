namespace AiApiTestAutomation.Schemas;

/// <summary>The schema language a <see cref="SchemaSet"/> is written in; it decides which keywords exist and how they read.</summary>
public enum SchemaDialect
{
    /// <summary>OpenAPI 3.0 Schema Object: draft 4 style plus <c>nullable</c>, <c>discriminator</c>, <c>readOnly</c>/<c>writeOnly</c>.</summary>
    OpenApi30,

    /// <summary>OpenAPI 3.1 Schema Object: JSON Schema 2020-12 plus <c>discriminator</c>.</summary>
    OpenApi31,

    /// <summary>Swagger 2.0 Schema Object: draft 4 style plus <c>x-nullable</c> and <c>discriminator</c>.</summary>
    Swagger20,

    /// <summary>Plain JSON Schema draft 4.</summary>
    Draft4,

    /// <summary>Plain JSON Schema 2020-12.</summary>
    Draft202012,
}
