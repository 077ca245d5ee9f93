using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiApiTestAutomation.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiApiTestAutomation.Generator;

/// <summary>
/// A user's implementation of a performance hook in a fixture's partial class:
/// <c>internal static partial Task Prepare{Operation}PerformanceAsync(ApiScenario&lt;TClient&gt; scenario, ApiRequest request)</c>.
/// Found by syntax alone (no semantic model), so the generator emits the matching declaration and the test
/// that calls it only for the hooks that exist: the test list says exactly which operations run under load.
/// </summary>
internal sealed record PerformanceHook(string Namespace, string ClassName, string OperationName)
{
    public const string Prefix = "Prepare";
    public const string Suffix = "PerformanceAsync";

    public static string MethodName(string operationName) => Prefix + operationName + Suffix;

    /// <summary>Cheap filter run on every syntax node: an implemented partial method with the hook's name shape.</summary>
    public static bool IsCandidate(SyntaxNode node) =>
        node is MethodDeclarationSyntax { Parent: ClassDeclarationSyntax } method
        && (method.Body is not null || method.ExpressionBody is not null)
        && method.Identifier.ValueText.Length > Prefix.Length + Suffix.Length
        && method.Identifier.ValueText.StartsWith(Prefix, StringComparison.Ordinal)
        && method.Identifier.ValueText.EndsWith(Suffix, StringComparison.Ordinal)
        && method.Modifiers.Any(SyntaxKind.PartialKeyword);

    public static PerformanceHook? Read(SyntaxNode node)
    {
        if (node is not MethodDeclarationSyntax { Parent: ClassDeclarationSyntax type } method || type.Parent is TypeDeclarationSyntax)
        {
            return null;
        }

        var name = method.Identifier.ValueText;
        var operation = name.Substring(Prefix.Length, name.Length - Prefix.Length - Suffix.Length);
        var namespaces = type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString()).Reverse();
        return new PerformanceHook(string.Join(".", namespaces), type.Identifier.ValueText, operation);
    }

    /// <summary>Every hook in the compilation, in a stable order, as one equatable value.</summary>
    public static EquatableArray<PerformanceHook> Normalize(ImmutableArray<PerformanceHook> hooks) =>
        hooks.Distinct().OrderBy(h => h.Namespace, StringComparer.Ordinal)
            .ThenBy(h => h.ClassName, StringComparer.Ordinal)
            .ThenBy(h => h.OperationName, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>The spec's model with the hooks implemented in its fixture class; an unchanged set keeps the model equal, so its output stays cached.</summary>
    public static SpecGenerationModel Apply(SpecGenerationModel model, EquatableArray<PerformanceHook> hooks)
    {
        var fixture = model.ClassPrefix + "Api";
        var operations = new HashSet<string>(model.Spec?.Operations.Select(o => o.Name) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        var mine = hooks
            .Where(h => h.Namespace == model.Namespace && h.ClassName == fixture && operations.Contains(h.OperationName))
            .Select(h => h.OperationName)
            .ToEquatableArray();
        if (mine.IsEmpty)
        {
            return model;
        }

        var performance = model.Performance ?? Core.Planning.PerformanceOptions.Default;
        return model with { Performance = performance with { Hooks = mine } };
    }
}
