using System;

namespace AiApiTestAutomation.Testing.Discovery;

/// <summary>
/// Emitted by the generator once per operation of a spec, so the coverage rule (AAT2007) can tell which
/// operations lack a required category and point at the operation's line in the spec.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ApiSpecOperationAttribute : Attribute
{
    /// <param name="specPath">The spec's path relative to the project directory, with forward slashes.</param>
    /// <param name="operationId">The operationId (or the derived name when the spec has none).</param>
    /// <param name="clientMethod">The generated client method (for example GetProductAsync).</param>
    /// <param name="line">The 1-based line of the operation in the spec.</param>
    /// <param name="generatedCategories">The categories the generator emitted tests for, separated by ';'.</param>
    public ApiSpecOperationAttribute(string specPath, string operationId, string clientMethod, int line, string generatedCategories)
    {
        SpecPath = specPath;
        OperationId = operationId;
        ClientMethod = clientMethod;
        Line = line;
        GeneratedCategories = generatedCategories;
    }

    public string SpecPath { get; }

    public string OperationId { get; }

    public string ClientMethod { get; }

    public int Line { get; }

    public string GeneratedCategories { get; }
}
