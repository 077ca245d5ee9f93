using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace AiApiTestAutomation.Relay.Options;

/// <summary>Refuses to start with a configuration that would accept unauthenticated webhooks or could never sync.</summary>
internal sealed class RelayOptionsValidator : IValidateOptions<RelayOptions>
{
    public ValidateOptionsResult Validate(string? name, RelayOptions options)
    {
        var failures = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in options.Projects)
        {
            var key = project.Key;
            if (string.IsNullOrWhiteSpace(key))
            {
                failures.Add("Every project needs a Key.");
                continue;
            }

            if (!keys.Add(key))
            {
                failures.Add($"Project key '{key}' is configured twice.");
            }

            switch (project.Auth.Mode)
            {
                case WebhookAuthMode.PathSecret when string.IsNullOrWhiteSpace(project.Auth.PathSecret) || project.Auth.PathSecret!.Length < 16:
                    failures.Add($"Project '{key}': PathSecret auth needs Auth:PathSecret of at least 16 characters.");
                    break;
                case WebhookAuthMode.ApifoxSignature or WebhookAuthMode.StandardWebhooks when project.Auth.Secrets.Count == 0:
                    failures.Add($"Project '{key}': {project.Auth.Mode} auth needs at least one Auth:Secrets entry.");
                    break;
            }

            if (project.Source == SpecSourceKind.Apifox && string.IsNullOrWhiteSpace(project.Apifox.ProjectId))
            {
                failures.Add($"Project '{key}': Apifox source needs Apifox:ProjectId.");
            }

            if (project.Source == SpecSourceKind.SpecUrl && !Uri.TryCreate(project.SpecUrl, UriKind.Absolute, out _))
            {
                failures.Add($"Project '{key}': SpecUrl source needs an absolute SpecUrl.");
            }

            if (string.IsNullOrWhiteSpace(project.SpecPath) || project.SpecPath.StartsWith("/", StringComparison.Ordinal) || project.SpecPath.Contains("..", StringComparison.Ordinal))
            {
                failures.Add($"Project '{key}': SpecPath must be a relative path inside the repository.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
