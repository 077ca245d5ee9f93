using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>An example a spec gives for a request or response body, with the bundle key of the body's schema.</summary>
internal sealed record MediaExample(string SchemaKey, JsonNode? Value, string Pointer, bool IsResponse);
