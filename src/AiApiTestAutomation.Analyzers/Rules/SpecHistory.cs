using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using Microsoft.CodeAnalysis;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>
/// Explains why a generated client has no method of some name, by reading the spec and its baseline copy
/// (git HEAD) through Core's SpecLoader. Runs only after a call failed to bind, never on a normal build.
/// </summary>
internal static class SpecHistory
{
    // The generator names a client method after Core's ApiOperation.Name (see ClientSignature.MethodName).
    private const string MethodSuffix = "Async";

    // In the IDE every half-typed call on a client is an invalid operation; a spec text that has not changed
    // keeps its SourceText, so it is parsed once, not per keystroke. Weak keys: nothing outlives the text.
    private static readonly ConditionalWeakTable<SourceText, object> Parsed = new();

    private static readonly object Unreadable = new();

    public static string Explain(string methodName, string specPath, SpecFiles specs, CancellationToken cancellationToken)
    {
        var baseline = specs.Baseline(specPath);
        if (baseline?.GetText(cancellationToken) is not { } baselineText)
        {
            return "; no baseline to tell what changed";
        }

        try
        {
            var current = specs.Current(specPath);
            return Compare(methodName, baseline.Path, baselineText, current?.Path, current?.GetText(cancellationToken));
        }
        catch (Exception exception) when (exception is System.IO.FileNotFoundException or System.IO.FileLoadException or TypeLoadException)
        {
            return "; the spec reader could not be loaded to tell what changed (" + exception.GetType().Name + ")";
        }
    }

    // Not inlined: a missing Core or Microsoft.OpenApi assembly then fails when this method is compiled, inside the try above.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Compare(string methodName, string baselinePath, SourceText baselineText, string? currentPath, SourceText? currentText)
    {
        var before = Load(baselinePath, baselineText);
        var removed = before is null ? null : FindByMethodName(before, methodName);
        if (removed is null)
        {
            return before is null
                ? "; its baseline could not be read to tell what changed"
                : "; the baseline has no such operation either";
        }

        var after = currentPath is null || currentText is null ? null : Load(currentPath, currentText);
        if (after is null)
        {
            return " any more: operation " + removed.DisplayId + " (" + removed.Method + " " + removed.Path + ") is gone, and the spec could not be read to tell more";
        }

        foreach (var operation in after.Operations)
        {
            if (operation.Method == removed.Method && operation.Path == removed.Path)
            {
                return " any more: operation " + removed.DisplayId + " was renamed to " + operation.DisplayId + " (call " + operation.Name + MethodSuffix + ")";
            }
        }

        return " any more: operation " + removed.DisplayId + " (" + removed.Method + " " + removed.Path + ") was removed";
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ApiSpec? Load(string path, SourceText text) =>
        Parsed.GetValue(text, t => (object?)SpecLoader.Load(path, t.ToString()).Spec ?? Unreadable) as ApiSpec;

    private static ApiOperation? FindByMethodName(ApiSpec spec, string methodName)
    {
        foreach (var operation in spec.Operations)
        {
            if (operation.Name + MethodSuffix == methodName)
            {
                return operation;
            }
        }

        return null;
    }
}
