namespace AiApiTestAutomation.Schemas;

/// <summary>One reason an instance does not conform to its schema.</summary>
/// <param name="InstancePointer">JSON pointer into the instance ("" is the root).</param>
/// <param name="SchemaLocation">Where the failing keyword is written, e.g. <c>#/components/schemas/Product/properties/price/maximum</c>.</param>
/// <param name="Keyword">The failing keyword, e.g. <c>maximum</c>.</param>
/// <param name="Expected">What the schema asks for, in words.</param>
/// <param name="Actual">What the instance holds, shortened.</param>
public sealed record SchemaViolation(string InstancePointer, string SchemaLocation, string Keyword, string Expected, string Actual)
{
    /// <summary>Reads like <c>/items/0/price: expected number ≤ 100000, got 100001 (schema #/.../maximum)</c>.</summary>
    public override string ToString()
    {
        string where = InstancePointer.Length == 0 ? "(root)" : InstancePointer;
        return $"{where}: expected {Expected}, got {Actual} (schema {SchemaLocation})";
    }
}
