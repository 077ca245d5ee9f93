using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Utilities;
using Xunit;

namespace AiApiTestAutomation.Tasks.Tests;

public sealed class UpdateApiSpecsTests : IDisposable
{
    private const string SpecPath = "specs/store.openapi.json";

    // A variable of this test class only, so parallel tests never see each other's tokens.
    private readonly string tokenVariable = "AAT_TEST_TOKEN_" + Guid.NewGuid().ToString("N")[..8];
    private readonly string token = "secret-" + Guid.NewGuid().ToString("N");
    private readonly TempFolder project = new();
    private readonly FakeApifox apifox = new();

    public UpdateApiSpecsTests() => Environment.SetEnvironmentVariable(tokenVariable, token);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(tokenVariable, null);
        apifox.Dispose();
        project.Dispose();
    }

    [Fact]
    public void Pull_sends_the_relay_export_contract_and_writes_the_spec_canonically()
    {
        apifox.Body = Minified(Specs.StoreText);
        var (task, engine) = Pull();

        Assert.True(task.Execute(), engine.Log);

        var request = Assert.Single(apifox.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/projects/4711/export-openapi", request.Path);
        Assert.Equal("Bearer " + token, request.Authorization);
        Assert.Equal("2024-03-28", request.ApiVersion);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Equal("""{"scope":{"type":"ALL"},"options":{"includeApifoxExtensionProperties":false,"addFoldersToTags":false},"oasVersion":"3.1","exportFormat":"JSON"}""", request.Body);

        var written = File.ReadAllText(Path.Combine(project.Path, SpecPath));
        Assert.Equal(Core.Loading.SpecCanonicalizer.Canonicalize(Specs.StoreText), written);
        Assert.Contains("\n  \"openapi\"", written);
        Assert.Single(task.UpdatedSpecs);
        Assert.DoesNotContain(token, engine.Log);
    }

    [Fact]
    public void Unchanged_export_leaves_the_file_alone()
    {
        var canonical = Core.Loading.SpecCanonicalizer.Canonicalize(Specs.StoreText);
        var file = project.Write(SpecPath, canonical);
        var before = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, before);
        apifox.Body = Minified(Specs.StoreText);
        var (task, engine) = Pull();

        Assert.True(task.Execute(), engine.Log);

        Assert.Equal(before, File.GetLastWriteTimeUtc(file));
        Assert.Empty(task.UpdatedSpecs);
        Assert.Contains(engine.Messages, m => m.Message!.Contains("up to date"));
    }

    [Fact]
    public void Invalid_export_is_an_error_and_the_file_is_untouched()
    {
        var file = project.Write(SpecPath, "original");
        // A proxy's maintenance page with 200 OK, the kind of body that must never replace a spec.
        apifox.Body = "<!DOCTYPE html><html><body>Down for maintenance</body></html>";
        var (task, engine) = Pull();

        Assert.False(task.Execute());

        Assert.Contains(engine.Errors, e => e.Code == "AAT3004");
        Assert.Equal("original", File.ReadAllText(file));
    }

    [Fact]
    public void Upstream_failure_is_an_error_that_never_shows_the_token()
    {
        apifox.Status = 401;
        apifox.Body = "{\"message\":\"bad token " + token + "\"}";
        var (task, engine) = Pull();

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("AAT3005", error.Code);
        Assert.Contains("401", error.Message);
        Assert.Contains("***", error.Message);
        Assert.DoesNotContain(token, engine.Log);
        Assert.False(File.Exists(Path.Combine(project.Path, SpecPath)));
    }

    [Fact]
    public void Missing_token_is_an_error_naming_the_variable_and_nothing_is_sent()
    {
        var (task, engine) = Pull();
        task.TokenVariable = "AAT_TEST_TOKEN_THAT_IS_NOT_SET";

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("AAT3006", error.Code);
        Assert.Contains("AAT_TEST_TOKEN_THAT_IS_NOT_SET", error.Message);
        Assert.Empty(apifox.Requests);
    }

    [Fact]
    public void Item_metadata_names_its_own_token_variable_and_items_without_a_project_are_skipped()
    {
        apifox.Body = Minified(Specs.StoreText);
        var (task, engine) = Pull();
        task.TokenVariable = "AAT_TEST_TOKEN_THAT_IS_NOT_SET";
        task.Specs[0].SetMetadata("ApifoxTokenVariable", tokenVariable);
        task.Specs = task.Specs.Append(new TaskItem("specs/local.openapi.json")).ToArray();

        Assert.True(task.Execute(), engine.Log);

        Assert.Single(apifox.Requests);
        Assert.False(File.Exists(Path.Combine(project.Path, "specs", "local.openapi.json")));
    }

    private (UpdateApiSpecs Task, RecordingBuildEngine Engine) Pull()
    {
        var engine = new RecordingBuildEngine();
        var item = new TaskItem(SpecPath);
        item.SetMetadata("ApifoxProjectId", "4711");
        var task = new UpdateApiSpecs
        {
            BuildEngine = engine,
            Specs = new Microsoft.Build.Framework.ITaskItem[] { item },
            ProjectDirectory = project.Path,
            BaseUrl = apifox.BaseUrl,
            TokenVariable = tokenVariable,
            TimeoutSeconds = 10,
        };
        return (task, engine);
    }

    private static string Minified(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();
}
