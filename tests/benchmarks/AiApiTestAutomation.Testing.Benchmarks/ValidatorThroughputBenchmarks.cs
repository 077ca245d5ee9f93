using System;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Testing.Data;
using AiApiTestAutomation.Schemas;
using BenchmarkDotNet.Attributes;

namespace AiApiTestAutomation.Testing.Benchmarks;

/// <summary>
/// Responses validated per second: one valid generated body of a large real response schema, validated as parsed
/// from text (what a test does with a response) and as an already-built node.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ValidatorThroughputBenchmarks
{
    private SchemaValidator validator = null!;
    private string responseText = string.Empty;
    private JsonNode? parsedResponse;

    [Params("github-rest-3.0.json#full-repository", "stripe-3.0.json#charge")]
    public string Schema { get; set; } = string.Empty;

    private string Key => Schema.Substring(Schema.IndexOf('#', StringComparison.Ordinal) + 1);

    [GlobalSetup]
    public void Setup()
    {
        string specFile = Schema.Substring(0, Schema.IndexOf('#', StringComparison.Ordinal));
        SchemaSet set = SchemaSet.Parse(SpecBundle.FromSpecFile(specFile));
        validator = new SchemaValidator(set);
        JsonNode response = new TestDataFactory(set, seed: 1).Valid(Key, SchemaUsage.Response)!;
        responseText = response.ToJsonString();
        parsedResponse = JsonNode.Parse(responseText);
        if (!validator.Validate(parsedResponse, Key, SchemaUsage.Response).IsValid)
        {
            throw new InvalidOperationException("The generated response must be valid for the benchmark to mean anything.");
        }

        Console.WriteLine($"// {Schema}: response of {responseText.Length} characters");
    }

    [Benchmark(Baseline = true)]
    public bool ValidateParsedNode() => validator.Validate(parsedResponse, Key, SchemaUsage.Response).IsValid;

    [Benchmark]
    public bool ParseAndValidate() => validator.Validate(JsonNode.Parse(responseText), Key, SchemaUsage.Response).IsValid;
}
