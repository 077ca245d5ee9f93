using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using AiApiTestAutomation.Testing.Performance;

// Usage: LoadBench <url> <connections> <seconds | Nreq> [rate]
//   "5"    closed loop for 5 s;  "20000r" closed loop for 20,000 requests;  a fourth argument selects open loop at that rate.
// Prints one JSON line: the engine's percentiles, throughput and the CPU the measured phase cost this process.
// "noop" instead of a URL measures the engine alone (a request that answers 200 at once).
var noop = args[0] == "noop";
var url = new Uri(noop ? "http://127.0.0.1/" : args[0]);
var connections = int.Parse(args[1], CultureInfo.InvariantCulture);
var amount = args[2];
var rate = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 0;

var profile = amount.EndsWith('r')
    ? new LoadProfile { Concurrency = connections, Requests = int.Parse(amount.TrimEnd('r'), CultureInfo.InvariantCulture), WarmupRequests = 1000, TimeLimit = TimeSpan.FromMinutes(5) }
    : new LoadProfile { Concurrency = connections, Duration = TimeSpan.FromSeconds(double.Parse(amount, CultureInfo.InvariantCulture)), RatePerSecond = rate, WarmupRequests = 1000, TimeLimit = TimeSpan.FromMinutes(5) };

using var client = new HttpLoadClient(connections);
var request = new PreparedRequest(HttpMethod.Get, url, Array.Empty<System.Collections.Generic.KeyValuePair<string, string>>(), null);
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var result = noop ? await LoadRunner.RunAsync(_ => new System.Threading.Tasks.ValueTask<int>(200), profile) : await client.RunAsync(request, profile);
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

Console.WriteLine(JsonSerializer.Serialize(new
{
    tool = "engine" + (Environment.GetEnvironmentVariable(HttpLoadClient.ClientVariable) is { Length: > 0 } engine ? "-" + engine : string.Empty),
    connections,
    requests = result.Requests,
    errors = result.Errors,
    seconds = result.Elapsed.TotalSeconds,
    rps = result.RequestsPerSecond,
    p50 = result.Latency.P50,
    p90 = result.Latency.P90,
    p99 = result.Latency.P99,
    max = result.Latency.Max,
    cpuMs = result.ProcessCpuTime.TotalMilliseconds,
    cpuMsPer10k = result.ProcessCpuTime.TotalMilliseconds * 10_000 / Math.Max(1, result.Requests),
    // Includes the warm-up's allocations; divided by measured + warm-up requests.
    bytesPerRequest = allocated / (double)(result.Requests + profile.WarmupRequests),
}));
