using System;
using System.IO;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Testing.Tests.Suite;

/// <summary>
/// Serves the documents the suite references by absolute URI, without network: http://localhost:1234/ maps to the
/// suite's remotes folder (as the suite specifies), the draft metaschemas to copies in Metaschemas/.
/// </summary>
internal static class RemoteDocuments
{
    private const string SuiteRemoteBase = "http://localhost:1234/";

    public static JsonNode? Load(string uri)
    {
        string? path = PathFor(uri);
        return path is not null && File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
    }

    private static string? PathFor(string uri)
    {
        if (uri.StartsWith(SuiteRemoteBase, StringComparison.Ordinal))
        {
            return Path.Combine(TestPaths.TestSuiteDir, "remotes", uri.Substring(SuiteRemoteBase.Length));
        }

        string metaschemas = Path.Combine(AppContext.BaseDirectory, "Metaschemas");
        if (uri.StartsWith("http://json-schema.org/draft-04/schema", StringComparison.Ordinal))
        {
            return Path.Combine(metaschemas, "draft-04.json");
        }

        const string Draft202012 = "https://json-schema.org/draft/2020-12/";
        if (uri.StartsWith(Draft202012, StringComparison.Ordinal))
        {
            return Path.Combine(metaschemas, "draft2020-12", uri.Substring(Draft202012.Length) + ".json");
        }

        return null;
    }
}
