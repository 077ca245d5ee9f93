using System;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>Numbers inside the (exclusive) bounds and on the multipleOf grid, computed in decimal so they validate exactly.</summary>
internal sealed partial class ValueGenerator
{
    private const decimal DefaultSpan = 1000m;
    private const decimal Huge = 1_000_000_000_000_000m;

    private JsonNode GenerateNumber(EffectiveSchema effective, bool integer)
    {
        (decimal low, decimal high) = NumericRange(effective, integer);
        decimal step = effective.MultipleOf is { IsExact: true } multiple ? AsDecimal(multiple) : integer ? 1m : 0.01m;
        if (integer && step != decimal.Truncate(step))
        {
            // An integer on a fractional grid: the grid's integer points are multiples of step's numerator; 100 * step always is one.
            step *= 100m;
        }

        decimal firstIndex = Math.Ceiling(low / step);
        decimal lastIndex = Math.Floor(high / step);
        if (lastIndex < firstIndex)
        {
            decimal middle = integer ? Math.Round((low + high) / 2m) : (low + high) / 2m;
            return integer ? JsonValue.Create((long)middle) : JsonValue.Create(middle);
        }

        decimal span = Math.Min(lastIndex - firstIndex, DefaultSpan);
        decimal value = (firstIndex + context.Random.Int(0, (int)span)) * step;
        return integer ? JsonValue.Create((long)value) : JsonValue.Create(value);
    }

    /// <summary>The closed range allowed, with exclusive bounds nudged inwards and unbounded sides given a sensible default.</summary>
    private static (decimal Low, decimal High) NumericRange(EffectiveSchema effective, bool integer)
    {
        decimal nudge = integer ? 1m : 0.01m;
        decimal? low = effective.Minimum is { } minimum ? Clamp(AsDecimal(minimum)) : null;
        decimal? high = effective.Maximum is { } maximum ? Clamp(AsDecimal(maximum)) : null;
        if (low is not null && effective.ExclusiveMinimum)
        {
            low = integer ? Math.Floor(low.Value) + 1m : low + Math.Min(nudge, SpanOf(low, high) / 4m);
        }

        if (high is not null && effective.ExclusiveMaximum)
        {
            high = integer ? Math.Ceiling(high.Value) - 1m : high - Math.Min(nudge, SpanOf(low, high) / 4m);
        }

        (decimal formatLow, decimal formatHigh) = effective.Format switch
        {
            "int32" => ((decimal)int.MinValue, (decimal)int.MaxValue),
            "int64" => (-Huge, Huge),
            _ => (-Huge, Huge),
        };
        decimal resolvedLow = low ?? (high is { } h && h < 1m ? h - DefaultSpan : 1m);
        decimal resolvedHigh = high ?? resolvedLow + DefaultSpan;
        return (Math.Max(resolvedLow, formatLow), Math.Min(resolvedHigh, formatHigh));
    }

    private static decimal SpanOf(decimal? low, decimal? high) => low is not null && high is not null && high > low ? high.Value - low.Value : 4m;

    private static decimal Clamp(decimal value) => Math.Max(-Huge, Math.Min(Huge, value));

    private static decimal AsDecimal(JsonNumber number) =>
        number.IsExact ? decimal.Parse(number.ToString(), System.Globalization.CultureInfo.InvariantCulture) : (decimal)Math.Max(-7.9e27, Math.Min(7.9e27, number.AsDouble));
}
