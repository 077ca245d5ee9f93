using System;

namespace AiApiTestAutomation.Core.Loading;

internal enum SourceFormat
{
    Json,
    Yaml,
}

internal static class SourceFormats
{
    public static SourceFormat Detect(string filePath, string text)
    {
        if (filePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return SourceFormat.Json;
        }

        if (filePath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || filePath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return SourceFormat.Yaml;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c is '{' or '[' ? SourceFormat.Json : SourceFormat.Yaml;
            }
        }

        return SourceFormat.Json;
    }
}
