using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiApiTestAutomation.Schemas;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Testing.Tests.Suite;

/// <summary>
/// The suite's optional/ files (formats, bignum, ECMAScript regex details) are reported, not asserted: the standard
/// leaves them optional. Formats are asserted here, as the OpenAPI dialects do. Only "nothing throws" is required.
/// </summary>
public sealed class OptionalSuiteTests(ITestOutputHelper output)
{
    [Fact]
    public void Optional_files_are_reported_and_nothing_throws()
    {
        var lines = new List<string> { "| Dialect | Optional file | Passed | Total |", "|---|---|---|---|" };
        var crashes = new List<string>();
        foreach ((SchemaDialect dialect, string folder) in SuiteScope.Folders)
        {
            string optionalDir = Path.Combine(TestPaths.TestSuiteDir, "tests", folder, "optional");
            foreach (string path in Directory.GetFiles(optionalDir, "*.json", SearchOption.AllDirectories).Order())
            {
                string relative = Path.GetRelativePath(Path.Combine(TestPaths.TestSuiteDir, "tests", folder), path).Replace('\\', '/')[..^5];
                SuiteFileResult result = SuiteRunner.Run(dialect, relative, assertFormats: true);
                lines.Add($"| {folder} | {relative} | {result.Passed} | {result.Total} |");
                crashes.AddRange(result.Mismatches.Where(line => line.Contains(": threw ", System.StringComparison.Ordinal)).Select(line => $"{folder}/{relative}: {line}"));
            }
        }

        string table = string.Join("\n", lines);
        output.WriteLine(table);
        System.Console.WriteLine(table);
        File.WriteAllText(Path.Combine(System.AppContext.BaseDirectory, "optional-suite-summary.md"), table + "\n");
        Assert.True(crashes.Count == 0, string.Join("\n", crashes));
    }
}
