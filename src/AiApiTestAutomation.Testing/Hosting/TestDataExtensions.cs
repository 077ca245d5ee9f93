using System.Text.Json;
using AiApiTestAutomation.Testing.Data;
using AiApiTestAutomation.Testing.Http;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Testing.Hosting;

/// <summary>Typed access to seeded data, as the generated tests use it.</summary>
public static class TestDataExtensions
{
    /// <summary>A valid value for the schema <paramref name="schemaKey"/>, as the type the client method takes.</summary>
    public static T Valid<T>(this TestDataFactory data, string schemaKey)
    {
        var node = data.Valid(schemaKey, SchemaUsage.Request);
        if (node is null)
        {
            return default!;
        }

        return node.Deserialize<T>(ApiJson.Options)!;
    }

    /// <summary>An identifier that no real resource has: far beyond any id an API hands out, or a fresh UUID.</summary>
    public static T UnknownId<T>(this TestDataFactory data, string schemaKey)
    {
        object value;
        if (typeof(T) == typeof(long))
        {
            value = 9_000_000_000_000_000L + (data.Seed & 0xFFFF);
        }
        else if (typeof(T) == typeof(int))
        {
            value = 2_000_000_000 + (data.Seed & 0xFFFF);
        }
        else if (typeof(T) == typeof(double))
        {
            value = 9e15 + (data.Seed & 0xFFFF);
        }
        else
        {
            // A fresh seeded value that satisfies the schema (format, pattern, length), so the API
            // cannot reject it as malformed: the only honest reason left for a 4xx is "not found".
            return data.Valid<T>(schemaKey);
        }

        return (T)value;
    }
}
