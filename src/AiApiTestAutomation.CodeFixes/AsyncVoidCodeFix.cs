using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AiApiTestAutomation.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiApiTestAutomation.CodeFixes;

/// <summary>AAT2003: async void test → async Task.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AsyncVoidCodeFix)), Shared]
public sealed class AsyncVoidCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.AsyncVoidId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span) is not MethodDeclarationSyntax method)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Return Task",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(method, method.WithReturnType(TaskSyntax.Task(method.ReturnType))))),
                equivalenceKey: nameof(AsyncVoidCodeFix)),
            context.Diagnostics);
    }
}
