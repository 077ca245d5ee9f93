using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing;

/// <summary>A corpus spec the fuzzer starts from, read once and cloned for every case.</summary>
internal sealed class FuzzSource
{
    // Small and medium specs: a case costs tens of milliseconds, so CI runs hundreds.
    private static readonly string[] SmallSpecs =
    {
        "swagger-petstore-3.0.yaml", "redocly-museum-3.1.yaml", "nytimes-books-swagger-2.0.yaml", "oai-uspto-3.0.json",
        "oai-api-with-examples-3.0.yaml", "oai-petstore-expanded-3.0.yaml", "oai-link-example-3.0.yaml", "oai-petstore-swagger-2.0.json",
        "oai-callback-example-3.0.yaml", "oai-webhook-example-3.1.yaml", "oai-non-oauth-scopes-3.1.yaml", "apifox-petstore-gitsync-3.0.json",
    };

    // Megabytes each: a case costs seconds, so only the benchmark mode draws them, and rarely.
    private static readonly string[] BigSpecs =
    {
        "github-rest-3.0.json", "stripe-3.0.yaml", "kubernetes-1.25-swagger-2.0.json", "openai-3.1.yaml", "discord-3.1.json", "slack-web-swagger-2.0.json",
    };

    private static readonly Lazy<IReadOnlyList<FuzzSource>> Small = new(() =>
        SmallSpecs.Select(name => FromFile(name, File.ReadAllText(Path.Combine(SharedCorpus.SpecsDir, name))))
            .Append(FromFile("store.openapi.json", SharedCorpus.SampleSpec))
            .ToList());

    private static readonly Lazy<IReadOnlyList<FuzzSource>> Big = new(() =>
        BigSpecs.Select(name => FromFile(name, File.ReadAllText(Path.Combine(SharedCorpus.SpecsDir, name)))).ToList());

    private readonly Lazy<JsonNode?> tree;

    private FuzzSource(string name, string text, FuzzFormat format)
    {
        Name = name;
        Text = text;
        Format = format;
        tree = new Lazy<JsonNode?>(() => format == FuzzFormat.Json ? JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }) : ReadYaml(text));
    }

    public string Name { get; }

    public string Text { get; }

    public FuzzFormat Format { get; }

    public static IReadOnlyList<FuzzSource> SmallSet => Small.Value;

    public static IReadOnlyList<FuzzSource> BigSet => Big.Value;

    /// <summary>A fresh tree to mutate (the parsed original is shared by every case).</summary>
    public FuzzDocument NewDocument() => new(tree.Value?.DeepClone(), Format);

    private static FuzzSource FromFile(string name, string text) =>
        new(name, text, name.EndsWith(".json", StringComparison.Ordinal) ? FuzzFormat.Json : FuzzFormat.Yaml);

    private static JsonNode? ReadYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode.ToJsonNode();
    }
}
