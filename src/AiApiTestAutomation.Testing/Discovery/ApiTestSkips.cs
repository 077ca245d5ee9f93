using System;
using System.Collections.Generic;

namespace AiApiTestAutomation.Testing.Discovery;

/// <summary>
/// Generated tests a team turns off, declared in the fixture's partial hook:
/// <code>
/// static partial void ConfigureSkips(ApiTestSkips skips) =>
///     skips.Skip("deleteProduct", "Deletion is disabled on the shared staging API (OPS-412)");
/// </code>
/// A skipped test shows as skipped with its reason, never as passed. The reason is required (rule AAT2005).
/// </summary>
public sealed class ApiTestSkips
{
    private readonly Dictionary<(string Operation, string? Category), string> reasons = new();

    /// <summary>Builds the skips of one fixture from its hook (the generated fixture passes its partial method).</summary>
    public static ApiTestSkips Build(Action<ApiTestSkips> configure)
    {
        var skips = new ApiTestSkips();
        configure(skips);
        return skips;
    }

    /// <summary>Turns off every generated test of an operation.</summary>
    public ApiTestSkips Skip(string operationId, string reason) => Add(operationId, null, reason);

    /// <summary>Turns off the generated tests of one category (<see cref="ApiTestCategories"/>) of an operation.</summary>
    public ApiTestSkips Skip(string operationId, string category, string reason) => Add(operationId, category, reason);

    /// <summary>The reason a test is skipped, or null when it runs.</summary>
    public string? ReasonFor(string operationId, string category)
    {
        if (reasons.TryGetValue((operationId, category), out var reason) || reasons.TryGetValue((operationId, null), out reason))
        {
            return reason;
        }

        return null;
    }

    private ApiTestSkips Add(string operationId, string? category, string reason)
    {
        if (string.IsNullOrWhiteSpace(operationId))
        {
            throw new ArgumentException("Name the operation (its operationId) to skip.", nameof(operationId));
        }

        // xunit treats an empty Skip as "not skipped"; a blank reason still skips, and says that it has none.
        reasons[(operationId, category)] = string.IsNullOrWhiteSpace(reason) ? "skipped without a reason" : reason;
        return this;
    }
}
