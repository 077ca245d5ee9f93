using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace Package.Tests;

public sealed class PackageConsumptionTests(ConsumerProject consumer) : IClassFixture<ConsumerProject>
{
    [Fact]
    public void Sample_restores_from_the_local_feed_into_an_empty_cache_and_builds_without_warnings()
    {
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.ToString());
        Assert.Contains(" 0 Warning(s)", consumer.Build.Output);
        Assert.DoesNotContain("CS8785", consumer.Build.Output);
        Assert.True(Directory.Exists(Path.Combine(consumer.NuGetCache, "aiapitestautomation")), "the package did not come from the local feed into the fresh cache");

        var analyzers = Directory.GetFiles(Path.Combine(consumer.NuGetCache, "aiapitestautomation", "0.1.0", "analyzers", "dotnet", "cs")).Select(Path.GetFileName).ToList();
        Assert.Contains("AiApiTestAutomation.Generator.dll", analyzers);
        Assert.Contains("Microsoft.OpenApi.dll", analyzers);
        Assert.Contains("Microsoft.OpenApi.YamlReader.dll", analyzers);
        Assert.Contains("SharpYaml.dll", analyzers);

        // The test-quality analyzers load (no AD0001) and the sample, generated tests included, has no AAT2xxx finding.
        Assert.Contains("AiApiTestAutomation.Analyzers.dll", analyzers);
        Assert.Contains("AiApiTestAutomation.CodeFixes.dll", analyzers);
        Assert.DoesNotContain("AD0001", consumer.Build.Output);
        Assert.DoesNotContain("AAT2", consumer.Build.Output);
    }

    [Fact]
    public async Task Generated_tests_pass_against_the_correct_sample_api()
    {
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.ToString());

        var run = await consumer.TestAsync(faults: null);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Passed Store.Api.Tests.Generated.ProductCrudTests.Product_is_created_read_updated_and_deleted", run.Output);
        Assert.Contains("Passed Store.Api.Tests.Generated.OrderCrudTests.Order_is_created_read_updated_and_deleted", run.Output);
        Assert.Contains("Passed Store.Api.Tests.Generated.ProductsErrorTests.GetProduct_with_unknown_productId_returns_404", run.Output);
        Assert.Contains("Passed Store.Api.Tests.Generated.ProductsErrorTests.DeleteProduct_without_credentials_returns_401", run.Output);
        Assert.Contains("Passed Store.Api.Tests.Generated.ProductsPerformanceTests.GetProduct_meets_latency_thresholds", run.Output);
        Assert.Contains("Passed Store.Api.Tests.Generated.OrdersPerformanceTests.ListOrders_meets_latency_thresholds", run.Output);
        Assert.Contains("Passed Store.Api.Tests.Generated.ProductsPerformanceTests.CreateProduct_meets_latency_thresholds", run.Output); // opted in by the sample's fixture hook
    }

    [Fact]
    public async Task A_delete_that_does_not_delete_fails_the_lifecycle_test_with_a_bug_report()
    {
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.ToString());

        var run = await consumer.TestAsync("delete-does-not-delete");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Failed Store.Api.Tests.Generated.ProductCrudTests.Product_is_created_read_updated_and_deleted", run.Output);
        Assert.Contains("failed at step 6 (getProduct after deleteProduct)", run.Output);
        Assert.Contains("expected 404 (documented), got 200", run.Output);
        Assert.Matches(@"GET http://127\.0\.0\.1:\d+/products/\d+", run.Output);
        Assert.Matches(@"→ 200 application/json.*\{""id"":", run.Output);
        Assert.Matches(@"seed \d+ \(rerun with API_TESTS_SEED=\d+\)", run.Output);
        Assert.Contains("Passed Store.Api.Tests.Generated.OrderCrudTests.Order_is_created_read_updated_and_deleted", run.Output);
    }

    [Fact]
    public async Task A_get_that_invents_unknown_resources_fails_the_error_test_with_a_bug_report()
    {
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.ToString());

        var run = await consumer.TestAsync("get-unknown-returns-200");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Failed Store.Api.Tests.Generated.ProductsErrorTests.GetProduct_with_unknown_productId_returns_404", run.Output);
        Assert.Contains("GetProduct_with_unknown_productId_returns_404 failed at step 1 (getProduct)", run.Output);
        Assert.Contains("expected 404 (documented), got 200", run.Output);
        Assert.Matches(@"seed \d+ \(rerun with API_TESTS_SEED=\d+\)", run.Output);
    }
}

/// <summary>Every fault the sample can switch on is caught by at least one generated test; the correct API passes everything (above).</summary>
public sealed class FaultDetectionTests(ConsumerProject consumer) : IClassFixture<ConsumerProject>
{
    [Theory]
    [InlineData("accept-long-name", "CreateProduct rejects name longer than maxLength (101 > 100)")]
    [InlineData("accept-missing-required", "CreateProduct rejects missing required sku")]
    [InlineData("accept-out-of-range", "CreateOrder rejects quantity above maximum (101)")]
    [InlineData("wrong-type-property", "body does not match the documented schema")]
    [InlineData("omit-required-property", "body does not match the documented schema")]
    [InlineData("enum-out-of-set", "body does not match the documented schema")]
    [InlineData("create-returns-200", "expected 201 (documented), got 200")]
    [InlineData("omit-location", "the documented Location header is missing")]
    [InlineData("500-on-edge-input", "CreateProduct accepts price at maximum (100000)")]
    [InlineData("ignore-invalid-limit", "ListProducts rejects query limit above maximum (101)")]
    [InlineData("reject-limit-at-maximum", "ListProducts accepts query limit at maximum (100)")]
    [InlineData("slow-endpoint", "GetProduct_meets_latency_thresholds failed: GET /products/{productId} (getProduct)")]
    public async Task Each_switchable_fault_fails_a_generated_test(string fault, string expectedInReport)
    {
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.ToString());

        var run = await consumer.TestAsync(fault);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(expectedInReport, run.Output);
        Assert.Matches(@"seed \d+ \(rerun with API_TESTS_SEED=\d+\)", run.Output);
    }
}
