using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// A request resolved once (URL, credentials, body bytes) and sent many times. HttpRequestMessage cannot be
/// reused, so each send builds a fresh one from these parts without re-serialising anything.
/// </summary>
public sealed class PreparedRequest
{
    private readonly KeyValuePair<string, string>[] headers;
    private readonly KeyValuePair<string, string>[] contentHeaders;

    public PreparedRequest(HttpMethod method, Uri url, IEnumerable<KeyValuePair<string, string>> headers, byte[]? body, IEnumerable<KeyValuePair<string, string>>? contentHeaders = null)
    {
        Method = method;
        Url = url;
        this.headers = new List<KeyValuePair<string, string>>(headers).ToArray();
        Body = body;
        this.contentHeaders = contentHeaders is null ? Array.Empty<KeyValuePair<string, string>>() : new List<KeyValuePair<string, string>>(contentHeaders).ToArray();
    }

    public HttpMethod Method { get; }

    public Uri Url { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers => headers;

    public byte[]? Body { get; }

    public IReadOnlyList<KeyValuePair<string, string>> ContentHeaders => contentHeaders;

    /// <summary>Copies a built message (as the session would send it) into a reusable form.</summary>
    public static PreparedRequest From(HttpRequestMessage message, byte[]? body)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in message.Headers)
        {
            headers.Add(new KeyValuePair<string, string>(header.Key, string.Join(", ", header.Value)));
        }

        var contentHeaders = new List<KeyValuePair<string, string>>();
        if (message.Content is not null)
        {
            foreach (var header in message.Content.Headers)
            {
                // The length is recomputed by ByteArrayContent; copying it could contradict the body.
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    contentHeaders.Add(new KeyValuePair<string, string>(header.Key, string.Join(", ", header.Value)));
                }
            }
        }

        return new PreparedRequest(message.Method, message.RequestUri!, headers, body, contentHeaders);
    }

    internal HttpRequestMessage CreateMessage()
    {
        var message = new HttpRequestMessage(Method, Url) { Version = HttpVersion.Version11 };
        foreach (var header in headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (Body is not null)
        {
            var content = new ByteArrayContent(Body);
            foreach (var header in contentHeaders)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            content.Headers.ContentType ??= new MediaTypeHeaderValue("application/octet-stream");
            message.Content = content;
        }

        return message;
    }
}
