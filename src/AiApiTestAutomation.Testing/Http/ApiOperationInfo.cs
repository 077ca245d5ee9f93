using System;
using System.Collections.Generic;

namespace AiApiTestAutomation.Testing.Http;

/// <summary>What the spec documents about one operation; generated once per operation and shared by every call.</summary>
public sealed class ApiOperationInfo
{
    public ApiOperationInfo(
        string operationId,
        string method,
        string pathTemplate,
        IReadOnlyList<ApiResponseInfo> responses,
        IReadOnlyList<IReadOnlyList<string>>? security = null)
    {
        OperationId = operationId;
        Method = method;
        PathTemplate = pathTemplate;
        Responses = responses;
        Security = security ?? Array.Empty<IReadOnlyList<string>>();
    }

    public string OperationId { get; }

    public string Method { get; }

    public string PathTemplate { get; }

    public IReadOnlyList<ApiResponseInfo> Responses { get; }

    /// <summary>Alternatives of security scheme names; an empty alternative means anonymous access is allowed.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Security { get; }

    /// <summary>The documented response for a status: exact code first, then its range (4XX), then default.</summary>
    public ApiResponseInfo? FindResponse(int statusCode)
    {
        var exact = statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var range = exact[0] + "XX";
        ApiResponseInfo? rangeMatch = null;
        ApiResponseInfo? fallback = null;
        foreach (var response in Responses)
        {
            if (response.Status == exact)
            {
                return response;
            }

            if (string.Equals(response.Status, range, StringComparison.OrdinalIgnoreCase))
            {
                rangeMatch = response;
            }
            else if (response.Status == "default")
            {
                fallback = response;
            }
        }

        return rangeMatch ?? fallback;
    }

    public override string ToString() => $"{OperationId} ({Method} {PathTemplate})";
}

/// <summary>A documented response: status as written ("201", "4XX", "default"), media types, body schema key, required headers.</summary>
public sealed class ApiResponseInfo
{
    public ApiResponseInfo(string status, IReadOnlyList<string>? mediaTypes = null, string? schemaKey = null, IReadOnlyList<string>? requiredHeaders = null)
    {
        Status = status;
        MediaTypes = mediaTypes ?? Array.Empty<string>();
        SchemaKey = schemaKey;
        RequiredHeaders = requiredHeaders ?? Array.Empty<string>();
    }

    public string Status { get; }

    public IReadOnlyList<string> MediaTypes { get; }

    public string? SchemaKey { get; }

    public IReadOnlyList<string> RequiredHeaders { get; }
}
