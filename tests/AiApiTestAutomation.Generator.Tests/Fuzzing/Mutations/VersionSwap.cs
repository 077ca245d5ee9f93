using System;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>Declares another version than the document is written in (2.0 over 3.x and back, 3.1 over 3.0), or a version of the wrong type.</summary>
internal sealed class VersionSwap : IMutation
{
    public string Kind => "version-swap";

    public string Apply(FuzzDocument document, Random random)
    {
        if (document.Root is not JsonObject root)
        {
            return "no root object";
        }

        var key = root.ContainsKey("swagger") ? "swagger" : "openapi";
        JsonNode? value = random.Next(10) switch
        {
            0 => "2.0",
            1 => "3.0.0",
            2 => "3.1.0",
            3 => "3.2.0",
            4 => "4.0.0",
            5 => JsonValue.Create(3.0),
            6 => null,
            7 => "3",
            8 => new JsonArray("3.0.0"),
            _ => string.Empty,
        };
        if (random.Next(3) == 0)
        {
            // The other key: swagger: 2.0 on an OpenAPI 3 body, or openapi on a Swagger body.
            root.Remove(key);
            key = key == "swagger" ? "openapi" : "swagger";
        }

        root[key] = value;
        return $"{key} = {(value is null ? "null" : value.ToJsonString())}";
    }
}
