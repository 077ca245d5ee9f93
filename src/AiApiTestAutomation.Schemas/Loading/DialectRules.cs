namespace AiApiTestAutomation.Schemas.Loading;

/// <summary>The handful of ways the supported dialects differ, decided once per <see cref="SchemaSet"/>.</summary>
internal sealed class DialectRules
{
    private DialectRules(SchemaDialect dialect)
    {
        Dialect = dialect;
        IsModern = dialect is SchemaDialect.OpenApi31 or SchemaDialect.Draft202012;
        IsOpenApi = dialect is SchemaDialect.OpenApi30 or SchemaDialect.OpenApi31 or SchemaDialect.Swagger20;
    }

    public SchemaDialect Dialect { get; }

    /// <summary>JSON Schema 2020-12 semantics (OpenAPI 3.1 or plain 2020-12); otherwise draft 4 semantics.</summary>
    public bool IsModern { get; }

    /// <summary>OpenAPI keywords (nullable, discriminator, readOnly/writeOnly by usage) and asserted formats.</summary>
    public bool IsOpenApi { get; }

    /// <summary>In draft 4 (and so OpenAPI 2.0/3.0) a <c>$ref</c> replaces its whole schema object; siblings are ignored.</summary>
    public bool RefOverridesSiblings => !IsModern;

    /// <summary>Draft 4 <c>exclusiveMinimum: true</c> modifies <c>minimum</c>; 2020-12 makes it a number of its own.</summary>
    public bool BooleanExclusiveBounds => !IsModern;

    public string IdKeyword => IsModern ? "$id" : "id";

    /// <summary>Plain JSON Schema documents may use <c>id</c>; an OpenAPI 3.0 schema has no such keyword.</summary>
    public bool HasIdentifiers => Dialect is SchemaDialect.Draft4 or SchemaDialect.Draft202012 or SchemaDialect.OpenApi31;

    public static DialectRules For(SchemaDialect dialect) => new(dialect);
}
