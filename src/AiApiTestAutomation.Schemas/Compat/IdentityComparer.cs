using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace AiApiTestAutomation.Schemas.Compat;

/// <summary>Compares by reference (schema nodes are identified by the object, not their JSON); netstandard2.0 has no ReferenceEqualityComparer.</summary>
internal sealed class IdentityComparer : IEqualityComparer<object?>
{
    public static IdentityComparer Instance { get; } = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object? obj) => obj is null ? 0 : RuntimeHelpers.GetHashCode(obj);
}
