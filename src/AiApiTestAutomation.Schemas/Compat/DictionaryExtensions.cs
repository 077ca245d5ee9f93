#if NETSTANDARD2_0
using System.Collections.Generic;

namespace AiApiTestAutomation.Schemas.Compat;

/// <summary>Dictionary.TryAdd for netstandard2.0 (the net8.0 build uses the framework's).</summary>
internal static class DictionaryExtensions
{
    public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        if (dictionary.ContainsKey(key))
        {
            return false;
        }

        dictionary.Add(key, value);
        return true;
    }
}
#endif
