using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Compares by identity, for caches keyed by a parsed document's objects (netstandard2.0 has no ReferenceEqualityComparer).
/// </summary>
internal sealed class SameInstance<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly SameInstance<T> Comparer = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
