using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AiApiTestAutomation.Testing.Http;

/// <summary>What was sent and what came back, kept so a failure can describe it like a bug report.</summary>
public sealed class ApiExchange
{
    private const int BodyExcerptLength = 600;

    public ApiExchange(
        int step,
        ApiOperationInfo operation,
        string method,
        Uri url,
        string? requestBody,
        int statusCode,
        string? contentType,
        IReadOnlyList<KeyValuePair<string, string>> responseHeaders,
        string responseBody)
    {
        Step = step;
        Operation = operation;
        Method = method;
        Url = url;
        RequestBody = requestBody;
        StatusCode = statusCode;
        ContentType = contentType;
        ResponseHeaders = responseHeaders;
        ResponseBody = responseBody;
    }

    public int Step { get; }

    public ApiOperationInfo Operation { get; }

    public string Method { get; }

    public Uri Url { get; }

    public string? RequestBody { get; }

    public int StatusCode { get; }

    public string? ContentType { get; }

    public IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders { get; }

    public string ResponseBody { get; }

    public string Summary => $"{Method} {Url} → {StatusCode}";

    public string Describe()
    {
        var builder = new StringBuilder();
        builder.Append("  ").Append(Method).Append(' ').Append(Url).AppendLine();
        if (!string.IsNullOrEmpty(RequestBody))
        {
            builder.Append("    request body: ").AppendLine(Excerpt(RequestBody!));
        }

        builder.Append("  → ").Append(StatusCode).Append(' ').Append(ContentType ?? "(no content type)").Append(' ').AppendLine(Excerpt(ResponseBody));
        if (ResponseHeaders.Count > 0)
        {
            builder.Append("    headers: ").AppendLine(string.Join("; ", ResponseHeaders.Select(h => h.Key + ": " + h.Value)));
        }

        return builder.ToString();
    }

    private static string Excerpt(string text)
    {
        var singleLine = text.Replace("\r", string.Empty).Replace("\n", " ");
        return singleLine.Length <= BodyExcerptLength ? singleLine : singleLine.Substring(0, BodyExcerptLength) + $"… ({text.Length} chars)";
    }
}
