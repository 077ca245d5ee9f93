using System;
using System.Net.Http;
using System.Threading.Tasks;
using AiApiTestAutomation.Testing.Data;
using AiApiTestAutomation.Testing.Expectations;
using AiApiTestAutomation.Testing.Http;
using Polly;
using Xunit;

namespace AiApiTestAutomation.Testing.Hosting;

/// <summary>
/// The class fixture shared by a spec's generated tests. The generated subclass is partial: override
/// <see cref="StartHostAsync"/> to start the API yourself, <see cref="GetCredential"/> to supply
/// credentials, <see cref="ConfigureHttpClient"/> for anything else.
/// </summary>
public abstract class ApiFixture<TClient> : IAsyncLifetime
{
    private readonly ResiliencePipeline<HttpResponseMessage> transport = TransportResilience.Create();
    private HttpClient? http;
    private Uri? baseUrl;
    private string? configurationProblem;
    private ResponseConformance? conformance;

    protected ApiFixture(ApiDescription description) => Description = description;

    public ApiDescription Description { get; }

    /// <summary>The address the tests talk to, once initialised.</summary>
    public Uri? BaseUrl => baseUrl;

    async Task IAsyncLifetime.InitializeAsync()
    {
        baseUrl = await StartHostAsync().ConfigureAwait(false);
        if (baseUrl is null)
        {
            (baseUrl, configurationProblem) = BaseUrlResolver.Resolve(Description, GetType().Name);
        }

        http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
        {
            Timeout = TimeSpan.FromSeconds(100),
        };
        ConfigureHttpClient(http);
        conformance = new ResponseConformance(Description.Schemas);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        http?.Dispose();
        await StopHostAsync().ConfigureAwait(false);
    }

    /// <summary>Starts a scenario for one test. The seed is the test's own unless API_TESTS_SEED forces one.</summary>
    public ApiScenario<TClient> Begin(string testName, int seed)
    {
        if (baseUrl is null || http is null || conformance is null)
        {
            throw new ApiConfigurationException(configurationProblem ?? $"{GetType().Name} was not initialised; use it as an xunit class fixture.");
        }

        var resolvedSeed = TestSeed.Resolve(seed);
        var session = new ApiSession(http, baseUrl, transport, Description.SecuritySchemes, GetCredential, conformance, testName, resolvedSeed);
        return new ApiScenario<TClient>(session, new TestDataFactory(Description.Schemas, resolvedSeed), CreateClient);
    }

    protected abstract TClient CreateClient(ApiSession session);

    /// <summary>Start the API under test (in process or as a child process) and return its address; null uses the configured base URL.</summary>
    protected virtual Task<Uri?> StartHostAsync() => Task.FromResult<Uri?>(null);

    protected virtual Task StopHostAsync() => Task.CompletedTask;

    /// <summary>The credential for a security scheme: an API key, a bearer token, or "user:password" for basic. Default: the API_AUTH_&lt;SCHEME&gt; variable.</summary>
    protected virtual string? GetCredential(SecuritySchemeInfo scheme) => Environment.GetEnvironmentVariable(scheme.EnvironmentVariable);

    protected virtual void ConfigureHttpClient(HttpClient client)
    {
    }
}
