using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiApiTestAutomation.Testing.Http;

/// <summary>Serializer settings shared by the client and the models: names come from [JsonPropertyName], nulls are not sent.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
    };
}
