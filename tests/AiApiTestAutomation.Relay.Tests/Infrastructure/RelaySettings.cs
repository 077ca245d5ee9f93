using System.Collections.Generic;

namespace AiApiTestAutomation.Relay.Tests.Infrastructure;

/// <summary>Configuration for a relay under test: short windows and delays so the tests finish quickly, one project "store".</summary>
internal static class RelaySettings
{
    public const string ProjectKey = "store";
    public const string ApifoxProjectId = "4711";
    public const string ApifoxToken = "apifox-token-7f3c9e21b8";
    public const string SigningSecret = "signing-secret-51d0a6e4";
    public const string SpecPath = "specs/store.openapi.json";
    public const string Branch = "apifox-sync/store";

    public static Dictionary<string, string?> Defaults(TempDirectory temp, FakeApifox apifox, string? remote) => new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Relay:DatabasePath"] = temp.Combine("relay.db"),
        ["Relay:QuietWindow"] = "00:00:00.200",
        ["Relay:MaxCoalesceDelay"] = "00:00:10",
        ["Relay:PollInterval"] = "00:00:00.050",
        ["Relay:ReconcileInterval"] = "00:00:00",
        ["Relay:Upstream:AttemptTimeout"] = "00:00:00.500",
        ["Relay:Upstream:MaxRetries"] = "3",
        ["Relay:Upstream:BaseDelay"] = "00:00:00.020",
        ["Relay:Upstream:MaxRetryAfter"] = "00:00:02",
        ["Relay:Projects:0:Key"] = ProjectKey,
        ["Relay:Projects:0:Source"] = "Apifox",
        ["Relay:Projects:0:Apifox:BaseUrl"] = apifox.BaseUrl,
        ["Relay:Projects:0:Apifox:ProjectId"] = ApifoxProjectId,
        ["Relay:Projects:0:Apifox:Token"] = ApifoxToken,
        ["Relay:Projects:0:Auth:Mode"] = "ApifoxSignature",
        ["Relay:Projects:0:Auth:Secrets:0"] = SigningSecret,
        ["Relay:Projects:0:RepositoryPath"] = temp.Combine("relay-clone"),
        ["Relay:Projects:0:SpecPath"] = SpecPath,
        ["Relay:Projects:0:Remote"] = remote,
    };
}
