using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Testing.Http;

/// <summary>One request to an operation, built by the generated client and sent by <see cref="ApiSession"/>.</summary>
public sealed class ApiRequest
{
    private readonly Dictionary<string, string> pathValues = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, string>> query = new();
    private readonly List<KeyValuePair<string, string>> headers = new();

    public ApiRequest(ApiOperationInfo operation) => Operation = operation;

    public ApiOperationInfo Operation { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Query => query;

    public IReadOnlyList<KeyValuePair<string, string>> Headers => headers;

    /// <summary>The body as JSON, when it is one.</summary>
    public JsonNode? JsonBody { get; private set; }

    /// <summary>The exact body text sent, when a test sends raw text (malformed JSON, empty body).</summary>
    public string? RawBody { get; private set; }

    public string? MediaType { get; private set; }

    public ApiRequest WithPath(string name, object value)
    {
        pathValues[name] = Format(value);
        return this;
    }

    public ApiRequest WithQuery(string name, object? value)
    {
        foreach (var item in Expand(value))
        {
            query.Add(new KeyValuePair<string, string>(name, item));
        }

        return this;
    }

    public ApiRequest WithHeader(string name, object? value)
    {
        if (value is not null)
        {
            headers.Add(new KeyValuePair<string, string>(name, string.Join(",", Expand(value))));
        }

        return this;
    }

    public ApiRequest WithCookie(string name, object? value)
    {
        if (value is not null)
        {
            headers.Add(new KeyValuePair<string, string>("Cookie", name + "=" + Format(value)));
        }

        return this;
    }

    public ApiRequest WithBody(object? body, string mediaType)
    {
        MediaType = mediaType;
        JsonBody = body switch
        {
            null => null,
            JsonNode node => node.DeepClone(),
            _ => JsonSerializer.SerializeToNode(body, body.GetType(), ApiJson.Options),
        };
        RawBody = null;
        return this;
    }

    public ApiRequest WithRawBody(string rawBody, string mediaType)
    {
        MediaType = mediaType;
        RawBody = rawBody;
        JsonBody = null;
        return this;
    }

    /// <summary>The path with its parameters substituted and escaped.</summary>
    public string ResolvePath()
    {
        var path = Operation.PathTemplate;
        foreach (var pair in pathValues)
        {
            path = path.Replace("{" + pair.Key + "}", Uri.EscapeDataString(pair.Value));
        }

        return path;
    }

    internal static string Format(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        JsonNode node => node is JsonValue jsonValue && jsonValue.TryGetValue<string>(out var text) ? text : node.ToJsonString(),
        _ => value.ToString() ?? string.Empty,
    };

    private static IEnumerable<string> Expand(object? value)
    {
        switch (value)
        {
            case null:
                yield break;
            case string text:
                yield return text;
                yield break;
            case System.Collections.IEnumerable items:
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        yield return Format(item);
                    }
                }

                yield break;
            default:
                yield return Format(value);
                yield break;
        }
    }
}
