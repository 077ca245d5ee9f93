using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Testing.Data;
using AiApiTestAutomation.Schemas;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Testing.Tests.Data;

/// <summary>Every component schema of real specs gets generated data that its own validator accepts, in both directions.</summary>
public sealed class SpecCorpusDataTests(ITestOutputHelper output)
{
    /// <summary>Schemas no value can satisfy, or that this generator knowingly cannot; each with the reason.</summary>
    private static readonly Dictionary<string, string> Unsatisfiable = new()
    {
        ["apifox-petstore-gitsync-3.0.json#AllOf"] = "allOf asks for id as an integer (via Tag) and as a string at once",
    };

    public static IEnumerable<object[]> Specs =>
    [
        ["stripe-3.0.json"],
        ["github-rest-3.0.json"],
        ["discord-3.1.json"],
        ["twilio-api-v2010-3.0.json"],
        ["box-3.0.json"],
        ["oai-petstore-swagger-2.0.json"],
        ["apifox-petstore-gitsync-3.0.json"],
    ];

    [Theory]
    [MemberData(nameof(Specs))]
    public void Generated_data_validates_for_every_component_schema(string specFile)
    {
        SchemaSet set = SchemaSet.Parse(SpecBundles.FromSpecFile(specFile));
        var validator = new SchemaValidator(set);
        var factory = new TestDataFactory(set, seed: 20_250_101);
        var failures = new List<string>();
        int checkedCount = 0;
        var clock = Stopwatch.StartNew();
        foreach (string key in set.Keys.ToList())
        {
            foreach (SchemaUsage usage in new[] { SchemaUsage.Request, SchemaUsage.Response })
            {
                JsonNode? value = factory.Valid(key, usage);
                SchemaValidationResult result = validator.Validate(value, key, usage);
                checkedCount++;
                if (!result.IsValid && !Unsatisfiable.ContainsKey($"{specFile}#{key}"))
                {
                    failures.Add($"{key} ({usage}): {result.Violations[0]}  value: {value?.ToJsonString()[..System.Math.Min(200, value.ToJsonString().Length)]}");
                }
            }
        }

        output.WriteLine($"{specFile}: {checkedCount} values for {set.Keys.Count()} schemas in {clock.ElapsedMilliseconds} ms, {failures.Count} invalid");
        Assert.True(failures.Count == 0, $"{failures.Count} invalid:\n" + string.Join("\n", failures.Take(40)));
    }
}
