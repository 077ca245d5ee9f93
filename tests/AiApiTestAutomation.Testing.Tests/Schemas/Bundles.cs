using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Testing.Tests.Schemas;

/// <summary>Small helpers to write test bundles inline.</summary>
internal static class Bundles
{
    public static SchemaSet OpenApi30(string schemasJson) => Parse("openapi-3.0", schemasJson);

    public static SchemaSet OpenApi31(string schemasJson) => Parse("openapi-3.1", schemasJson);

    public static SchemaSet Parse(string dialect, string schemasJson) =>
        SchemaSet.Parse($$"""{"dialect":"{{dialect}}","schemas":{{schemasJson}}}""");

    public static SchemaValidationResult Check(this SchemaSet set, string key, string instanceJson, SchemaUsage usage = SchemaUsage.Response) =>
        new SchemaValidator(set).Validate(JsonNode.Parse(instanceJson), key, usage);
}
