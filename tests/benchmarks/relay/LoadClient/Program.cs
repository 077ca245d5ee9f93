using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

// Open-loop load: each of N senders fires on its own fixed schedule (rate / N per second), so a slow response
// delays nothing else and latency is measured from the scheduled send time (no coordinated omission).
// With --rate 0 every sender sends back-to-back instead (closed loop), which finds the saturation throughput.
var options = Options.Parse(args);
using var handler = new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Connections,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    ConnectTimeout = TimeSpan.FromSeconds(10),
};
using var client = new HttpClient(handler) { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromSeconds(30) };

var clock = Stopwatch.StartNew();
var warmupEnd = options.Warmup;
var end = options.Warmup + options.Duration;
var results = new SenderResult[options.Connections];
var senders = new Task[options.Connections];
for (var s = 0; s < options.Connections; s++)
{
    var sender = s;
    results[sender] = new SenderResult();
    senders[sender] = Task.Run(() => SendAsync(sender, results[sender]));
}

await Task.WhenAll(senders);

var latencies = results.SelectMany(r => r.LatenciesUs).OrderBy(l => l).ToArray();
var accepted = results.Sum(r => r.MeasuredAccepted);
var errors = results.Sum(r => r.Errors);
var allAccepted = results.SelectMany(r => r.AcceptedHashes).ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mode             {(options.Rate > 0 ? $"open loop, target {options.Rate}/s" : "closed loop")}, {options.Connections} concurrent senders, {options.Duration.TotalSeconds:0}s measured after {options.Warmup.TotalSeconds:0}s warm-up"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accepted/s       {accepted / options.Duration.TotalSeconds:0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency p50      {Percentile(latencies, 0.50) / 1000.0:0.00} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency p90      {Percentile(latencies, 0.90) / 1000.0:0.00} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency p99      {Percentile(latencies, 0.99) / 1000.0:0.00} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency max      {(latencies.Length == 0 ? 0 : latencies[^1]) / 1000.0:0.00} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"errors/non-202   {errors}"));

if (options.Database is not null)
{
    // Every delivery that got 202 must be in the inbox file: compare by body hash, which the relay stores.
    using var connection = new SqliteConnection($"Data Source={options.Database};Mode=ReadOnly;Pooling=False");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT body_hash FROM events";
    var stored = new HashSet<string>(StringComparer.Ordinal);
    using (var reader = command.ExecuteReader())
    {
        while (reader.Read())
        {
            stored.Add(reader.GetString(0));
        }
    }

    var lost = allAccepted.Count(h => !stored.Contains(h));
    Console.WriteLine($"acknowledged     {allAccepted.Count} (whole run), found in inbox {allAccepted.Count - lost}, lost {lost}");
    return lost == 0 ? 0 : 1;
}

return 0;

async Task SendAsync(int sender, SenderResult result)
{
    var interval = options.Rate > 0 ? TimeSpan.FromSeconds((double)options.Connections / options.Rate) : TimeSpan.Zero;

    // Senders are spread evenly over one interval so the aggregate rate is smooth.
    var next = options.Rate > 0 ? TimeSpan.FromTicks(interval.Ticks * sender / options.Connections) : TimeSpan.Zero;
    for (var i = 0; ; i++)
    {
        if (options.Rate > 0)
        {
            var wait = next - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
        }

        var scheduled = options.Rate > 0 ? next : clock.Elapsed;
        if (scheduled >= end)
        {
            return;
        }

        var body = $"{{\"event\":\"API_UPDATED\",\"title\":\"bench\",\"content\":\"sender {sender} delivery {i}\"}}";
        var ok = false;
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(options.Path, content);
            ok = response.StatusCode == HttpStatusCode.Accepted;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
        }

        var latency = clock.Elapsed - scheduled;
        if (ok)
        {
            result.AcceptedHashes.Add(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))));
        }

        if (scheduled >= warmupEnd)
        {
            if (ok)
            {
                result.MeasuredAccepted++;
                result.LatenciesUs.Add((long)latency.TotalMicroseconds);
            }
            else
            {
                result.Errors++;
            }
        }

        next += interval;
    }
}

static long Percentile(long[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

internal sealed class SenderResult
{
    public List<long> LatenciesUs { get; } = new();

    public List<string> AcceptedHashes { get; } = new();

    public long MeasuredAccepted { get; set; }

    public long Errors { get; set; }
}

internal sealed record Options(string Url, string Path, int Connections, int Rate, TimeSpan Duration, TimeSpan Warmup, string? Database)
{
    public static Options Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        var database = Get("--db", string.Empty);
        return new Options(
            Get("--url", "http://127.0.0.1:5080"),
            Get("--path", "/webhooks/apifox/bench/bench-path-secret-0123456789"),
            int.Parse(Get("--connections", "1000"), CultureInfo.InvariantCulture),
            int.Parse(Get("--rate", "5000"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Get("--duration", "20"), CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Get("--warmup", "3"), CultureInfo.InvariantCulture)),
            database.Length == 0 ? null : database);
    }
}
