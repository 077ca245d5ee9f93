using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Cuts the JSON values Microsoft.OpenApi keeps (examples, defaults, enums, extensions, link values) loose from the
/// tree the reader parsed the document into. A <see cref="JsonNode"/> knows its parent, so a single kept value held
/// the whole parsed tree alive for as long as the document lived: 7 MB of small objects for GitHub's spec and 11 MB for
/// Stripe's, which every garbage collection during generation marked and copied again. Cut loose, the tree dies with
/// the reader. The cuts run as rules of the reader's own validation walk, which visits every element anyway, so they
/// cost no walk of their own. A value's content is untouched: only the link to its parent goes, and nothing reads
/// the tree after the reader.
/// </summary>
internal static class ParsedJsonRelease
{
    /// <summary>Every rule's name starts with this, to tell them from Microsoft.OpenApi's validation rules.</summary>
    internal const string RuleNamePrefix = "ReleaseParsedJson";

    public static void AddTo(ValidationRuleSet rules)
    {
        rules.Add(typeof(IOpenApiSchema), new ValidationRule<IOpenApiSchema>(RuleNamePrefix + "OfSchema", static (_, schema) => ReleaseSchemaValues(schema)));
        rules.Add(typeof(IOpenApiMediaType), new ValidationRule<IOpenApiMediaType>(RuleNamePrefix + "OfMediaType", static (_, mediaType) => Release(mediaType.Example)));
        rules.Add(typeof(IOpenApiParameter), new ValidationRule<IOpenApiParameter>(RuleNamePrefix + "OfParameter", static (_, parameter) => Release((parameter as OpenApiParameter)?.Example)));
        rules.Add(typeof(IOpenApiHeader), new ValidationRule<IOpenApiHeader>(RuleNamePrefix + "OfHeader", static (_, header) => Release((header as OpenApiHeader)?.Example)));
        rules.Add(typeof(IOpenApiExample), new ValidationRule<IOpenApiExample>(RuleNamePrefix + "OfExample", static (_, example) => Release((example as OpenApiExample)?.Value)));
        rules.Add(typeof(IOpenApiLink), new ValidationRule<IOpenApiLink>(RuleNamePrefix + "OfLink", static (_, link) => ReleaseLinkValues(link as OpenApiLink)));
        rules.Add(typeof(IOpenApiExtensible), new ValidationRule<IOpenApiExtensible>(RuleNamePrefix + "OfExtensions", static (_, element) => ReleaseExtensions(element)));
    }

    // Reference objects are skipped throughout: reading through one resolves its target, which the walk visits where
    // it is defined.
    private static void ReleaseSchemaValues(IOpenApiSchema schema)
    {
        if (schema is not OpenApiSchema own)
        {
            return;
        }

#pragma warning disable CS0618 // Example is kept for 3.0 documents, which have no Examples; it is what the reader filled.
        Release(own.Example);
#pragma warning restore CS0618
        Release(own.Default);
        ReleaseAll(own.Examples);
        ReleaseAll(own.Enum);
        ReleaseAll(own.UnrecognizedKeywords?.Values);
    }

    private static void ReleaseLinkValues(OpenApiLink? link)
    {
        if (link is null)
        {
            return;
        }

        Release(link.RequestBody?.Any);
        ReleaseAll(link.Parameters?.Values.Select(static parameter => parameter?.Any));
    }

    private static void ReleaseExtensions(IOpenApiExtensible element)
    {
        if (element is IOpenApiReferenceHolder || element.Extensions is not { Count: > 0 } extensions)
        {
            return;
        }

        ReleaseAll(extensions.Values.Select(static extension => (extension as JsonNodeExtension)?.Node));
    }

    private static void ReleaseAll(IEnumerable<JsonNode?>? values)
    {
        if (values is null)
        {
            return;
        }

        // Copied first, so a cut can never change the collection being read.
        foreach (var value in values.ToList())
        {
            Release(value);
        }
    }

    /// <summary>
    /// Takes the value out of its parent. An array's items are all values the document keeps (an enum, a list of
    /// examples), so the array lets go of all of them at once, rather than searching it for each.
    /// </summary>
    private static void Release(JsonNode? value)
    {
        switch (value?.Parent)
        {
            case JsonObject owner:
                owner.Remove(value.GetPropertyName());
                break;
            case JsonArray array:
                array.Clear();
                break;
        }
    }
}
