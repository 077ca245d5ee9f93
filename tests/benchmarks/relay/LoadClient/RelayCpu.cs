using System;
using System.Globalization;
using System.IO;

/// <summary>
/// CPU time (user + system) the relay process has used, read from /proc/&lt;pid&gt;/stat. Sampled at the start and
/// end of the measured window, it gives CPU per accepted webhook: unlike latency, that figure barely moves when
/// other work shares the machine, so it is the one to compare changes by on a busy host.
/// </summary>
internal static class RelayCpu
{
    // USER_HZ is 100 on every Linux ABI .NET runs on (sysconf(_SC_CLK_TCK)); the kernel reports in those ticks.
    private const double TicksPerSecond = 100;

    public static TimeSpan? Read(int? pid)
    {
        if (pid is null)
        {
            return null;
        }

        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may contain spaces; the fields after its closing parenthesis are fixed.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
