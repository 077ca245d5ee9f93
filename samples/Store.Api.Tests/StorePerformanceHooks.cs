using System.Threading.Tasks;
using AiApiTestAutomation.Testing.Hosting;
using AiApiTestAutomation.Testing.Http;

namespace Store.Api.Tests.Generated;

/// <summary>
/// Opts createProduct into the generated performance tests: implementing this hook is what makes the generator
/// emit ProductsPerformanceTests.CreateProduct_meets_latency_thresholds.
/// </summary>
public sealed partial class StoreApi
{
    /// <summary>
    /// The generated seeded body is a valid product, so the request goes as generated. Every request of the load
    /// creates one more product; the other tests do not depend on how many exist (listProducts pages at 20 by
    /// default, the CRUD tests address their own product by id), and the API lives only for this test run.
    /// </summary>
    internal static partial Task PrepareCreateProductPerformanceAsync(ApiScenario<StoreClient> scenario, ApiRequest request) => Task.CompletedTask;
}
