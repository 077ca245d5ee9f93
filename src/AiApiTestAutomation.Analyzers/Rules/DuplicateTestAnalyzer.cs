using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>
/// AAT2006: two tests of the same operation, category and data (see <see cref="TestDataKey"/>). Generated tests
/// are read as data, so a hand-written test that repeats a generated one is reported; the report always lands
/// on hand-written code.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateTestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateTest);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Analyze without ReportDiagnostics: generated tests are read, never reported on.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = TestSymbols.Create(start.Compilation);
            if (symbols is null || symbols.Trait is null)
            {
                return;
            }

            var tests = new ConcurrentBag<(string Key, IMethodSymbol Test, string Operation, string Category)>();
            start.RegisterOperationBlockStartAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || symbols.TestAttribute(method) is not { } attribute)
                {
                    return;
                }

                var traits = TestTraits.Read(method, attribute, symbols);
                if (traits.Operations.Count == 0)
                {
                    return;
                }

                var operation = string.Join(",", traits.Operations);
                var category = string.Join(",", traits.Categories);
                var identity = operation + "\n" + category + "\n";
                if (TestSymbols.DerivesFrom(attribute.AttributeClass, symbols.Theory))
                {
                    if (TestDataKey.ForTheory(method, symbols) is { } rows)
                    {
                        tests.Add((identity + rows, method, operation, category));
                    }

                    return;
                }

                var calls = new ClientCallCollector(symbols);
                block.RegisterOperationAction(calls.Add, OperationKind.Invocation);
                block.RegisterOperationBlockEndAction(_ =>
                {
                    if (calls.Key is { } key)
                    {
                        tests.Add((identity + key, method, operation, category));
                    }
                });
            });

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var group in tests.GroupBy(t => t.Key).Where(g => g.Count() > 1))
                {
                    var ordered = group
                        .Select(t => (t.Test, t.Operation, t.Category, Generated: GeneratedFiles.IsGenerated(t.Test.Locations[0].SourceTree!), Location: t.Test.Locations[0]))
                        .OrderByDescending(t => t.Generated)
                        .ThenBy(t => t.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                        .ThenBy(t => t.Location.SourceSpan.Start)
                        .ToList();
                    var original = ordered[0].Test;
                    foreach (var duplicate in ordered.Skip(1).Where(t => !t.Generated))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.DuplicateTest,
                            duplicate.Location,
                            duplicate.Test.Name,
                            original.ContainingType.Name + "." + original.Name,
                            duplicate.Operation,
                            duplicate.Category));
                    }
                }
            });
        });
    }

    /// <summary>Collects a fact's generated-client calls; one call that is not all constants makes the fact unkeyed.</summary>
    private sealed class ClientCallCollector(TestSymbols symbols)
    {
        private readonly object gate = new();
        private readonly List<(int Position, string Call)> calls = new();
        private bool unknowable;

        public string? Key
        {
            get
            {
                lock (gate)
                {
                    return unknowable || calls.Count == 0 ? null : "calls:" + string.Join(";", calls.OrderBy(c => c.Position).Select(c => c.Call));
                }
            }
        }

        public void Add(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!symbols.HasApiClientAttribute(invocation.TargetMethod.ContainingType))
            {
                return;
            }

            var call = TestDataKey.ForClientCall(invocation, symbols);
            lock (gate)
            {
                if (call is null)
                {
                    unknowable = true;
                }
                else
                {
                    calls.Add((invocation.Syntax.SpanStart, call));
                }
            }
        }
    }
}
