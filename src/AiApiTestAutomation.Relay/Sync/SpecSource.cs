using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Core.Apifox;
using AiApiTestAutomation.Relay.Options;

namespace AiApiTestAutomation.Relay.Sync;

/// <summary>
/// Fetches a project's current spec: the Apifox Open API export, or a GET of a published spec URL.
/// The webhook carries no spec, so this is always where the content comes from.
/// </summary>
internal sealed class SpecSource(HttpClient http, UpstreamPipelines pipelines)
{
    public async Task<string> FetchAsync(ProjectOptions project, CancellationToken cancellationToken)
    {
        var upstream = pipelines.For(project.Key);
        using var response = await upstream.Pipeline.ExecuteAsync(
            async token =>
            {
                using var request = CreateRequest(project);

                // ResponseContentRead: the body is read inside the attempt, so the attempt timeout covers a stalled body too.
                return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
            },
            cancellationToken);

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new DeadLetterException(
                $"{Describe(project)} answered {(int)response.StatusCode} {response.ReasonPhrase}: {Excerpt(body)}");
        }

        return body;
    }

    public static string Describe(ProjectOptions project) => project.Source == SpecSourceKind.Apifox
        ? $"Apifox export of project {project.Apifox.ProjectId}"
        : $"spec URL of project {project.Key}";

    private static HttpRequestMessage CreateRequest(ProjectOptions project)
    {
        if (project.Source == SpecSourceKind.SpecUrl)
        {
            var get = new HttpRequestMessage(HttpMethod.Get, project.SpecUrl);
            foreach (var header in project.SpecUrlHeaders)
            {
                get.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            return get;
        }

        var apifox = project.Apifox;
        var post = new HttpRequestMessage(HttpMethod.Post, ApifoxExport.Url(apifox.BaseUrl, apifox.ProjectId))
        {
            Content = new StringContent(ApifoxExport.RequestBody(apifox.OasVersion), Encoding.UTF8, "application/json"),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apifox.Token);
        post.Headers.TryAddWithoutValidation(ApifoxExport.ApiVersionHeader, apifox.ApiVersion);
        return post;
    }

    private static string Excerpt(string body) => body.Length <= 300 ? body : body.Substring(0, 300) + "…";
}
