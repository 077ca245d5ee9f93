namespace AiApiTestAutomation.Testing.Http;

public enum SecuritySchemeKind
{
    ApiKey,
    HttpBearer,
    HttpBasic,
    Other,
}

/// <summary>A security scheme of the spec, as the client needs it to attach a credential.</summary>
public sealed class SecuritySchemeInfo
{
    public SecuritySchemeInfo(string name, SecuritySchemeKind kind, string? parameterName = null, string? location = null)
    {
        Name = name;
        Kind = kind;
        ParameterName = parameterName;
        Location = location;
    }

    public string Name { get; }

    public SecuritySchemeKind Kind { get; }

    /// <summary>For API keys: the header, query or cookie name.</summary>
    public string? ParameterName { get; }

    /// <summary>For API keys: "header", "query" or "cookie".</summary>
    public string? Location { get; }

    /// <summary>The environment variable read by default for this scheme's credential, e.g. API_AUTH_APIKEYAUTH.</summary>
    public string EnvironmentVariable => "API_AUTH_" + Normalize(Name);

    private static string Normalize(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(c < 128 && char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        return builder.ToString();
    }
}
