using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Relay.Options;
using Microsoft.Extensions.Options;

namespace AiApiTestAutomation.Relay.Git;

/// <summary>
/// Replaces every configured token, secret and remote-URL password with "***" in text that leaves the relay
/// (git error output in logs and dead-letter reasons), since git echoes remote URLs in its errors.
/// </summary>
internal sealed class SecretRedactor
{
    private readonly string[] secrets;

    public SecretRedactor(IOptions<RelayOptions> options)
    {
        var found = new List<string>();
        foreach (var project in options.Value.Projects)
        {
            found.Add(project.Apifox.Token);
            found.AddRange(project.Auth.Secrets);
            found.Add(project.Auth.PathSecret ?? string.Empty);
            found.AddRange(project.SpecUrlHeaders.Values);
            if (Uri.TryCreate(project.Remote, UriKind.Absolute, out var remote) && remote.UserInfo.Length > 0)
            {
                found.Add(remote.UserInfo);
                found.AddRange(remote.UserInfo.Split(':'));
            }
        }

        if (!string.IsNullOrEmpty(options.Value.AdminToken))
        {
            found.Add(options.Value.AdminToken);
        }

        // Longest first, so a secret containing another is replaced whole. Very short values would mangle ordinary text.
        secrets = found.Where(s => s.Length >= 4).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ToArray();
    }

    public string Redact(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }
}
