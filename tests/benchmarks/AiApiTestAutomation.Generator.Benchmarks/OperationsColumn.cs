using System.Collections.Concurrent;
using System.Globalization;
using AiApiTestAutomation.Core.Loading;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>How many operations the spec has, as the generator's model counts them (the unit of "per 100 operations").</summary>
public sealed class OperationsColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, int> Counts = new();

    public string Id => nameof(OperationsColumn);

    public string ColumnName => "Ops";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Params;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Operations in the spec";

    public static int For(string spec) => Counts.GetOrAdd(spec, static name =>
    {
        var (path, text) = BenchmarkSpecs.Load(name);
        return SpecLoader.Load(path, text, new SpecLoadOptions(ExampleScope.None)).Spec?.Operations.Count ?? 0;
    });

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        benchmarkCase.Parameters["Spec"] is string spec ? For(spec).ToString(CultureInfo.InvariantCulture) : "-";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
