using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// Median of this benchmark over the median of a reference benchmark with the same parameters (the same spec).
/// BenchmarkDotNet's own Ratio uses means, which one stall of a shared machine can skew; medians do not move.
/// </summary>
public sealed class MedianRatioColumn(string name, string referenceMethod) : IColumn
{
    public string Id => nameof(MedianRatioColumn) + "." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Median of this row / median of {referenceMethod} on the same spec, same run";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var reference = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.WorkloadMethod.Name == referenceMethod && c.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo);
        var mine = summary[benchmarkCase]?.ResultStatistics?.Median;
        var theirs = reference is null ? null : summary[reference]?.ResultStatistics?.Median;
        if (mine is null || theirs is null or 0)
        {
            return "-";
        }

        var ratio = mine.Value / theirs.Value;
        return ratio.ToString(ratio < 0.01 ? "0.0000" : "0.00", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
