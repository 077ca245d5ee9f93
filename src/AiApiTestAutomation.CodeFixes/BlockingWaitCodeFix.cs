using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AiApiTestAutomation.Analyzers;
using AiApiTestAutomation.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AiApiTestAutomation.CodeFixes;

/// <summary>
/// AAT2004: task.Result / task.Wait() / task.GetAwaiter().GetResult() → await task, making a void test
/// async Task. Not offered where await cannot simply go (inside a lambda or local function, in a method
/// that returns Task without being async, Wait with a timeout).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BlockingWaitCodeFix)), Shared]
public sealed class BlockingWaitCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.BlockingWaitId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax blocking
            || !diagnostic.Properties.TryGetValue(BlockingWaitAnalyzer.FormProperty, out var form)
            || TaskOf(blocking, form) is not { } task
            || blocking.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method
            || !TaskSyntax.IsDirectlyIn(blocking, method)
            || !(method.Modifiers.Any(SyntaxKind.AsyncKeyword) || IsVoid(method)))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Await the task",
                _ =>
                {
                    var awaited = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.AwaitExpression(task.WithoutTrivia()))
                        .WithTriviaFrom(blocking)
                        .WithAdditionalAnnotations(Simplifier.Annotation);
                    var fixedMethod = TaskSyntax.MakeAsyncTask(method.ReplaceNode(blocking, awaited));
                    return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(method, fixedMethod)));
                },
                equivalenceKey: nameof(BlockingWaitCodeFix)),
            diagnostic);
    }

    /// <summary>The task expression being blocked on.</summary>
    private static ExpressionSyntax? TaskOf(ExpressionSyntax blocking, string? form) =>
        (form, blocking) switch
        {
            ("Result", MemberAccessExpressionSyntax access) => access.Expression,
            ("Wait()", InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax access }) => access.Expression,
            ("GetAwaiter().GetResult()", InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax getAwaiter } } }) => getAwaiter.Expression,
            _ => null,
        };

    private static bool IsVoid(MethodDeclarationSyntax method) =>
        method.ReturnType is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.VoidKeyword);
}
