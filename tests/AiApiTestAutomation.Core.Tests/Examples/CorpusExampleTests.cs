using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Core.Tests.Examples;

/// <summary>
/// No false alarms on real specs: every example of every corpus spec (responses included) is checked against its
/// schema. Each one reported was read by hand and is a bug in that spec; the counts pin that review, so a change in
/// the validator that rejects one more example fails here until someone has looked at it.
/// </summary>
public sealed class CorpusExampleTests(ITestOutputHelper output)
{
    /// <summary>Reviewed spec bugs per file, with what they are.</summary>
    public static TheoryData<string, int, string> Specs => new()
    {
        { "github-rest-3.0.json", 23, "integers written as strings (\"1\"), SCIM name/emails as strings, relative or bare-host 'uri's, a state outside its enum" },
        { "box-3.0.json", 11, "shared_link examples without required properties (accessed, ...) and null for a non-nullable object" },
        { "nytimes-books-swagger-2.0.yaml", 3, "ISBN-10s written as numbers where the schema says string" },
        { "slack-web-swagger-2.0.json", 50, "error codes in examples that are not in the error enum; missing required properties" },
        { "twilio-api-v2010-3.0.json", 147, "relative URIs (/2010-04-01/...) in fields declared format: uri, which is absolute by RFC 3986" },
        { "stripe-3.0.json", 0, "none" },
        { "discord-3.1.json", 0, "none" },
        { "openai-3.1.yaml", 14, "arrays and objects written as JSON text (\"[1212, 318]\"), null for a non-nullable user, missing required properties, discriminator values the mapping does not name" },
        { "kubernetes-1.25-swagger-2.0.json", 0, "none" },
        { "apifox-petstore-gitsync-3.0.json", 0, "none" },
        { "redocly-museum-3.1.yaml", 0, "none" },
        { "oai-api-with-examples-3.0.yaml", 0, "none" },
        { "swagger-petstore-3.0.yaml", 0, "none" },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_example_the_spec_gets_right_passes(string file, int reviewedSpecBugs, string whatTheyAre)
    {
        var path = Path.Combine(SharedCorpus.SpecsDir, file);
        var result = SpecLoader.Load(path, File.ReadAllText(path), new SpecLoadOptions(ExampleScope.All));

        Assert.True(result.Spec is not null, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.UnexpectedFailure);
        List<Model.SpecDiagnostic> invalid = result.Diagnostics.Where(d => d.Id == DiagnosticIds.InvalidExample).ToList();
        output.WriteLine($"{file}: {invalid.Count} examples reported (reviewed: {whatTheyAre})");
        foreach (var diagnostic in invalid.Take(10))
        {
            output.WriteLine($"  line {diagnostic.Line}: {diagnostic.Message}");
        }

        Assert.Equal(reviewedSpecBugs, invalid.Count);
        Assert.All(invalid, d => Assert.True(d.Line > 0, "every report has the example's line"));
    }
}
