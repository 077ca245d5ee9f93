using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Core.Diff;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Relay.Git;
using AiApiTestAutomation.Relay.Options;

namespace AiApiTestAutomation.Relay.Sync;

/// <summary>
/// One sync of one project: fetch, canonicalise, validate with Core, then commit and push. Nothing touches the
/// repository until the document has passed validation.
/// </summary>
internal sealed class SpecSynchronizer(SpecSource source, GitPublisher publisher)
{
    private const int MaxListedDiagnostics = 5;

    public async Task<SyncOutcome> SyncAsync(ProjectOptions project, IReadOnlyCollection<string> events, CancellationToken cancellationToken)
    {
        var exported = await source.FetchAsync(project, cancellationToken);

        string canonical;
        try
        {
            canonical = SpecCanonicalizer.Canonicalize(exported);
        }
        catch (JsonException ex)
        {
            throw new DeadLetterException($"{SpecSource.Describe(project)} is not well-formed JSON: {ex.Message}");
        }

        var loaded = SpecLoader.Load(project.SpecPath, canonical);
        if (loaded.HasErrors || loaded.Spec is null)
        {
            var errors = loaded.Diagnostics.Where(d => d.Severity == SpecDiagnosticSeverity.Error).Take(MaxListedDiagnostics).Select(d => d.ToString());
            throw new DeadLetterException($"{SpecSource.Describe(project)} is not a valid OpenAPI document: {string.Join("; ", errors)}");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var result = await publisher.PublishAsync(
            project,
            canonical,
            previous => CommitMessage.Build(project, events, sha, SpecDiff.Compare(LoadPrevious(project, previous, loaded.Spec), loaded.Spec)),
            cancellationToken);
        return new SyncOutcome(sha, result.CommitSha, result.Committed, result.Pushed);
    }

    /// <summary>The spec on the branch before this sync; an empty spec when there is none or it no longer loads, so everything counts as added.</summary>
    private static ApiSpec LoadPrevious(ProjectOptions project, string? previous, ApiSpec current)
    {
        var loaded = previous is null ? null : SpecLoader.Load(project.SpecPath, previous);
        return loaded is { HasErrors: false, Spec: { } spec }
            ? spec
            : current with { Operations = EquatableArray<ApiOperation>.Empty, Models = EquatableArray<ApiModelType>.Empty, SchemaBundle = SchemaBundleText.Empty };
    }
}
