using System.IO;
using System.Linq;
using Xunit;

namespace AiApiTestAutomation.Tasks.Tests;

public sealed class ApiSpecDiffTests
{
    private const string SpecPath = "specs/store.openapi.json";

    [Fact]
    public void Removed_operation_is_a_breaking_change_warning_on_the_spec_with_a_line()
    {
        using var repo = CommittedStore();
        repo.Write(SpecPath, Specs.StoreWithout("/orders/{orderId}", "delete"));
        var (task, engine) = Diff(repo);

        Assert.True(task.Execute(), engine.Log);

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("AAT3001", warning.Code);
        Assert.Contains("DELETE /orders/{orderId}: operation removed", warning.Message);
        Assert.EndsWith("store.openapi.json", warning.File);
        Assert.True(warning.LineNumber > 1, $"line {warning.LineNumber}");
        Assert.EndsWith("docs/rules/AAT3001.md", warning.HelpLink);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void Breaking_changes_are_errors_when_asked_and_the_task_fails()
    {
        using var repo = CommittedStore();
        repo.Write(SpecPath, Specs.StoreWithout("/products", "post"));
        var (task, engine) = Diff(repo);
        task.BreakingChangesAsErrors = true;

        Assert.False(task.Execute());

        Assert.Contains(engine.Errors, e => e.Code == "AAT3001" && e.Message!.Contains("POST /products: operation removed"));
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void Added_operation_is_a_normal_message_not_a_warning()
    {
        using var repo = new TempFolder();
        repo.Write(SpecPath, Specs.StoreWithout("/orders/{orderId}", "delete"));
        Git.InitAndCommitAll(repo.Path);
        repo.Write(SpecPath, Specs.StoreText);
        var (task, engine) = Diff(repo);

        Assert.True(task.Execute(), engine.Log);

        Assert.Empty(engine.Warnings);
        var added = Assert.Single(engine.Messages, m => m.Code == "AAT3002" && m.Message!.Contains("DELETE /orders/{orderId}"));
        Assert.Equal(Microsoft.Build.Framework.MessageImportance.Normal, added.Importance);
    }

    [Fact]
    public void Baseline_is_the_committed_text_at_the_path_as_written()
    {
        using var repo = CommittedStore();
        repo.Write(SpecPath, Specs.StoreWithout("/orders/{orderId}", "delete"));
        var (task, engine) = Diff(repo);

        Assert.True(task.Execute(), engine.Log);

        Assert.Equal(Specs.StoreText, File.ReadAllText(Path.Combine(task.BaselineDirectory, "specs", "store.openapi.json")));
    }

    [Fact]
    public void Outside_git_there_is_a_message_and_no_baseline()
    {
        using var folder = new TempFolder();
        folder.Write(SpecPath, Specs.StoreText);
        var (task, engine) = Diff(folder);
        if (!IsOutsideAnyRepository(folder.Path))
        {
            return;
        }

        Assert.True(task.Execute(), engine.Log);

        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
        Assert.Contains(engine.Messages, m => m.Code == "AAT3003" && m.Message!.Contains("not inside a git repository"));
        Assert.False(Directory.Exists(task.BaselineDirectory) && Directory.EnumerateFiles(task.BaselineDirectory, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void Spec_new_at_the_ref_is_a_message_and_a_stale_baseline_is_removed()
    {
        using var repo = new TempFolder();
        repo.Write("README.txt", "x");
        Git.InitAndCommitAll(repo.Path);
        repo.Write(SpecPath, Specs.StoreText);
        var (task, engine) = Diff(repo);
        var stale = repo.Write("obj/api-spec-baseline/specs/store.openapi.json", "old");

        Assert.True(task.Execute(), engine.Log);

        Assert.Empty(engine.Warnings);
        Assert.Contains(engine.Messages, m => m.Code == "AAT3003" && m.Message!.Contains("no version at 'HEAD'"));
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void Base_ref_selects_the_version_compared()
    {
        using var repo = CommittedStore();
        repo.Write(SpecPath, Specs.StoreWithout("/orders", "get"));
        Git.Run(repo.Path, "commit", "-q", "-am", "remove listOrders");
        var (task, engine) = Diff(repo);
        task.BaseRef = "HEAD~1";

        Assert.True(task.Execute(), engine.Log);

        Assert.Contains(engine.Warnings, w => w.Message!.Contains("GET /orders: operation removed") && w.Message!.Contains("'HEAD~1'"));
    }

    private static TempFolder CommittedStore()
    {
        var repo = new TempFolder();
        repo.Write(SpecPath, Specs.StoreText);
        Git.InitAndCommitAll(repo.Path);
        return repo;
    }

    private static (ApiSpecDiff Task, RecordingBuildEngine Engine) Diff(TempFolder folder)
    {
        var engine = new RecordingBuildEngine();
        var task = new ApiSpecDiff
        {
            BuildEngine = engine,
            Specs = new[] { new Microsoft.Build.Utilities.TaskItem(SpecPath) },
            ProjectDirectory = folder.Path,
            BaselineDirectory = Path.Combine(folder.Path, "obj", "api-spec-baseline"),
        };
        return (task, engine);
    }

    private static bool IsOutsideAnyRepository(string path)
    {
        for (var directory = new DirectoryInfo(path); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return false;
            }
        }

        return true;
    }
}
