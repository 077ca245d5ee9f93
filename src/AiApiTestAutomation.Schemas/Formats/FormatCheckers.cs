using System;
using System.Collections.Generic;

namespace AiApiTestAutomation.Schemas.Formats;

/// <summary>The string formats asserted for OpenAPI schemas (and in the test suite's optional format files).</summary>
internal static class FormatCheckers
{
    private static readonly Dictionary<string, Func<string, bool>> StringFormats = new(StringComparer.Ordinal)
    {
        ["date"] = DateTimeFormats.IsDate,
        ["date-time"] = DateTimeFormats.IsDateTime,
        ["time"] = DateTimeFormats.IsTime,
        ["uuid"] = NetworkFormats.IsUuid,
        ["email"] = NetworkFormats.IsEmail,
        ["uri"] = NetworkFormats.IsUri,
        ["ipv4"] = NetworkFormats.IsIpv4,
        ["ipv6"] = NetworkFormats.IsIpv6,
        ["hostname"] = NetworkFormats.IsHostname,
    };

    public static Func<string, bool>? ForString(string format) =>
        StringFormats.TryGetValue(format, out Func<string, bool>? check) ? check : null;

    /// <summary>The inclusive range of the numeric formats, or null for a format that is not numeric.</summary>
    public static (double Minimum, double Maximum, bool IntegerOnly)? ForNumber(string format) => format switch
    {
        "int32" => (int.MinValue, int.MaxValue, true),
        "int64" => (long.MinValue, long.MaxValue, true),
        "float" => (-float.MaxValue, float.MaxValue, false),
        "double" => (-double.MaxValue, double.MaxValue, false),
        _ => null,
    };
}
