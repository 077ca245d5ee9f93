using System.Collections.Generic;
using AiApiTestAutomation.Core.Apifox;

namespace AiApiTestAutomation.Relay.Options;

public enum SpecSourceKind
{
    /// <summary>Export through the Apifox Open API.</summary>
    Apifox,

    /// <summary>GET a published OpenAPI document from a URL.</summary>
    SpecUrl,
}

public enum WebhookAuthMode
{
    /// <summary>HMAC-SHA1 of the raw body, hex, "sha1=" prefix, in one of <see cref="WebhookAuthOptions.SignatureHeaders"/>.</summary>
    ApifoxSignature,

    /// <summary>standardwebhooks.com: webhook-id, webhook-timestamp, webhook-signature (v1, HMAC-SHA256).</summary>
    StandardWebhooks,

    /// <summary>An unguessable secret as the last path segment: POST /webhooks/apifox/{key}/{secret}.</summary>
    PathSecret,
}

/// <summary>
/// One synchronised project. A class rather than a record on purpose: a record's generated ToString
/// would print the token and secrets into any log line that formats the options.
/// </summary>
public sealed class ProjectOptions
{
    public string Key { get; set; } = string.Empty;

    public SpecSourceKind Source { get; set; } = SpecSourceKind.Apifox;

    public ApifoxOptions Apifox { get; set; } = new();

    /// <summary>For <see cref="SpecSourceKind.SpecUrl"/>: where the OpenAPI document is published.</summary>
    public string? SpecUrl { get; set; }

    /// <summary>Optional headers sent with the spec URL request (e.g. Authorization).</summary>
    public Dictionary<string, string> SpecUrlHeaders { get; set; } = new();

    public WebhookAuthOptions Auth { get; set; } = new();

    /// <summary>The relay's own working clone; created (cloned from <see cref="Remote"/>, or initialised) when missing.</summary>
    public string RepositoryPath { get; set; } = "relay-data/repo";

    /// <summary>Where the spec lives inside the repository, e.g. tests/Store.Tests/specs/store.openapi.json.</summary>
    public string SpecPath { get; set; } = "specs/openapi.json";

    /// <summary>Bot branch; defaults to apifox-sync/{Key}.</summary>
    public string? Branch { get; set; }

    /// <summary>Remote URL or path to push to; none means commit locally only.</summary>
    public string? Remote { get; set; }

    public string EffectiveBranch => string.IsNullOrWhiteSpace(Branch) ? $"apifox-sync/{Key}" : Branch!;

    /// <summary>What commit messages call the project: the Apifox project id, or the key for a spec URL.</summary>
    public string DisplayId => Source == SpecSourceKind.Apifox ? Apifox.ProjectId : Key;
}

public sealed class ApifoxOptions
{
    public string BaseUrl { get; set; } = ApifoxExport.DefaultBaseUrl;

    public string ProjectId { get; set; } = string.Empty;

    public string Token { get; set; } = string.Empty;

    /// <summary>Sent as X-Apifox-Api-Version; a missing or retired version is answered with 422.</summary>
    public string ApiVersion { get; set; } = ApifoxExport.DefaultApiVersion;

    public string OasVersion { get; set; } = ApifoxExport.DefaultOasVersion;
}

public sealed class WebhookAuthOptions
{
    public WebhookAuthMode Mode { get; set; } = WebhookAuthMode.ApifoxSignature;

    /// <summary>Signing secrets; more than one lets a secret be rotated without dropping deliveries.</summary>
    public List<string> Secrets { get; set; } = new();

    /// <summary>Apifox does not document its header name, so any of these is accepted. Empty means the defaults.</summary>
    public List<string> SignatureHeaders { get; set; } = new();

    // Defaults live outside the bound list: the configuration binder appends to a pre-filled list instead of replacing it.
    public IReadOnlyList<string> EffectiveSignatureHeaders =>
        SignatureHeaders.Count > 0 ? SignatureHeaders : new[] { "X-Apifox-Signature", "X-Hub-Signature" };

    public string? PathSecret { get; set; }

    /// <summary>Standard Webhooks: how far webhook-timestamp may be from now.</summary>
    public int ToleranceSeconds { get; set; } = 300;
}
