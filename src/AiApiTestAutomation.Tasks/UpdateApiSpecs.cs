using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using AiApiTestAutomation.Core.Apifox;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Tasks.Apifox;
using AiApiTestAutomation.Tasks.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AiApiTestAutomation.Tasks;

/// <summary>
/// Pulls every spec that names an Apifox project (ApifoxProjectId metadata) through the export the relay
/// uses, validates it with SpecLoader and writes it canonically, only when it changed. An invalid export
/// leaves the file untouched. The token is read from an environment variable and never logged.
/// </summary>
public sealed class UpdateApiSpecs : Task, ICancelableTask
{
    private readonly CancellationTokenSource cancellation = new();

    [Required]
    public ITaskItem[] Specs { get; set; } = [];

    /// <summary>The folder spec paths are relative to: $(MSBuildProjectDirectory).</summary>
    public string ProjectDirectory { get; set; } = string.Empty;

    public string BaseUrl { get; set; } = ApifoxExport.DefaultBaseUrl;

    /// <summary>The environment variable holding the token, unless an item names its own (ApifoxTokenVariable metadata).</summary>
    public string TokenVariable { get; set; } = "APIFOX_TOKEN";

    public int TimeoutSeconds { get; set; } = 100;

    [Output]
    public ITaskItem[] UpdatedSpecs { get; private set; } = [];

    public void Cancel() => cancellation.Cancel();

    public override bool Execute()
    {
        var client = new ApifoxExportClient(BaseUrl, TimeSpan.FromSeconds(TimeoutSeconds));
        var updated = new List<ITaskItem>();
        var pulled = 0;
        foreach (var item in Specs)
        {
            var projectId = item.GetMetadata("ApifoxProjectId");
            if (string.IsNullOrWhiteSpace(projectId))
            {
                continue;
            }

            pulled++;
            if (Pull(client, item, projectId.Trim()))
            {
                updated.Add(item);
            }
        }

        if (pulled == 0)
        {
            Log.LogMessage(MessageImportance.High, "UpdateApiSpecs: no ApiSpec item has ApifoxProjectId metadata; nothing to pull.");
        }

        UpdatedSpecs = updated.ToArray();
        return !Log.HasLoggedErrors;
    }

    /// <returns>True when the file was rewritten.</returns>
    private bool Pull(ApifoxExportClient client, ITaskItem item, string projectId)
    {
        var displayPath = SpecItems.DisplayPath(item);
        var fullPath = SpecItems.FullPath(item, ProjectDirectory);
        var variable = item.GetMetadata("ApifoxTokenVariable") is { Length: > 0 } own ? own : TokenVariable;
        var token = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(token))
        {
            Error(DiagnosticIds.MissingToken, fullPath, $"{displayPath}: the environment variable '{variable}' holding the Apifox token for project {projectId} is not set.");
            return false;
        }

        ExportResponse response;
        try
        {
            response = client.Export(projectId, token!, cancellation.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or InvalidOperationException or UriFormatException)
        {
            Error(DiagnosticIds.ExportFailed, fullPath, Redact($"{displayPath}: the Apifox export of project {projectId} failed: {ex.GetType().Name}: {ex.Message}", token!));
            return false;
        }

        if (!response.Succeeded)
        {
            Error(DiagnosticIds.ExportFailed, fullPath, Redact($"{displayPath}: the Apifox export of project {projectId} answered {response.Status}: {Excerpt(response.Body)}", token!));
            return false;
        }

        var loaded = SpecLoader.Load(fullPath, response.Body);
        if (loaded.HasErrors)
        {
            var first = loaded.Diagnostics.FirstOrDefault(d => d.Severity == SpecDiagnosticSeverity.Error);
            var why = first is null ? "it could not be read" : $"{first.Id} at line {first.Line}: {first.Message}";
            Error(DiagnosticIds.InvalidExport, fullPath, Redact($"{displayPath}: the Apifox export of project {projectId} is not a valid spec ({why}); the file is unchanged.", token!));
            return false;
        }

        var canonical = SpecCanonicalizer.Canonicalize(response.Body);
        if (File.Exists(fullPath) && SpecItems.ReadText(fullPath) == canonical)
        {
            Log.LogMessage(MessageImportance.High, "{0}: up to date with Apifox project {1}.", displayPath, projectId);
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, canonical, SpecItems.Utf8);
        Log.LogMessage(MessageImportance.High, "{0}: updated from Apifox project {1}.", displayPath, projectId);
        return true;
    }

    private void Error(string code, string file, string message) =>
        Log.LogError(null, code, null, DiagnosticIds.HelpBase + code + ".md", file, 0, 0, 0, 0, "{0}", message);

    // An upstream error page or exception may echo the request's Authorization header.
    private static string Redact(string text, string token) => text.Replace(token, "***");

    private static string Excerpt(string body) => body.Length <= 300 ? body : body.Substring(0, 300) + "…";
}
