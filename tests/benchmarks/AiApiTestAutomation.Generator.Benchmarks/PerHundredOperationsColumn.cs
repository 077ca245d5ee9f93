using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>Median time per 100 operations of the spec, in milliseconds: compile cost normalised across spec sizes.</summary>
public sealed class PerHundredOperationsColumn : IColumn
{
    public string Id => nameof(PerHundredOperationsColumn);

    public string ColumnName => "ms/100 ops";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 2;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Median in milliseconds × 100 / operations in the spec";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (median is null || benchmarkCase.Parameters["Spec"] is not string spec || OperationsColumn.For(spec) == 0)
        {
            return "-";
        }

        var milliseconds = median.Value / 1_000_000.0;
        return (milliseconds * 100 / OperationsColumn.For(spec)).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
