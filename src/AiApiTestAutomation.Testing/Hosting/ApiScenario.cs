using AiApiTestAutomation.Testing.Data;
using AiApiTestAutomation.Testing.Http;

namespace AiApiTestAutomation.Testing.Hosting;

/// <summary>One test's view of the API: a typed client, seeded data, and clients with missing or wrong credentials for error tests.</summary>
public sealed class ApiScenario<TClient>
{
    internal ApiScenario(ApiSession session, TestDataFactory data, System.Func<ApiSession, TClient> createClient)
    {
        Session = session;
        Data = data;
        Client = createClient(session);
        WithoutCredentials = createClient(session.WithCredentials(CredentialMode.Omitted));
        WithInvalidCredentials = createClient(session.WithCredentials(CredentialMode.Invalid));
    }

    public ApiSession Session { get; }

    public int Seed => Session.Seed;

    public TestDataFactory Data { get; }

    public TClient Client { get; }

    public TClient WithoutCredentials { get; }

    public TClient WithInvalidCredentials { get; }
}
