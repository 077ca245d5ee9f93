using System;
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
/// AAT2002: "http://host/products/1" → api.BaseUrl!.AbsoluteUri.TrimEnd('/') + "/products/1", where api is the
/// test class's generated fixture. The address then follows API_BASE_URL or the host the fixture started, the
/// same way the fixture's own client joins its base address and a path. Offered only when the class holds a fixture.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedUrlCodeFix)), Shared]
public sealed class HardCodedUrlCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedUrlId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression)
            || !diagnostic.Properties.TryGetValue(HardCodedUrlAnalyzer.FixtureProperty, out var fixture)
            || fixture is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Use the fixture's base address (" + fixture + ".BaseUrl)",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, OnBaseAddress(fixture, literal)))),
                equivalenceKey: nameof(HardCodedUrlCodeFix)),
            diagnostic);
    }

    private static ExpressionSyntax OnBaseAddress(string fixture, LiteralExpressionSyntax literal)
    {
        var text = literal.Token.ValueText;
        var rest = AfterAuthority(text);
        var baseAddress = fixture + ".BaseUrl!.AbsoluteUri.TrimEnd('/')";
        var expression = SyntaxFactory.ParseExpression(rest.Length == 0 ? baseAddress : baseAddress + " + " + SyntaxFactory.Literal(rest).Text);

        // Parenthesised for any context (a cast, a concatenation); the simplifier drops what is not needed.
        return SyntaxFactory.ParenthesizedExpression(expression).WithTriviaFrom(literal).WithAdditionalAnnotations(Simplifier.Annotation);
    }

    /// <summary>The path, query and fragment as written (no re-escaping), e.g. "/products/1?x=2"; empty for a bare host.</summary>
    private static string AfterAuthority(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOfAny(new[] { '/', '?', '#' }, start);
        return end < 0 ? string.Empty : url.Substring(end);
    }
}
