using System.Collections.Generic;
using AiApiTestAutomation.Schemas;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Testing.Tests.Suite;

/// <summary>
/// One theory case per keyword file in scope (not per suite case: that would be thousands of test cases). Each asserts
/// every case of the file and fails with the list of mismatches. Formats are annotations here, as the drafts say.
/// </summary>
public sealed class JsonSchemaTestSuiteTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Draft4Files => SuiteScope.Cases(SchemaDialect.Draft4);

    public static IEnumerable<object[]> Draft202012Files => SuiteScope.Cases(SchemaDialect.Draft202012);

    [Theory]
    [MemberData(nameof(Draft4Files))]
    public void Draft4_keyword_file_passes_every_case(string file) => AssertFile(SchemaDialect.Draft4, file);

    [Theory]
    [MemberData(nameof(Draft202012Files))]
    public void Draft2020_12_keyword_file_passes_every_case(string file) => AssertFile(SchemaDialect.Draft202012, file);

    private void AssertFile(SchemaDialect dialect, string file)
    {
        SuiteFileResult result = SuiteRunner.Run(dialect, file, assertFormats: false);
        output.WriteLine($"{SuiteScope.Folders[dialect]}/{file}: {result.Passed}/{result.Total} passed, {result.Skipped} skipped (out-of-scope keyword)");
        Assert.True(result.Mismatches.Count == 0, $"{result.Mismatches.Count} mismatches in {file}:\n" + string.Join("\n", result.Mismatches));
    }
}
