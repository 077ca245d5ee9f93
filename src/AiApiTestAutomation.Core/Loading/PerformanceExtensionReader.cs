using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>Reads an operation's <c>x-performance</c> extension into <see cref="PerformanceSettings"/>.</summary>
internal static class PerformanceExtensionReader
{
    public const string Name = "x-performance";

    /// <summary>The settings, or null when absent. A field of the wrong type is reported through <paramref name="problem"/> and ignored.</summary>
    public static PerformanceSettings? Read(IDictionary<string, IOpenApiExtension>? extensions, System.Action<string> problem)
    {
        if (extensions is null || !extensions.TryGetValue(Name, out var extension))
        {
            return null;
        }

        if (extension is not JsonNodeExtension { Node: JsonObject values })
        {
            problem($"{Name} must be an object such as {{ \"p95Ms\": 200 }}; it is ignored");
            return null;
        }

        return new PerformanceSettings(
            Enabled: Bool(values, "enabled", problem),
            P95Ms: Number(values, "p95Ms", problem),
            P99Ms: Number(values, "p99Ms", problem),
            Concurrency: Integer(values, "concurrency", problem),
            Requests: Integer(values, "requests", problem),
            DurationSeconds: Number(values, "durationSeconds", problem),
            Rate: Number(values, "rate", problem),
            MaxErrorRate: Number(values, "maxErrorRate", problem, allowZero: true));
    }

    private static double? Number(JsonObject values, string name, System.Action<string> problem, bool allowZero = false)
    {
        if (!values.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var number) && (number > 0 || (allowZero && number == 0)))
        {
            return number;
        }

        problem($"{Name}.{name} must be a {(allowZero ? "non-negative" : "positive")} number, not {node.ToJsonString()}; it is ignored");
        return null;
    }

    private static int? Integer(JsonObject values, string name, System.Action<string> problem)
    {
        var number = Number(values, name, problem);
        if (number is null)
        {
            return null;
        }

        if (number.Value % 1 == 0 && number.Value <= int.MaxValue)
        {
            return (int)number.Value;
        }

        problem($"{Name}.{name} must be a whole number, not {number.Value.ToString(CultureInfo.InvariantCulture)}; it is ignored");
        return null;
    }

    private static bool? Bool(JsonObject values, string name, System.Action<string> problem)
    {
        if (!values.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValueKind() == JsonValueKind.True;
        }

        problem($"{Name}.{name} must be true or false, not {node.ToJsonString()}; it is ignored");
        return null;
    }
}
