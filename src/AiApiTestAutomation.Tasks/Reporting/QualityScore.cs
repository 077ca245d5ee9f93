using System;
using System.Collections.Generic;
using System.Linq;

namespace AiApiTestAutomation.Tasks.Reporting;

/// <summary>
/// The quality score of docs/reports.md. Per operation, out of 100:
///   40 when any test is generated for it, +20 with an error-case test, +20 with a CRUD or validation test,
///   +20 for hygiene, less 10 per warning and 20 per error found on the operation (not below 0).
/// Per spec: the mean of its operations, less 5 per spec-level warning and 15 per spec-level error
/// (at most 30 off), clamped to 0..100; a spec that cannot be read scores 0, one without operations 0.
/// </summary>
internal static class QualityScore
{
    public static int ForOperation(IReadOnlyCollection<string> categories, IEnumerable<Finding> findings)
    {
        var score = 0;
        if (categories.Count > 0)
        {
            score += 40;
        }

        if (categories.Contains(TestCategories.Error))
        {
            score += 20;
        }

        if (categories.Contains(TestCategories.Crud) || categories.Contains(TestCategories.Validation))
        {
            score += 20;
        }

        return score + Math.Max(0, 20 - Penalty(findings, warning: 10, error: 20));
    }

    public static int ForSpec(IReadOnlyCollection<int> operationScores, IEnumerable<Finding> specFindings, bool readable)
    {
        if (!readable || operationScores.Count == 0)
        {
            return 0;
        }

        var mean = (int)Math.Round(operationScores.Average(), MidpointRounding.AwayFromZero);
        return Clamp(mean - Math.Min(30, Penalty(specFindings, warning: 5, error: 15)));
    }

    private static int Penalty(IEnumerable<Finding> findings, int warning, int error) =>
        findings.Sum(f => f.Severity switch
        {
            "Error" => error,
            "Warning" => warning,
            _ => 0,
        });

    private static int Clamp(int score) => Math.Max(0, Math.Min(100, score));
}
