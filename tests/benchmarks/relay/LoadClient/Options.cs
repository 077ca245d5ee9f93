using System;
using System.Globalization;

/// <summary>Command line of the load client.</summary>
internal sealed record Options(string Url, string Path, int Connections, int Rate, TimeSpan Duration, TimeSpan Warmup, string? Database, int? RelayPid)
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
            database.Length == 0 ? null : database,
            Get("--relay-pid", string.Empty) is { Length: > 0 } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null);
    }
}
