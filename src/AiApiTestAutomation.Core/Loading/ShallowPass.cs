using System;
using System.Collections.Generic;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// The two passes the model builder makes over the spec text before reading the document: the shallow locator (a line
/// for every operation) and, for OpenAPI 3.0, the typeless nullable scan. On a text that says "nullable" both ride on
/// one tokenization (the scan's; SharpYaml's events for YAML), where each used to read the whole text: on GitHub's
/// 3 MB spec, the locator's walk cost as much as the scan.
/// </summary>
internal static class ShallowPass
{
    private const int LocatorDepth = 3;

    public static (SourceLocator Locator, HashSet<string> TypelessNullables) Run(string text, SourceFormat format, JsonText? json, bool scanNullables)
    {
        if (!scanNullables)
        {
            return (SourceLocator.Build(text, format, LocatorDepth, json), new HashSet<string>(StringComparer.Ordinal));
        }

        if (text.IndexOf("nullable", StringComparison.Ordinal) < 0)
        {
            return (SourceLocator.Build(text, format, LocatorDepth, json), TypelessNullableScanner.Scan(text, format, json));
        }

        if (format != SourceFormat.Json)
        {
            // SharpYaml's parse is most of either pass's cost: 160 and 100 ms on GitHub's 2.4 MB YAML when each made its own.
            var yamlLocator = SourceLocator.FedByYaml(LocatorDepth, out var yamlFeed);
            return (yamlLocator, TypelessNullableScanner.Scan(text, format, yamlLocatorFeed: yamlFeed));
        }

        json ??= new JsonText(text);
        var locator = SourceLocator.FedBy(json, LocatorDepth, out var feed);
        return (locator, TypelessNullableScanner.Scan(text, format, json, feed));
    }
}
