using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Testing.Expectations;
using Polly;

namespace AiApiTestAutomation.Testing.Http;

/// <summary>
/// One test's conversation with the API: it sends requests, attaches credentials, numbers the
/// steps and remembers them, so that any failure can tell the whole story with the seed.
/// </summary>
public sealed class ApiSession
{
    private readonly HttpClient http;
    private readonly Uri baseUrl;
    private readonly ResiliencePipeline<HttpResponseMessage> transport;
    private readonly IReadOnlyDictionary<string, SecuritySchemeInfo> schemes;
    private readonly Func<SecuritySchemeInfo, string?> credentials;
    private readonly List<ApiExchange> steps;

    internal ApiSession(
        HttpClient http,
        Uri baseUrl,
        ResiliencePipeline<HttpResponseMessage> transport,
        IReadOnlyDictionary<string, SecuritySchemeInfo> schemes,
        Func<SecuritySchemeInfo, string?> credentials,
        ResponseConformance conformance,
        string testName,
        int seed,
        CredentialMode credentialMode = CredentialMode.Valid,
        List<ApiExchange>? sharedSteps = null)
    {
        this.http = http;
        this.baseUrl = baseUrl;
        this.transport = transport;
        this.schemes = schemes;
        this.credentials = credentials;
        Conformance = conformance;
        TestName = testName;
        Seed = seed;
        CredentialMode = credentialMode;
        steps = sharedSteps ?? new List<ApiExchange>();
    }

    public string TestName { get; }

    public int Seed { get; }

    public CredentialMode CredentialMode { get; }

    public IReadOnlyList<ApiExchange> Steps => steps;

    internal ResponseConformance Conformance { get; }

    /// <summary>The same conversation (steps, seed) with another way of authenticating.</summary>
    public ApiSession WithCredentials(CredentialMode mode) =>
        new(http, baseUrl, transport, schemes, credentials, Conformance, TestName, Seed, mode, steps);

    public async Task<ApiResponse<T>> SendAsync<T>(ApiRequest request, CancellationToken cancellationToken = default)
    {
        var exchange = await ExchangeAsync(request, cancellationToken).ConfigureAwait(false);
        return new ApiResponse<T>(this, exchange);
    }

    public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        var exchange = await ExchangeAsync(request, cancellationToken).ConfigureAwait(false);
        return new ApiResponse(this, exchange);
    }

    /// <summary>Resolves a request once (URL, credentials, body) for a load run that sends it many times; nothing is recorded as a step.</summary>
    public Performance.PreparedRequest Prepare(ApiRequest request)
    {
        var url = BuildUrl(request);
        var body = RequestBodyText(request);
        using var message = BuildMessage(request, url, body);
        return Performance.PreparedRequest.From(message, message.Content is null || body is null ? null : Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Builds the failure for a response, with the request, the response, the earlier steps and the seed.</summary>
    public ApiExpectationException Fail(ApiResponse response, string problem) =>
        new(FailureReport.Build(this, response.Exchange, problem));

    private async Task<ApiExchange> ExchangeAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var url = BuildUrl(request);
        var requestBody = RequestBodyText(request);
        using var response = await transport.ExecuteAsync(
            async token =>
            {
                // A fresh message per attempt: HttpRequestMessage cannot be sent twice.
                using var message = BuildMessage(request, url, requestBody);
                return await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

        var body = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        var headers = response.Headers
            .Concat(response.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)))
            .ToList();

        lock (steps)
        {
            var exchange = new ApiExchange(
                steps.Count + 1,
                request.Operation,
                request.Operation.Method,
                url,
                requestBody,
                (int)response.StatusCode,
                response.Content?.Headers.ContentType?.ToString(),
                headers,
                body);
            steps.Add(exchange);
            return exchange;
        }
    }

    private Uri BuildUrl(ApiRequest request)
    {
        var builder = new StringBuilder(baseUrl.ToString().TrimEnd('/'));
        builder.Append(request.ResolvePath());
        var query = new List<KeyValuePair<string, string>>(request.Query);
        foreach (var scheme in ChosenSchemes(request.Operation))
        {
            if (scheme.Kind == SecuritySchemeKind.ApiKey && scheme.Location == "query" && CredentialFor(scheme) is { } key)
            {
                query.Add(new KeyValuePair<string, string>(scheme.ParameterName ?? scheme.Name, key));
            }
        }

        for (var i = 0; i < query.Count; i++)
        {
            builder.Append(i == 0 ? '?' : '&')
                .Append(Uri.EscapeDataString(query[i].Key))
                .Append('=')
                .Append(Uri.EscapeDataString(query[i].Value));
        }

        return new Uri(builder.ToString());
    }

    private HttpRequestMessage BuildMessage(ApiRequest request, Uri url, string? requestBody)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Operation.Method), url);
        foreach (var header in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var scheme in ChosenSchemes(request.Operation))
        {
            AttachCredential(message, scheme);
        }

        if (requestBody is not null && request.MediaType is not null)
        {
            message.Content = new StringContent(requestBody, Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(request.MediaType, out var contentType)
                ? contentType
                : new MediaTypeHeaderValue("application/octet-stream");
        }

        return message;
    }

    private static string? RequestBodyText(ApiRequest request)
    {
        if (request.RawBody is not null)
        {
            return request.RawBody;
        }

        if (request.JsonBody is null || request.MediaType is null)
        {
            return null;
        }

        return request.MediaType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            ? FormEncoding.Encode(request.JsonBody)
            : request.JsonBody.ToJsonString();
    }

    /// <summary>The first security alternative whose schemes we can satisfy; none when anonymous access is allowed.</summary>
    private IEnumerable<SecuritySchemeInfo> ChosenSchemes(ApiOperationInfo operation)
    {
        if (CredentialMode == CredentialMode.Omitted || operation.Security.Count == 0 || operation.Security.Any(a => a.Count == 0))
        {
            return Array.Empty<SecuritySchemeInfo>();
        }

        foreach (var alternative in operation.Security)
        {
            var chosen = alternative.Select(name => schemes.TryGetValue(name, out var scheme) ? scheme : null).ToList();
            if (chosen.All(s => s is not null && s.Kind != SecuritySchemeKind.Other))
            {
                return chosen!;
            }
        }

        return Array.Empty<SecuritySchemeInfo>();
    }

    private string? CredentialFor(SecuritySchemeInfo scheme) => CredentialMode switch
    {
        CredentialMode.Invalid => "invalid-credential-" + Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CredentialMode.Omitted => null,
        _ => credentials(scheme),
    };

    private void AttachCredential(HttpRequestMessage message, SecuritySchemeInfo scheme)
    {
        var credential = CredentialFor(scheme);
        if (credential is null)
        {
            return;
        }

        switch (scheme.Kind)
        {
            case SecuritySchemeKind.ApiKey when scheme.Location == "header":
                message.Headers.TryAddWithoutValidation(scheme.ParameterName ?? scheme.Name, credential);
                break;
            case SecuritySchemeKind.ApiKey when scheme.Location == "cookie":
                message.Headers.TryAddWithoutValidation("Cookie", (scheme.ParameterName ?? scheme.Name) + "=" + credential);
                break;
            case SecuritySchemeKind.HttpBearer:
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
                break;
            case SecuritySchemeKind.HttpBasic:
                // The credential is "user:password", as in curl -u.
                message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credential)));
                break;
        }
    }
}
