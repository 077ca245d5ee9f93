using System.IO;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// Microsoft.OpenApi rejects some valid Swagger 2.0 fields; those must not warn (a warning breaks builds that treat
/// warnings as errors), while a field that really is invalid still warns, on its own line.
/// </summary>
public sealed class ReaderFalsePositiveTests
{
    private const string Swagger = """
        swagger: "2.0"
        info: {title: t, version: "1"}
        paths:
          /items:
            get:
              schemes: [https]
              operationId: listItems
              parameters:
                - name: offset
                  in: query
                  type: integer
                  multipleOf: 20
                  uniqueItems: true
              responses:
                "200": {description: ok}
        """;

    [Fact]
    public void Valid_swagger_parameter_and_operation_fields_do_not_warn()
    {
        var result = SpecLoader.Load("items.yaml", Swagger);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.ReaderProblem);
        Assert.Single(result.Spec!.Operations);
    }

    [Fact]
    public void A_really_invalid_parameter_field_warns_at_the_parameters_line()
    {
        var text = Swagger.Replace("      uniqueItems: true", "      uniqueItems: true\n          bogusField: 3");

        var result = SpecLoader.Load("items.yaml", text);

        var warning = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ReaderProblem);
        Assert.Contains("bogusField", warning.Message);
        Assert.Equal(8, warning.Line);
    }

    [Theory]
    [InlineData("kubernetes-1.25-swagger-2.0.json")]
    [InlineData("nytimes-books-swagger-2.0.yaml")]
    public void Corpus_specs_that_only_use_valid_swagger_fields_load_without_reader_warnings(string spec)
    {
        var path = Path.Combine(SharedCorpus.SpecsDir, spec);

        var result = SpecLoader.Load(path, File.ReadAllText(path));

        Assert.Empty(result.Diagnostics.Where(d => d.Id == DiagnosticIds.ReaderProblem).Select(d => d.Message));
        Assert.NotEmpty(result.Spec!.Operations);
    }
}
