using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>What one method body does that matters to AAT2001: assert directly, or call methods of this compilation that might.</summary>
internal sealed class MethodAssertionSummary
{
    private readonly object gate = new();
    private readonly List<IMethodSymbol> callees = new();

    public bool AssertsDirectly { get; private set; }

    public IReadOnlyList<IMethodSymbol> Callees => callees;

    public void MarkAsserts()
    {
        lock (gate)
        {
            AssertsDirectly = true;
        }
    }

    public void AddCallee(IMethodSymbol callee)
    {
        lock (gate)
        {
            if (!AssertsDirectly)
            {
                callees.Add(callee);
            }
        }
    }
}
