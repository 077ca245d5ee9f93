using System.Linq;
using System.Net;
using System.Text;

namespace AiApiTestAutomation.Tasks.Reporting;

/// <summary>
/// api-test-report.html: one self-contained page (inline CSS, no scripts, fonts or images from elsewhere),
/// so it opens from a CI artifact or a mail attachment without a network.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1f2328;background:#fff}
        h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .25rem}
        .meta{color:#59636e;margin:0 0 1rem}
        .score{display:inline-block;min-width:3.2rem;padding:.15rem .5rem;border-radius:1rem;font-weight:600;text-align:center;color:#fff}
        .good{background:#1a7f37}.fair{background:#9a6700}.poor{background:#cf222e}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{border-bottom:1px solid #d1d9e0;padding:.4rem .5rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}td.num{text-align:right}
        code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}td code{white-space:nowrap}
        .cat{display:inline-block;margin:0 .2rem .2rem 0;padding:0 .4rem;border-radius:.3rem;background:#ddf4ff;color:#0969da;font-size:.8rem}
        .none{color:#59636e;font-style:italic}
        .finding{margin:.1rem 0;font-size:.85rem}.Error{color:#cf222e}.Warning{color:#9a6700}.Info{color:#59636e}
        """;

    public static string Write(ProjectReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>API test report: ")
            .Append(E(report.Project)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>API test report: ").Append(E(report.Project)).Append("</h1>\n<p class=\"meta\">Quality score ")
            .Append(Badge(report.Score)).Append(" over ").Append(report.Specs.Count).Append(" spec(s); formula in docs/reports.md</p>\n");

        foreach (var spec in report.Specs)
        {
            html.Append("<h2>").Append(E(spec.Path)).Append(' ').Append(Badge(spec.Score)).Append("</h2>\n<p class=\"meta\">");
            if (spec.Title is not null)
            {
                html.Append(E(spec.Title)).Append(' ').Append(E(spec.Version ?? string.Empty)).Append(" · OpenAPI ").Append(E(spec.SpecVersion ?? "?")).Append(" · ");
            }

            html.Append(spec.Operations.Count).Append(" operations · ").Append(spec.Operations.Sum(o => o.TestCount)).Append(" generated tests</p>\n");
            foreach (var finding in spec.Findings)
            {
                html.Append(Finding(finding));
            }

            if (spec.Operations.Count == 0)
            {
                continue;
            }

            html.Append("<table>\n<thead><tr><th>Operation</th><th>Id</th><th>Generated tests</th><th>Tests</th><th>Score</th><th>Findings</th></tr></thead>\n<tbody>\n");
            foreach (var operation in spec.Operations)
            {
                html.Append("<tr><td><code>").Append(E(operation.Method)).Append(' ').Append(E(operation.Path)).Append("</code></td><td>")
                    .Append(E(operation.OperationId)).Append("</td><td>");
                html.Append(operation.Categories.Count == 0
                    ? "<span class=\"none\">none</span>"
                    : string.Concat(operation.Categories.Select(c => $"<span class=\"cat\">{E(c)}</span>")));
                html.Append("</td><td class=\"num\">").Append(operation.TestCount).Append("</td><td>").Append(Badge(operation.Score)).Append("</td><td>");
                foreach (var finding in operation.Findings)
                {
                    html.Append(Finding(finding));
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Badge(int score)
    {
        var band = score >= 80 ? "good" : score >= 50 ? "fair" : "poor";
        return $"<span class=\"score {band}\">{score}</span>";
    }

    private static string Finding(Finding finding) =>
        $"<div class=\"finding {E(finding.Severity)}\">{E(finding.Severity)} {E(finding.Id)}{(finding.Line > 0 ? $" (line {finding.Line})" : string.Empty)}: {E(finding.Message)}</div>\n";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
