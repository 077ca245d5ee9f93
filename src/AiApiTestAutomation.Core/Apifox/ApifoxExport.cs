using System;

namespace AiApiTestAutomation.Core.Apifox;

/// <summary>
/// The Apifox Open API export contract, shared by the relay and the MSBuild spec pull so both ask for
/// the same document: the whole project, no Apifox extensions, OpenAPI JSON.
/// </summary>
public static class ApifoxExport
{
    public const string DefaultBaseUrl = "https://api.apifox.com";

    public const string ApiVersionHeader = "X-Apifox-Api-Version";

    /// <summary>A missing or retired version is answered with 422.</summary>
    public const string DefaultApiVersion = "2024-03-28";

    public const string DefaultOasVersion = "3.1";

    private const string BodyTemplate =
        """{"scope":{"type":"ALL"},"options":{"includeApifoxExtensionProperties":false,"addFoldersToTags":false},"oasVersion":"{oas}","exportFormat":"JSON"}""";

    public static string Url(string baseUrl, string projectId) =>
        $"{baseUrl.TrimEnd('/')}/v1/projects/{Uri.EscapeDataString(projectId)}/export-openapi";

    public static string RequestBody(string oasVersion = DefaultOasVersion) => BodyTemplate.Replace("{oas}", oasVersion);
}
