using System.Threading.Tasks;
using AiApiTestAutomation.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AiApiTestAutomation.Analyzers.Tests;

public sealed class CoverageTests
{
    private const string Operations = """
        using AiApiTestAutomation.Testing.Discovery;
        using Xunit;

        [assembly: ApiSpecOperation("specs/store.openapi.json", "listProducts", "ListProductsAsync", 6, "Crud;Error")]
        [assembly: ApiSpecOperation("specs/store.openapi.json", "getProduct", "GetProductAsync", 10, "Crud")]
        [assembly: ApiSpecOperation("specs/store.openapi.json", "deleteProduct", "DeleteProductAsync", 11, "")]

        namespace Store.Tests;

        [Trait("Category", "Error")]
        public class MyErrorTests
        {
            [Fact]
            [Trait("Operation", "deleteProduct")]
            public void Delete_twice_is_404() => Assert.True(true);

            [Fact]
            [Trait("Operation", "deleteProduct")]
            [Trait("Category", "Crud")]
            public void Delete_then_get() => Assert.True(true);
        }
        """;

    [Fact]
    public Task Operation_without_a_required_category_is_reported_on_its_line_in_the_spec()
    {
        var test = Verify.Analyzer<CoverageAnalyzer>(Operations);
        test.TestState.AdditionalFiles.Add((Specs.Path, Specs.Baseline));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ApiTestRequiredCategoryList = Crud, Error\n"));

        // getProduct has Crud (generated) but no Error test; deleteProduct has both through the hand-written class.
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MissingCategory)
            .WithSpan(Specs.Path, 10, 1, 10, EndOfLine(10))
            .WithArguments("getProduct", "specs/store.openapi.json", "Error"));
        return test.RunAsync();
    }

    [Fact]
    public Task Every_missing_category_is_named()
    {
        var test = Verify.Analyzer<CoverageAnalyzer>(Operations);
        test.TestState.AdditionalFiles.Add((Specs.Path, Specs.Baseline));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ApiTestRequiredCategoryList = Crud,Error,Validation\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MissingCategory).WithSpan(Specs.Path, 6, 1, 6, EndOfLine(6)).WithArguments("listProducts", "specs/store.openapi.json", "Validation"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MissingCategory).WithSpan(Specs.Path, 10, 1, 10, EndOfLine(10)).WithArguments("getProduct", "specs/store.openapi.json", "Error, Validation"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MissingCategory).WithSpan(Specs.Path, 11, 1, 11, EndOfLine(11)).WithArguments("deleteProduct", "specs/store.openapi.json", "Validation"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_single_category_in_the_raw_property_is_read()
    {
        var test = Verify.Analyzer<CoverageAnalyzer>(Operations);
        test.TestState.AdditionalFiles.Add((Specs.Path, Specs.Baseline));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ApiTestRequiredCategories = Error\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.MissingCategory).WithSpan(Specs.Path, 10, 1, 10, EndOfLine(10)).WithArguments("getProduct", "specs/store.openapi.json", "Error"));
        return test.RunAsync();
    }

    /// <summary>The report covers the operation's whole line in the spec.</summary>
    private static int EndOfLine(int line) => Specs.Baseline.Split('\n')[line - 1].TrimEnd('\r').Length + 1;

    [Fact]
    public Task Silent_when_no_category_is_required() =>
        Verify.AnalyzerAsync<CoverageAnalyzer>(Operations);
}
