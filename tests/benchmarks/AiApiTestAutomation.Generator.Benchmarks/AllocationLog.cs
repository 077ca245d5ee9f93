using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// What a <c>--loop</c> run allocates, by type (with <c>AAT_ALLOC_LOG=1</c>): the runtime samples an allocation about
/// every 100 KB and names its type, so the totals are estimates to rank by. On the large specs collections are a third
/// of a run (docs/performance.md), and their count follows the bytes allocated.
/// </summary>
internal sealed class AllocationLog : EventListener
{
    private readonly ConcurrentDictionary<string, long> bytesByType = new();
    private volatile bool listening;
    private int runs;

    public void StartRun()
    {
        Thread.Sleep(200);
        listening = true;
        runs++;
    }

    public void EndRun()
    {
        Thread.Sleep(200);
        listening = false;
    }

    public void Print(int top = 30)
    {
        var total = bytesByType.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sampled allocations, per run: {total / 1e6 / runs:0.0} MB"));
        foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6 / runs,8:0.00} MB  {type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)1); // the GC keyword; allocation ticks are verbose
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!listening || e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is not { } names || e.Payload is not { } payload)
        {
            return;
        }

        var type = payload[names.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
