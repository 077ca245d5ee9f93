using System.Linq;
using System.Text;

namespace AiApiTestAutomation.Tasks.Reporting;

/// <summary>api-test-report.md: for pull-request comments and CI summaries.</summary>
internal static class MarkdownReportWriter
{
    public static string Write(ProjectReport report)
    {
        var md = new StringBuilder();
        md.Append("# API test report: ").Append(Escape(report.Project)).Append('\n').Append('\n');
        md.Append("Quality score: **").Append(report.Score).Append("/100** (formula: docs/reports.md)\n");
        foreach (var spec in report.Specs)
        {
            md.Append('\n').Append("## ").Append(Escape(spec.Path)).Append('\n').Append('\n');
            if (spec.Title is not null)
            {
                md.Append(Escape(spec.Title)).Append(' ').Append(Escape(spec.Version ?? string.Empty)).Append(" (OpenAPI ").Append(spec.SpecVersion).Append("), ");
            }

            md.Append("score **").Append(spec.Score).Append("/100**, ")
              .Append(spec.Operations.Count).Append(" operations, ")
              .Append(spec.Operations.Sum(o => o.TestCount)).Append(" generated tests\n");

            if (spec.Operations.Count > 0)
            {
                md.Append('\n').Append("| Operation | Id | Categories | Tests | Score | Findings |\n|---|---|---|---:|---:|---|\n");
                foreach (var operation in spec.Operations)
                {
                    md.Append("| `").Append(operation.Method).Append(' ').Append(operation.Path.Replace("|", "\\|")).Append("` | ")
                      .Append(Escape(operation.OperationId)).Append(" | ")
                      .Append(operation.Categories.Count == 0 ? "none" : string.Join(", ", operation.Categories)).Append(" | ")
                      .Append(operation.TestCount).Append(" | ")
                      .Append(operation.Score).Append(" | ")
                      .Append(string.Join("<br>", operation.Findings.Select(f => $"{f.Id} {Escape(f.Message)}"))).Append(" |\n");
                }
            }

            if (spec.Findings.Count > 0)
            {
                md.Append('\n').Append("Spec findings:\n\n");
                foreach (var finding in spec.Findings)
                {
                    md.Append("- ").Append(finding.Severity).Append(' ').Append(finding.Id).Append(" (line ").Append(finding.Line).Append("): ").Append(Escape(finding.Message)).Append('\n');
                }
            }
        }

        return md.ToString();
    }

    // Spec text is untrusted: table separators, HTML and line breaks must not break the layout.
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
}
