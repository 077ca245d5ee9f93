using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Core.Loading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// The reader's rules cut every JSON value the document keeps loose from the parsed tree, so the tree dies with the
/// reader instead of living as long as the document; the values themselves stay as they were.
/// </summary>
public sealed class ParsedJsonReleaseTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: {title: t, version: "1", x-owner: {team: a}}
        paths:
          /items/{id}:
            get:
              operationId: getItem
              parameters:
                - {name: id, in: path, required: true, schema: {type: integer}, example: 7}
              responses:
                "200":
                  description: ok
                  headers:
                    X-Rate: {schema: {type: integer}, example: 10}
                  links:
                    self: {operationId: getItem, parameters: {id: 42}}
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Item"}
                      example: {id: 1, kind: a}
                      examples:
                        second: {value: {id: 2, kind: b}}
        components:
          schemas:
            Item:
              type: object
              x-table: items
              properties:
                id: {type: integer, default: 0, examples: [1, 2]}
                kind: {type: string, enum: [a, b, c], $comment: kinds}
        """;

    [Fact]
    public void Kept_values_are_cut_loose_with_their_content_unchanged()
    {
        var document = Parse(Spec, "yaml", ReaderRules.ForLoading);

        var operation = document.Paths["/items/{id}"].Operations![System.Net.Http.HttpMethod.Get];
        var response = operation.Responses!["200"];
        var media = response.Content!["application/json"];
        var item = (OpenApiSchema)document.Components!.Schemas!["Item"];
        var id = (OpenApiSchema)item.Properties!["id"];
        var kind = (OpenApiSchema)item.Properties!["kind"];
        var kept = new (JsonNode? Value, string Json)[]
        {
            (operation.Parameters![0].Example, "7"),
            (response.Headers!["X-Rate"].Example, "10"),
            (media.Example, """{"id":1,"kind":"a"}"""),
            (media.Examples!["second"].Value, """{"id":2,"kind":"b"}"""),
            (response.Links!["self"].Parameters!["id"].Any, "42"),
            (id.Default, "0"),
            (id.Examples![0], "1"),
            (id.Examples![1], "2"),
            (kind.Enum![2], "\"c\""),
            (((JsonNodeExtension)item.Extensions!["x-table"]).Node, "\"items\""),
            (((JsonNodeExtension)document.Info.Extensions!["x-owner"]).Node, """{"team":"a"}"""),
        };

        Assert.All(kept, pair =>
        {
            Assert.NotNull(pair.Value);
            Assert.Null(pair.Value!.Parent);
            Assert.Equal(pair.Json, pair.Value.ToJsonString());
        });
        Assert.Equal(["a", "b", "c"], kind.Enum!.Select(value => value.GetValue<string>()));
    }

    [Theory]
    [InlineData("github-rest-3.0.json")]
    [InlineData("kubernetes-1.25-swagger-2.0.json")]
    [InlineData("discord-3.1.json")]
    [InlineData("stripe-3.0.yaml")]
    public void The_parsed_tree_dies_while_the_document_lives(string file)
    {
        var (document, tree) = ParseAndWatchTree(file);

        // The walk the reader runs over every document it reads.
        document.Validate(ReaderRules.ForLoading);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(tree.IsAlive, "a value the document keeps still leads back to the parsed tree");
        GC.KeepAlive(document);
    }

    /// <summary>Read with no rules at all, the tree is still whole: a weak handle on its root, found from a kept value.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (OpenApiDocument Document, WeakReference Tree) ParseAndWatchTree(string file)
    {
        var document = Parse(SharedCorpus.Read(file), file.EndsWith(".json", StringComparison.Ordinal) ? "json" : "yaml", ValidationRuleSet.GetEmptyRuleSet());
        var kept = document.Components!.Schemas!.Values.OfType<OpenApiSchema>()
            .SelectMany(schema => (schema.Properties?.Values ?? []).OfType<OpenApiSchema>().Prepend(schema))
            .SelectMany(schema => (schema.Enum ?? []).Append(schema.Default)
                .Concat((schema.Extensions?.Values ?? []).OfType<JsonNodeExtension>().Select(extension => extension.Node)))
            .First(value => value?.Parent is not null)!;
        var root = kept;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return (document, new WeakReference(root));
    }

    private static OpenApiDocument Parse(string text, string format, ValidationRuleSet rules)
    {
        var settings = new OpenApiReaderSettings { RuleSet = rules };
        settings.AddYamlReader();
        return OpenApiDocument.Parse(text, format, settings).Document!;
    }
}
