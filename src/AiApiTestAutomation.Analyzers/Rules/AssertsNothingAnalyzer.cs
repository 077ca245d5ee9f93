using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>
/// AAT2001: a test that asserts nothing. Each method body is walked once (its invocations and throws) into a
/// summary; at compilation end a test without a direct assertion is resolved through the summaries of the
/// methods it calls, a bounded number of calls deep.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AssertsNothingAnalyzer : DiagnosticAnalyzer
{
    private const int MaxCallDepth = 4;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.AssertsNothing);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = TestSymbols.Create(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var assembly = start.Compilation.Assembly;
            var summaries = new ConcurrentDictionary<IMethodSymbol, MethodAssertionSummary>(SymbolEqualityComparer.Default);
            var tests = new ConcurrentBag<IMethodSymbol>();

            start.RegisterOperationBlockStartAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method)
                {
                    return;
                }

                var summary = summaries.GetOrAdd(Key(method), _ => new MethodAssertionSummary());
                if (IsUnskippedTest(method, symbols))
                {
                    tests.Add(Key(method));
                }

                block.RegisterOperationAction(
                    operation =>
                    {
                        if (operation.Operation is IInvocationOperation invocation)
                        {
                            Record(invocation.TargetMethod, summary, symbols, assembly);
                        }
                        else
                        {
                            // A throw asserts. Code that does not bind yet (an Assert around a call being typed)
                            // cannot be judged, so it counts as asserting rather than adding noise to CS errors.
                            summary.MarkAsserts();
                        }
                    },
                    OperationKind.Invocation,
                    OperationKind.Throw,
                    OperationKind.Invalid);
            });

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var test in tests)
                {
                    if (!Asserts(test, summaries))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AssertsNothing, test.Locations[0], test.Name));
                    }
                }
            });
        });
    }

    private static void Record(IMethodSymbol target, MethodAssertionSummary summary, TestSymbols symbols, IAssemblySymbol assembly)
    {
        if (AssertionClassifier.IsAssertion(target, symbols))
        {
            summary.MarkAsserts();
        }
        else if (target.MethodKind != MethodKind.LocalFunction
            && SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, assembly))
        {
            // A local function's body is part of this block already; methods of other assemblies are not ours to read.
            summary.AddCallee(Key(target));
        }
    }

    private static bool Asserts(IMethodSymbol test, ConcurrentDictionary<IMethodSymbol, MethodAssertionSummary> summaries)
    {
        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { test };
        var frontier = new List<IMethodSymbol> { test };
        for (var depth = 0; depth <= MaxCallDepth && frontier.Count > 0; depth++)
        {
            var next = new List<IMethodSymbol>();
            foreach (var method in frontier)
            {
                if (!summaries.TryGetValue(method, out var summary))
                {
                    // Not summarised: generated code (a client method, which does not assert) or no body to read
                    // (abstract, interface, an unimplemented partial), which may dispatch to one that does.
                    if (HasNoBody(method))
                    {
                        return true;
                    }

                    continue;
                }

                if (summary.AssertsDirectly)
                {
                    return true;
                }

                foreach (var callee in summary.Callees)
                {
                    if (visited.Add(callee))
                    {
                        next.Add(callee);
                    }
                }
            }

            frontier = next;
        }

        // Deeper than we look: give the benefit of the doubt rather than cry wolf.
        return frontier.Count > 0;
    }

    private static bool HasNoBody(IMethodSymbol method) =>
        method.IsAbstract || method.IsExtern || (method.IsPartialDefinition && method.PartialImplementationPart is null);

    private static bool IsUnskippedTest(IMethodSymbol method, TestSymbols symbols)
    {
        var attribute = symbols.TestAttribute(method);
        if (attribute is null)
        {
            return false;
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Skip" && argument.Value.Value is string reason && reason.Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static IMethodSymbol Key(IMethodSymbol method)
    {
        var definition = method.OriginalDefinition;
        return definition.PartialDefinitionPart ?? definition;
    }
}
