using System;

namespace AiApiTestAutomation.Testing.Hosting;

/// <summary>Finds the API's address: the BaseUrl item metadata, else the environment variable named by BaseUrlVariable.</summary>
internal static class BaseUrlResolver
{
    public static (Uri? BaseUrl, string? Problem) Resolve(ApiDescription description, string fixtureName)
    {
        var configured = description.BaseUrl ?? Environment.GetEnvironmentVariable(description.BaseUrlVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return (null, Explain(description, fixtureName, "no base URL is configured"));
        }

        if (!Uri.TryCreate(configured!.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return (null, Explain(description, fixtureName, $"'{configured}' is not an absolute http(s) URL"));
        }

        return (url, null);
    }

    private static string Explain(ApiDescription description, string fixtureName, string problem) =>
        $"The generated tests for {description.SpecPath} cannot run: {problem}. Set one of:\n" +
        $"  - the environment variable {description.BaseUrlVariable} (e.g. export {description.BaseUrlVariable}=http://localhost:5000),\n" +
        $"    also possible from a .runsettings file under RunConfiguration/EnvironmentVariables;\n" +
        $"  - BaseUrl=\"http://...\" on the <ApiSpec Include=\"{description.SpecPath}\" /> item in the test project;\n" +
        $"  - or override StartHostAsync() in a partial class {fixtureName} to start the API yourself.";
}
