using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>
/// The client signatures of one spec's operations, each worked out once: the client, CRUD and performance writers all
/// ask for them. It lives as long as one emit of the spec (it travels with <see cref="SpecNames"/>); a static
/// ConditionalWeakTable did this before, at the price of a dependent GC handle per operation and its lock.
/// </summary>
internal sealed class ClientSignatures
{
    private readonly Dictionary<ApiOperation, ClientSignature> computed = new(ByReference.Instance);

    public ClientSignature For(ApiOperation operation)
    {
        if (!computed.TryGetValue(operation, out var signature))
        {
            computed[operation] = signature = ClientSignature.Compute(operation);
        }

        return signature;
    }

    // Operations are records: hashing one by value reads every field, and the same instance is always asked for.
    private sealed class ByReference : IEqualityComparer<ApiOperation>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(ApiOperation? x, ApiOperation? y) => ReferenceEquals(x, y);

        public int GetHashCode(ApiOperation obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
