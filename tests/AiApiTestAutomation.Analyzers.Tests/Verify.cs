using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiApiTestAutomation.Analyzers.Tests;

/// <summary>Analyzer and code-fix tests with the shared references and the generated-like client/fixture of <see cref="Sources.Store"/>.</summary>
internal static class Verify
{
    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Analyzer<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = TestReferences.None };
        test.TestState.Sources.Add(("Store.g.cs", Sources.Store));
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        return test;
    }

    public static Task AnalyzerAsync<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        Analyzer<TAnalyzer>(source).RunAsync();

    public static Task CodeFixAsync<TAnalyzer, TFix>(string source, string fixedSource)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.Sources.Add(("Store.g.cs", Sources.Store));
        test.FixedState.Sources.Add(("Store.g.cs", Sources.Store));
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.All);
        return test.RunAsync();
    }
}
