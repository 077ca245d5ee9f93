using System.Threading.Tasks;
using AiApiTestAutomation.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AiApiTestAutomation.Analyzers.Tests;

public sealed class SkipReasonTests
{
    [Fact]
    public Task Empty_or_blank_Skip_is_reported_but_a_reason_or_null_is_not() =>
        Verify.AnalyzerAsync<SkipReasonAnalyzer>("""
            using Xunit;

            namespace Store.Tests;

            public class ProductTests
            {
                [Fact({|AAT2005:Skip = ""|})]
                public void Empty() => Assert.True(true);

                [Theory({|AAT2005:Skip = "  "|})]
                [InlineData(1)]
                public void Blank(int id) => Assert.Equal(1, id);

                [Fact(Skip = "The staging API has no delete (OPS-412)")]
                public void With_reason() => Assert.True(true);

                [Fact(Skip = null)]
                public void Not_skipped() => Assert.True(true);
            }
            """);

    [Fact]
    public Task ConfigureSkips_without_a_reason_is_reported_with_the_operation()
    {
        var test = Verify.Analyzer<SkipReasonAnalyzer>("""
            using AiApiTestAutomation.Testing.Discovery;

            namespace Store.Tests;

            public sealed partial class StoreApi
            {
                static void ConfigureSkips(ApiTestSkips skips)
                {
                    skips.Skip("deleteProduct", {|#0:""|});
                    skips.Skip("createOrder", "Validation", {|#1:null|});
                    skips.Skip("listOrders", "Paging is broken upstream (API-77)");
                    skips.Skip(reason: {|#2:" "|}, operationId: "getOrder");
                }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.SkipWithoutReason).WithLocation(0).WithArguments("Operation 'deleteProduct'"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.SkipWithoutReason).WithLocation(1).WithArguments("Operation 'createOrder'"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.SkipWithoutReason).WithLocation(2).WithArguments("Operation 'getOrder'"));
        return test.RunAsync();
    }
}
