using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Compilation;
using AiApiTestAutomation.Schemas.Evaluation;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Schemas;

/// <summary>
/// Validates JSON instances against the schemas of a <see cref="SchemaSet"/>. Each schema is compiled on first use
/// into a tree of small validator nodes and reused; a passing validation allocates nothing. Thread-safe.
/// </summary>
public sealed class SchemaValidator
{
    private readonly SchemaSet set;
    private readonly SchemaCompiler compiler;
    private readonly ConcurrentDictionary<string, SchemaNode> roots = new(System.StringComparer.Ordinal);
    private readonly object compileLock = new();

    /// <summary>Formats are assertions for OpenAPI dialects and annotations for plain JSON Schema (as the standards say).</summary>
    public SchemaValidator(SchemaSet set)
        : this(set, assertFormats: DialectRules.For(set.Dialect).IsOpenApi)
    {
    }

    internal SchemaValidator(SchemaSet set, bool assertFormats)
    {
        _ = set ?? throw new System.ArgumentNullException(nameof(set));
        this.set = set;
        compiler = new SchemaCompiler(set, assertFormats);
    }

    /// <summary>Validates <paramref name="instance"/> against the schema under <paramref name="key"/>.</summary>
    public SchemaValidationResult Validate(JsonNode? instance, string key, SchemaUsage usage) => Run(RootOf(key), instance, usage);

    /// <summary>Validates against the root of a set made by <see cref="SchemaSet.FromDocument(JsonNode, SchemaDialect)"/>.</summary>
    public SchemaValidationResult ValidateDocument(JsonNode? instance) => Run(RootOf(SchemaSet.DocumentKey), instance, usage: null);

    /// <summary>Validates against any schema object of the set (a property's schema, a branch), compiling it on first use.</summary>
    internal SchemaValidationResult ValidateAgainst(JsonNode schema, JsonNode? instance, SchemaUsage? usage)
    {
        SchemaNode node;
        lock (compileLock)
        {
            node = compiler.Compile(schema);
        }

        return Run(node, instance, usage);
    }

    internal SchemaSet Set => set;

    internal SchemaNode RootOf(string key)
    {
        if (roots.TryGetValue(key, out SchemaNode? root))
        {
            return root;
        }

        JsonNode schema = set.SchemaOf(key);
        lock (compileLock)
        {
            return roots.GetOrAdd(key, _ => compiler.Compile(schema));
        }
    }

    private static SchemaValidationResult Run(SchemaNode root, JsonNode? instance, SchemaUsage? usage)
    {
        ValidationContext context = ValidationContext.Rent(usage);
        try
        {
            root.Evaluate(instance, context);
            return context.ToResult();
        }
        finally
        {
            ValidationContext.Return(context);
        }
    }
}
