using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

// Open-loop load: deliveries are due at a fixed aggregate rate, spread round-robin over N senders that each own
// one keep-alive connection, and latency is measured from the scheduled send time (no coordinated omission).
// With --rate 0 every sender sends back-to-back instead (closed loop), which finds the saturation throughput.
var options = Options.Parse(args);
var uri = new Uri(options.Url);
var endPoint = new IPEndPoint(IPAddress.Parse(uri.Host), uri.Port);
var requestLine = $"POST {options.Path} HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: application/json\r\n";

var connections = new RawHttpConnection[options.Connections];
for (var i = 0; i < connections.Length; i++)
{
    connections[i] = await RawHttpConnection.ConnectAsync(endPoint);
}

var end = options.Warmup + options.Duration;
using var deadline = new CancellationTokenSource(end + TimeSpan.FromSeconds(30));
var clock = Stopwatch.StartNew();
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var relayCpu = new TimeSpan?[2];
var cpuSampler = new Thread(() =>
{
    // The measured window only: JIT and tiering during the warm-up are not per-request costs.
    Thread.Sleep(Max(TimeSpan.Zero, options.Warmup - clock.Elapsed));
    relayCpu[0] = RelayCpu.Read(options.RelayPid);
    Thread.Sleep(Max(TimeSpan.Zero, end - clock.Elapsed));
    relayCpu[1] = RelayCpu.Read(options.RelayPid);
}) { IsBackground = true, Name = "cpu-sampler" };
cpuSampler.Start();
var senders = connections.Select((c, i) => new Sender(i, c, requestLine, clock, options.Warmup, deadline.Token)).ToArray();
if (options.Rate > 0)
{
    var dispatcher = new Thread(() => OpenLoopDispatcher.Run(senders, options.Rate, clock, end)) { Name = "dispatcher", Priority = ThreadPriority.Highest };
    dispatcher.Start();
    dispatcher.Join();

    // Let the last deliveries finish; an answer that never comes is counted when the deadline cancels it.
    while (senders.Any(s => s.InFlight) && !deadline.IsCancellationRequested)
    {
        await Task.Delay(10);
    }
}
else
{
    await Task.WhenAll(senders.Select(s => Task.Run(() => s.RunClosedLoopAsync(end))));
}

cpuSampler.Join();
var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
var wall = clock.Elapsed;
foreach (var connection in connections)
{
    connection.Dispose();
}

var latencies = senders.SelectMany(s => s.LatenciesUs).Order().ToArray();
var lags = senders.SelectMany(s => s.SendLagUs).Order().ToArray();
var accepted = latencies.Length;
var errors = senders.Sum(s => s.Errors);
Console.WriteLine(Invariant($"mode             {(options.Rate > 0 ? $"open loop, target {options.Rate}/s" : "closed loop")}, {options.Connections} concurrent senders (one connection each), {options.Duration.TotalSeconds:0}s measured after {options.Warmup.TotalSeconds:0}s warm-up"));
Console.WriteLine(Invariant($"accepted/s       {accepted / options.Duration.TotalSeconds:0}"));
Console.WriteLine(Invariant($"latency p50      {Ms(latencies, 0.50)} ms"));
Console.WriteLine(Invariant($"latency p90      {Ms(latencies, 0.90)} ms"));
Console.WriteLine(Invariant($"latency p99      {Ms(latencies, 0.99)} ms"));
Console.WriteLine(Invariant($"latency p99.9    {Ms(latencies, 0.999)} ms"));
Console.WriteLine(Invariant($"latency max      {Ms(latencies, 1.0)} ms"));
Console.WriteLine(Invariant($"send lag         p50 {Ms(lags, 0.50)} ms, p99 {Ms(lags, 0.99)} ms, max {Ms(lags, 1.0)} ms (scheduled → written to the socket; part of the latency above)"));
Console.WriteLine(Invariant($"client cpu       {clientCpu.TotalSeconds / wall.TotalSeconds * 100:0}% of one core"));
if (relayCpu[0] is { } cpuStart && relayCpu[1] is { } cpuEnd && accepted > 0)
{
    var relaySeconds = (cpuEnd - cpuStart).TotalSeconds;
    Console.WriteLine(Invariant($"relay cpu        {relaySeconds * 1e6 / accepted:0} µs per accepted webhook ({relaySeconds / options.Duration.TotalSeconds * 100:0}% of one core over the measured window)"));
}

Console.WriteLine($"loadavg          {File.ReadAllText("/proc/loadavg").Trim()} (at the end; 1-min figure includes this benchmark's own processes)");
Console.WriteLine(Invariant($"errors/non-202   {errors}"));

if (options.Database is null)
{
    return 0;
}

var acknowledged = senders.SelectMany(s => s.AcceptedDeliveries.Select(d => Sender.Body(s.Index, d))).ToList();
var lost = InboxCheck.CountMissing(options.Database, acknowledged);
Console.WriteLine($"acknowledged     {acknowledged.Count} (whole run), found in inbox {acknowledged.Count - lost}, lost {lost}");
return lost == 0 ? 0 : 1;

static string Ms(long[] sortedUs, double p) =>
    sortedUs.Length == 0 ? "-" : (sortedUs[Math.Min(sortedUs.Length - 1, (int)Math.Ceiling(p * sortedUs.Length) - 1)] / 1000.0).ToString("0.00", CultureInfo.InvariantCulture);

static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
