using System.Collections.Generic;
using System.IO;
using AiApiTestAutomation.Schemas;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Testing.Tests.Suite;

/// <summary>Prints (and writes next to the test assembly) the per-file table that docs/schema-validation.md carries.</summary>
public sealed class SuiteSummaryTests(ITestOutputHelper output)
{
    [Fact]
    public void Summary_of_in_scope_files_is_printed()
    {
        var lines = new List<string> { "| Dialect | Keyword file | Passed | Total | Skipped (out-of-scope keyword) |", "|---|---|---|---|---|" };
        int passed = 0;
        int total = 0;
        foreach ((SchemaDialect dialect, string folder) in SuiteScope.Folders)
        {
            foreach (string file in dialect == SchemaDialect.Draft4 ? SuiteScope.Draft4Files : SuiteScope.Draft202012Files)
            {
                SuiteFileResult result = SuiteRunner.Run(dialect, file, assertFormats: false);
                lines.Add($"| {folder} | {file} | {result.Passed} | {result.Total} | {result.Skipped} |");
                passed += result.Passed;
                total += result.Total;
            }
        }

        lines.Add($"| all | | {passed} | {total} | |");
        string table = string.Join("\n", lines);
        output.WriteLine(table);
        System.Console.WriteLine(table);
        File.WriteAllText(Path.Combine(System.AppContext.BaseDirectory, "suite-summary.md"), table + "\n");
        Assert.Equal(total, passed);
    }
}
