using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>What a performance test sends: seeded values for required parameters, and the fixture hook that opts a state-changing operation in.</summary>
public sealed class PerformanceInputsTests
{
    private const string Namespace = "Sample.Tests.Generated";

    private const string CreateProductHook = """
        using System.Threading.Tasks;
        using AiApiTestAutomation.Testing.Hosting;
        using AiApiTestAutomation.Testing.Http;

        namespace Sample.Tests.Generated;

        public sealed partial class StoreApi
        {
            internal static partial Task PrepareCreateProductPerformanceAsync(ApiScenario<StoreClient> scenario, ApiRequest request) => Task.CompletedTask;
        }
        """;

    [Fact]
    public void Required_query_header_and_cookie_parameters_get_seeded_valid_values_in_the_test_and_in_k6()
    {
        var spec = SharedCorpus.SampleSpec.Replace(
            "\"operationId\": \"listOrders\",\n        \"tags\": [\n          \"orders\"\n        ],\n        \"parameters\": [],",
            """
            "operationId": "listOrders",
                    "tags": [ "orders" ],
                    "parameters": [
                      { "name": "status", "in": "query", "required": true, "schema": { "type": "string", "enum": [ "open", "paid" ] } },
                      { "name": "X-Tenant", "in": "header", "required": true, "schema": { "type": "integer", "minimum": 1 } },
                      { "name": "session", "in": "cookie", "required": true, "schema": { "type": "string" } },
                      { "name": "page", "in": "query", "required": false, "schema": { "type": "integer" } }
                    ],
            """,
            StringComparison.Ordinal);
        Assert.Contains("X-Tenant", spec);

        var sources = Generate(spec);

        var test = sources.Single(s => s.Key.EndsWith("OrdersPerformanceTests.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("public async Task ListOrders_meets_latency_thresholds()", test);
        Assert.Matches(@"new ApiRequest\(StoreOperations.ListOrders\)\n\s+\.WithQuery\(""status"", scenario\.Data\.Valid<string>\(""[^""]+""\)\)\n\s+\.WithHeader\(""X-Tenant"", scenario\.Data\.Valid<long>\(""[^""]+""\)\)\n\s+\.WithCookie\(""session"", scenario\.Data\.Valid<string>\(""[^""]+""\)\);", test);
        Assert.DoesNotContain("\"page\"", test);

        var scenarios = sources.Single(s => s.Key.EndsWith("StorePerformance.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("[\"listOrders.query.status\"] = ", scenarios);
        Assert.Contains("[\"listOrders.header.X-Tenant\"] = ", scenarios);
        var script = PerformanceGenerationTests.K6Script(scenarios);
        Assert.Contains("`${baseUrl}/orders?${[query('status', data['listOrders.query.status'])].join('&')}`", script);
        Assert.Contains("'X-Tenant': [].concat(data['listOrders.header.X-Tenant']).map(text).join(',')", script);
        Assert.Contains("Cookie: 'session=' + text(data['listOrders.cookie.session'])", script);
        PerformanceGenerationTests.AssertNodeParses(script);
    }

    [Fact]
    public void A_state_changing_operation_without_a_hook_or_metadata_gets_no_performance_test()
    {
        var sources = Generate(SharedCorpus.SampleSpec);

        Assert.DoesNotContain("CreateProduct_meets_latency_thresholds", sources.Single(s => s.Key.EndsWith("ProductsPerformanceTests.g.cs", StringComparison.Ordinal)).Value);
        Assert.DoesNotContain("PerformanceAsync", sources.Single(s => s.Key.EndsWith("Store.Fixture.g.cs", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Implementing_the_fixture_hook_opts_the_operation_in_and_the_test_lets_the_hook_prepare_the_request()
    {
        var sources = Generate(SharedCorpus.SampleSpec, CreateProductHook);

        var fixture = sources.Single(s => s.Key.EndsWith("Store.Fixture.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("internal static partial Task PrepareCreateProductPerformanceAsync(ApiScenario<StoreClient> scenario, ApiRequest request);", fixture);
        Assert.DoesNotContain("PrepareUpdateProductPerformanceAsync", fixture);

        var test = sources.Single(s => s.Key.EndsWith("ProductsPerformanceTests.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("""
                    var body = scenario.Data.Valid<Models.ProductInput>("ProductInput");
                    var request = new ApiRequest(StoreOperations.CreateProduct)
                        .WithBody(body, "application/json");
                    await StoreApi.PrepareCreateProductPerformanceAsync(scenario, request);

                    var run = await StorePerformance.Suite.RunAsync(scenario, request, StorePerformance.CreateProduct);
            """, test);
        Assert.DoesNotContain("UpdateProduct_meets_latency_thresholds", test);
        var script = PerformanceGenerationTests.K6Script(sources.Single(s => s.Key.EndsWith("StorePerformance.g.cs", StringComparison.Ordinal)).Value);
        Assert.Contains("'createProduct': { executor: 'shared-iterations'", script);
        Assert.Contains("// The C# test lets PrepareCreateProductPerformanceAsync change this request; k6 sends it as generated.", script);
    }

    [Fact]
    public void A_hook_on_an_item_operation_uses_the_created_resource_or_else_valid_path_values_the_hook_may_replace()
    {
        var hooks = CreateProductHook.Replace(
            "internal static partial Task PrepareCreateProductPerformanceAsync(ApiScenario<StoreClient> scenario, ApiRequest request) => Task.CompletedTask;",
            """
            internal static partial Task PrepareUpdateOrderPerformanceAsync(ApiScenario<StoreClient> scenario, ApiRequest request) => Task.CompletedTask;

                internal static partial Task PrepareShipOrderPerformanceAsync(ApiScenario<StoreClient> scenario, ApiRequest request) => Task.CompletedTask;
            """,
            StringComparison.Ordinal);
        var spec = SharedCorpus.SampleSpec.Replace(
            "\"paths\": {",
            """
            "paths": {
                "/orders/{orderId}/shipment": {
                  "post": {
                    "operationId": "shipOrder", "tags": [ "orders" ],
                    "parameters": [ { "name": "orderId", "in": "path", "required": true, "schema": { "type": "integer", "format": "int64" } } ],
                    "responses": { "204": { "description": "Shipped." } }
                  }
                },
            """,
            StringComparison.Ordinal);
        Assert.Contains("shipOrder", spec);

        var test = Generate(spec, hooks).Single(s => s.Key.EndsWith("OrdersPerformanceTests.g.cs", StringComparison.Ordinal)).Value;

        var update = Regex.Match(test, @"UpdateOrder_meets_latency_thresholds\(\)\n(.*?)\n    }", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("var created = await scenario.Client.CreateOrderAsync(", update);
        Assert.Contains(".WithPath(\"orderId\", orderId)", update);
        Assert.Contains("await StoreApi.PrepareUpdateOrderPerformanceAsync(scenario, request);", update);
        var ship = Regex.Match(test, @"ShipOrder_meets_latency_thresholds\(\)\n(.*?)\n    }", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotContain("created", ship);
        Assert.Matches(@"\.WithPath\(""orderId"", scenario\.Data\.Valid<long>\(""[^""]+""\)\);\n\s+await StoreApi\.PrepareShipOrderPerformanceAsync\(scenario, request\);", ship);
    }

    [Fact]
    public void A_hook_in_another_class_or_namespace_or_for_an_unknown_operation_opts_nothing_in()
    {
        var elsewhere = """
            using System.Threading.Tasks;

            namespace Other
            {
                public sealed partial class StoreApi
                {
                    internal static partial Task PrepareCreateProductPerformanceAsync(object scenario, object request);
                    internal static partial Task PrepareCreateProductPerformanceAsync(object scenario, object request) => Task.CompletedTask;
                }
            }
            """;

        var sources = Generate(SharedCorpus.SampleSpec, elsewhere);

        Assert.DoesNotContain("CreateProduct_meets_latency_thresholds", string.Concat(sources.Values));
    }

    private static Dictionary<string, string> Generate(string spec, params string[] userSources)
    {
        var input = GeneratorHarness.Spec("specs/store.openapi.json", spec, Namespace);
        var driver = GeneratorHarness.CreateDriver(input).RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(userSources), out var output, out var generatorDiagnostics);
        var diagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        Assert.DoesNotContain(generatorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        return driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
    }
}
