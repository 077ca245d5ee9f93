using System.Threading.Tasks;
using AiApiTestAutomation.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AiApiTestAutomation.Analyzers.Tests;

public sealed class RemovedOperationTests
{
    private const string Calls = """
        using System.Threading.Tasks;
        using Xunit;

        namespace Store.Tests;

        public class MyTests
        {
            [Fact]
            public async Task Calls()
            {
                var client = new StoreClient();
                Assert.Equal(200, await client.{|#0:ReadProductAsync|}(1));
                Assert.Equal(204, await client.{|#1:DeleteProductAsync|}(1));
                Assert.Equal(200, await client.{|#2:NeverThereAsync|}());
                Assert.Equal(200, await client.GetProductAsync(1));
                Assert.Equal("x", "x".{|#3:NotAStringMethod|}());
            }
        }
        """;

    [Fact]
    public Task Renamed_and_removed_operations_are_named_from_the_baseline()
    {
        var test = Create();
        test.TestState.AdditionalFiles.Add((Specs.BaselinePath, Specs.Baseline));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\n\n[{Specs.BaselinePath}]\nbuild_metadata.AdditionalFiles.ApiSpecBaseline = specs/store.openapi.json\n"));
        test.ExpectedDiagnostics.Add(Expected(0, "ReadProductAsync", " any more: operation readProduct was renamed to getProduct (call GetProductAsync)"));
        test.ExpectedDiagnostics.Add(Expected(1, "DeleteProductAsync", " any more: operation deleteProduct (DELETE /products/{productId}) was removed"));
        test.ExpectedDiagnostics.Add(Expected(2, "NeverThereAsync", "; the baseline has no such operation either"));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_a_baseline_the_rule_says_so()
    {
        var test = Create();
        test.ExpectedDiagnostics.Add(Expected(0, "ReadProductAsync", "; no baseline to tell what changed"));
        test.ExpectedDiagnostics.Add(Expected(1, "DeleteProductAsync", "; no baseline to tell what changed"));
        test.ExpectedDiagnostics.Add(Expected(2, "NeverThereAsync", "; no baseline to tell what changed"));
        return test.RunAsync();
    }

    private static Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<RemovedOperationAnalyzer, DefaultVerifier> Create()
    {
        var test = Verify.Analyzer<RemovedOperationAnalyzer>(Calls);
        test.TestState.AdditionalFiles.Add((Specs.Path, Specs.Current));

        // CS1061 is the compiler's; this rule only adds the why (and says nothing about the string call, #3).
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test;
    }

    private static DiagnosticResult Expected(int location, string method, string explanation) =>
        new DiagnosticResult(DiagnosticDescriptors.RemovedOperation).WithLocation(location).WithArguments(method, "specs/store.openapi.json", explanation);
}
