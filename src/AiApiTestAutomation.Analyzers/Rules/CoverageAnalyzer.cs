using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>
/// AAT2007: an operation of a spec with no test of a category the project requires
/// (build property ApiTestRequiredCategories). Operations come from the generator's
/// [assembly: ApiSpecOperation] attributes; hand-written tests count through their traits.
/// The report points at the operation's line in the spec.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CoverageAnalyzer : DiagnosticAnalyzer
{
    // The package's .targets passes ApiTestRequiredCategories on as a ','-separated list, because ';' would start a
    // comment in the generated .editorconfig; the raw property is read when a host sets only that.
    private static readonly string[] RequiredCategoriesProperties =
    {
        "build_property.ApiTestRequiredCategoryList",
        "build_property.ApiTestRequiredCategories",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingCategory);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated tests are read as data too, in case their categories are not all in generatedCategories.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var required = RequiredCategories(start.Options.AnalyzerConfigOptionsProvider, start.Compilation);
            var symbols = TestSymbols.Create(start.Compilation);
            if (required.Length == 0 || symbols?.ApiSpecOperation is null)
            {
                return;
            }

            var operations = SpecOperations(start.Compilation, symbols.ApiSpecOperation);
            if (operations.Count == 0)
            {
                return;
            }

            var covered = new ConcurrentDictionary<string, ConcurrentDictionary<string, bool>>(StringComparer.Ordinal);
            start.RegisterSymbolAction(
                symbol =>
                {
                    var method = (IMethodSymbol)symbol.Symbol;
                    if (symbols.TestAttribute(method) is not { } attribute)
                    {
                        return;
                    }

                    var traits = TestTraits.Read(method, attribute, symbols);
                    foreach (var operation in traits.Operations)
                    {
                        var categories = covered.GetOrAdd(operation, _ => new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase));
                        foreach (var category in traits.Categories)
                        {
                            categories[category] = true;
                        }
                    }
                },
                SymbolKind.Method);

            start.RegisterCompilationEndAction(end =>
            {
                var specs = new SpecFiles(end.Options.AdditionalFiles, end.Options.AnalyzerConfigOptionsProvider);
                foreach (var operation in operations)
                {
                    covered.TryGetValue(operation.OperationId, out var tested);
                    var missing = required
                        .Where(c => !operation.GeneratedCategories.Contains(c) && (tested is null || !tested.ContainsKey(c)))
                        .ToList();
                    if (missing.Count > 0)
                    {
                        var location = specs.LineLocation(operation.SpecPath, operation.Line, end.CancellationToken);
                        end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingCategory, location, operation.OperationId, operation.SpecPath, string.Join(", ", missing)));
                    }
                }
            });
        });
    }

    private static string[] RequiredCategories(AnalyzerConfigOptionsProvider options, Compilation compilation)
    {
        // Global options first; a host that keeps global-config keys only per file has them on every tree.
        var perTree = compilation.SyntaxTrees.FirstOrDefault() is { } tree ? options.GetOptions(tree) : null;
        foreach (var property in RequiredCategoriesProperties)
        {
            if ((options.GlobalOptions.TryGetValue(property, out var value) || (perTree is not null && perTree.TryGetValue(property, out value)))
                && !string.IsNullOrWhiteSpace(value))
            {
                return value.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            }
        }

        return Array.Empty<string>();
    }

    private static List<SpecOperation> SpecOperations(Compilation compilation, INamedTypeSymbol attributeType)
    {
        var operations = new List<SpecOperation>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            var arguments = attribute.ConstructorArguments;
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)
                && arguments.Length == 5
                && arguments[0].Value is string specPath
                && arguments[1].Value is string operationId
                && arguments[3].Value is int line)
            {
                var generated = (arguments[4].Value as string ?? string.Empty)
                    .Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(c => c.Trim());
                operations.Add(new SpecOperation(specPath, operationId, line, new HashSet<string>(generated, StringComparer.OrdinalIgnoreCase)));
            }
        }

        return operations;
    }

    private sealed record SpecOperation(string SpecPath, string OperationId, int Line, HashSet<string> GeneratedCategories);
}
