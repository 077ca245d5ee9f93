using Microsoft.CodeAnalysis;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>Task, Task&lt;T&gt;, ValueTask and ValueTask&lt;T&gt;: the types a test should await, not block on.</summary>
internal sealed class TaskTypes
{
    private readonly INamedTypeSymbol task;
    private readonly INamedTypeSymbol? taskOfT;
    private readonly INamedTypeSymbol? valueTask;
    private readonly INamedTypeSymbol? valueTaskOfT;

    private TaskTypes(Compilation compilation, INamedTypeSymbol task)
    {
        this.task = task;
        taskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        valueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        valueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
    }

    public static TaskTypes? Create(Compilation compilation)
    {
        var task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        return task is null ? null : new TaskTypes(compilation, task);
    }

    public bool IsTask(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        var definition = named.OriginalDefinition;
        return SymbolEqualityComparer.Default.Equals(definition, task)
            || SymbolEqualityComparer.Default.Equals(definition, taskOfT)
            || SymbolEqualityComparer.Default.Equals(definition, valueTask)
            || SymbolEqualityComparer.Default.Equals(definition, valueTaskOfT)
            || SymbolEqualityComparer.Default.Equals(named.BaseType?.OriginalDefinition, taskOfT);
    }
}
