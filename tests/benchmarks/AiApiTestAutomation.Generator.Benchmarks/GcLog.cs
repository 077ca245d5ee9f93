using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Threading;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// Every garbage collection of a <c>--loop</c> run (with <c>AAT_GC_LOG=1</c>): its generation, whether it ran in the
/// background, how far into the run it started (megabytes allocated) and how long it paused the run. On this machine
/// collections cost as much as the work (docs/performance.md, seventh round), and this shows which ones a run meets.
/// </summary>
internal sealed class GcLog : EventListener
{
    // The runtime hands its events to listeners from a thread of its own, a little after they happen.
    private static readonly TimeSpan Delivery = TimeSpan.FromMilliseconds(200);

    private readonly List<string> lines = new();
    private long allocatedAtStart;
    private DateTime suspended;
    private string current = string.Empty;
    private volatile bool listening;

    public void StartRun(int round)
    {
        Thread.Sleep(Delivery);
        allocatedAtStart = GC.GetTotalAllocatedBytes();
        listening = true;
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"run {round}"));
    }

    public void EndRun()
    {
        Thread.Sleep(Delivery);
        listening = false;
    }

    public void Print()
    {
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Informational, (EventKeywords)1); // the GC keyword
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!listening || e.Payload is not { } payload)
        {
            return;
        }

        switch (e.EventName)
        {
            case "GCStart_V2":
                // Payload: count, depth (the generation), reason, type (0 blocking, 1 background).
                current = string.Create(CultureInfo.InvariantCulture, $"gen{payload[1]}{((uint)payload[3]! == 1 ? " background" : string.Empty)}");
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {current} starts {(GC.GetTotalAllocatedBytes() - allocatedAtStart) / 1e6:0.0} MB into the run"));
                break;
            case "GCSuspendEEBegin_V1":
                suspended = e.TimeStamp;
                break;
            case "GCRestartEEEnd_V1":
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"  pause {(e.TimeStamp - suspended).TotalMilliseconds:0.0} ms (last started: {current})"));
                break;
        }
    }
}
