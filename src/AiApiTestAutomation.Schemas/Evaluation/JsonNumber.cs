using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Schemas.Evaluation;

/// <summary>
/// A JSON number compared exactly: held as <see cref="decimal"/> when the text fits (so 0.1 + 0.2 questions and
/// multipleOf 0.01 are answered as written), otherwise as <see cref="double"/> (big numbers, 1e308).
/// </summary>
internal readonly struct JsonNumber : IComparable<JsonNumber>
{
    private readonly decimal exact;
    private readonly double approximate;

    private JsonNumber(decimal exact)
    {
        this.exact = exact;
        approximate = (double)exact;
        IsExact = true;
    }

    private JsonNumber(double approximate)
    {
        this.approximate = approximate;
        IsExact = false;
    }

    public bool IsExact { get; }

    public double AsDouble => approximate;

    public bool IsInteger => IsExact ? decimal.Truncate(exact) == exact : !double.IsInfinity(approximate) && Math.Floor(approximate) == approximate;

    public static JsonNumber From(decimal value) => new(value);

    public static JsonNumber From(double value)
    {
        // Doubles produced in code (not parsed text) become decimals when they safely can, so 0.07 stays 0.07.
        double magnitude = Math.Abs(value);
        if (value == 0 || (magnitude >= 1e-20 && magnitude <= 1e27))
        {
            return new JsonNumber((decimal)value);
        }

        return new JsonNumber(value);
    }

    public static bool TryRead(JsonNode? node, out JsonNumber number)
    {
        number = default;
        if (node is not JsonValue value)
        {
            return false;
        }

        if (value.TryGetValue(out JsonElement element))
        {
            return TryRead(element, out number);
        }

        if (value.TryGetValue(out int i)) { number = new JsonNumber((decimal)i); return true; }
        if (value.TryGetValue(out long l)) { number = new JsonNumber((decimal)l); return true; }
        if (value.TryGetValue(out double d)) { number = From(d); return !double.IsNaN(d); }
        if (value.TryGetValue(out decimal m)) { number = new JsonNumber(m); return true; }
        if (value.TryGetValue(out float f)) { number = From(f); return !float.IsNaN(f); }
        if (value.TryGetValue(out short s)) { number = new JsonNumber((decimal)s); return true; }
        if (value.TryGetValue(out byte b)) { number = new JsonNumber((decimal)b); return true; }
        if (value.TryGetValue(out uint ui)) { number = new JsonNumber((decimal)ui); return true; }
        if (value.TryGetValue(out ulong ul)) { number = new JsonNumber((decimal)ul); return true; }
        if (value.TryGetValue(out sbyte sb)) { number = new JsonNumber((decimal)sb); return true; }
        if (value.TryGetValue(out ushort us)) { number = new JsonNumber((decimal)us); return true; }
        return false;
    }

    public static bool TryRead(JsonElement element, out JsonNumber number)
    {
        number = default;
        if (element.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (element.TryGetDecimal(out decimal exactValue))
        {
            number = new JsonNumber(exactValue);
            return true;
        }

        number = new JsonNumber(double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture));
        return true;
    }

    public int CompareTo(JsonNumber other) =>
        IsExact && other.IsExact ? exact.CompareTo(other.exact) : approximate.CompareTo(other.approximate);

    public bool IsMultipleOf(JsonNumber divisor)
    {
        if (IsExact && divisor.IsExact && divisor.exact != 0)
        {
            return exact % divisor.exact == 0;
        }

        double quotient = approximate / divisor.approximate;
        return !double.IsInfinity(quotient) && !double.IsNaN(quotient) && Math.Floor(quotient) == quotient;
    }

    public override string ToString() =>
        IsExact ? exact.ToString(CultureInfo.InvariantCulture) : approximate.ToString("R", CultureInfo.InvariantCulture);
}
