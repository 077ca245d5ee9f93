using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using AiApiTestAutomation.Core.Apifox;

namespace AiApiTestAutomation.Tasks.Apifox;

internal sealed record ExportResponse(bool Succeeded, string Body, string Status);

/// <summary>
/// One call of the Apifox export (the contract in Core's <see cref="ApifoxExport"/>, as the relay sends it).
/// No retries: a developer running the pull sees a failure at once and runs it again.
/// </summary>
internal sealed class ApifoxExportClient(string baseUrl, TimeSpan timeout)
{
    public ExportResponse Export(string projectId, string token, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = timeout };
        using var request = new HttpRequestMessage(HttpMethod.Post, ApifoxExport.Url(baseUrl, projectId))
        {
            Content = new StringContent(ApifoxExport.RequestBody(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation(ApifoxExport.ApiVersionHeader, ApifoxExport.DefaultApiVersion);

        // MSBuild tasks are synchronous; blocking here is the task's whole job.
        using var response = http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return new ExportResponse(response.IsSuccessStatusCode, body, $"{(int)response.StatusCode} {response.ReasonPhrase}");
    }
}
