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
