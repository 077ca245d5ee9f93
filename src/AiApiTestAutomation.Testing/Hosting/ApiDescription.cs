using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Testing.Http;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Testing.Hosting;

/// <summary>What the generator knows about one spec that the runtime needs: where it came from, how to reach the API, its security schemes and schemas.</summary>
public sealed class ApiDescription
{
    private readonly Lazy<SchemaSet> schemas;

    public ApiDescription(
        string specPath,
        string? baseUrl,
        string baseUrlVariable,
        IReadOnlyList<SecuritySchemeInfo> securitySchemes,
        string schemaBundleJson)
    {
        SpecPath = specPath;
        BaseUrl = string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl;
        BaseUrlVariable = string.IsNullOrWhiteSpace(baseUrlVariable) ? "API_BASE_URL" : baseUrlVariable;
        SecuritySchemes = securitySchemes.ToDictionary(s => s.Name, StringComparer.Ordinal);
        schemas = new Lazy<SchemaSet>(() => SchemaSet.Parse(schemaBundleJson));
    }

    public string SpecPath { get; }

    /// <summary>The BaseUrl item metadata, if the project set one.</summary>
    public string? BaseUrl { get; }

    public string BaseUrlVariable { get; }

    public IReadOnlyDictionary<string, SecuritySchemeInfo> SecuritySchemes { get; }

    public SchemaSet Schemas => schemas.Value;
}
