using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Testing.Expectations;

namespace AiApiTestAutomation.Testing.Http;

/// <summary>A response as the test sees it: status, headers and raw body, plus the exchange for failure reports.</summary>
public class ApiResponse
{
    private JsonNode? json;
    private bool jsonParsed;

    public ApiResponse(ApiSession session, ApiExchange exchange)
    {
        Session = session;
        Exchange = exchange;
    }

    public ApiSession Session { get; }

    public ApiExchange Exchange { get; }

    public ApiOperationInfo Operation => Exchange.Operation;

    public int StatusCode => Exchange.StatusCode;

    public string RawBody => Exchange.ResponseBody;

    public string? ContentType => Exchange.ContentType;

    public IReadOnlyList<KeyValuePair<string, string>> Headers => Exchange.ResponseHeaders;

    /// <summary>The body parsed as JSON, or null when it is empty; a body that is not JSON fails the test.</summary>
    public JsonNode? Json
    {
        get
        {
            if (!jsonParsed)
            {
                json = ParseJson();
                jsonParsed = true;
            }

            return json;
        }
    }

    public string? Header(string name)
    {
        foreach (var header in Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    /// <summary>Reads a value at a JSON pointer of the body (for example "/id") and converts it, failing clearly when it is absent.</summary>
    public T Extract<T>(string pointer)
    {
        var node = JsonPointers.Resolve(Json, pointer, out var found);
        if (!found || node is null)
        {
            throw Session.Fail(this, $"expected a value at {pointer} in the response body to use in the next step, found none");
        }

        try
        {
            if (typeof(T) == typeof(string) && node is JsonValue value && !value.TryGetValue<string>(out _))
            {
                return (T)(object)node.ToJsonString();
            }

            return node.Deserialize<T>(ApiJson.Options)!;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw Session.Fail(this, $"the value at {pointer} ({node.ToJsonString()}) is not a {typeof(T).Name}: {ex.Message}");
        }
    }

    /// <summary>The last path segment of the Location header, for APIs that return the new resource's address.</summary>
    public string ExtractIdFromLocation()
    {
        var location = Header("Location");
        if (string.IsNullOrEmpty(location))
        {
            throw Session.Fail(this, "expected a Location header with the new resource's address, found none");
        }

        var path = location!.Split('?')[0].TrimEnd('/');
        return Uri.UnescapeDataString(path.Substring(path.LastIndexOf('/') + 1));
    }

    private JsonNode? ParseJson()
    {
        if (string.IsNullOrWhiteSpace(RawBody))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(RawBody);
        }
        catch (JsonException ex)
        {
            throw Session.Fail(this, string.Format(CultureInfo.InvariantCulture, "the response body is not valid JSON: {0}", ex.Message));
        }
    }
}

/// <summary>A response whose body is typed as the spec documents it for success.</summary>
public sealed class ApiResponse<T> : ApiResponse
{
    private T? body;
    private bool bodyRead;

    public ApiResponse(ApiSession session, ApiExchange exchange)
        : base(session, exchange)
    {
    }

    /// <summary>The body deserialized as <typeparamref name="T"/>; a body that does not fit fails the test with the details.</summary>
    public T Body
    {
        get
        {
            if (!bodyRead)
            {
                body = ReadBody();
                bodyRead = true;
            }

            return body!;
        }
    }

    private T ReadBody()
    {
        var node = Json;
        try
        {
            return node is null ? default! : node.Deserialize<T>(ApiJson.Options)!;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            throw Session.Fail(this, $"the response body does not fit the documented type {typeof(T).Name}: {ex.Message}");
        }
    }
}
