using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AiApiTestAutomation.CodeFixes;

/// <summary>Syntax shared by the async fixes.</summary>
internal static class TaskSyntax
{
    /// <summary>System.Threading.Tasks.Task in place of <paramref name="replaced"/>, shortened to Task where a using allows it.</summary>
    public static TypeSyntax Task(TypeSyntax replaced) =>
        SyntaxFactory.ParseTypeName("System.Threading.Tasks.Task")
            .WithTriviaFrom(replaced)
            .WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>Makes a void method async Task; leaves an async method as it is.</summary>
    public static MethodDeclarationSyntax MakeAsyncTask(MethodDeclarationSyntax method)
    {
        if (method.Modifiers.Any(SyntaxKind.AsyncKeyword))
        {
            return method;
        }

        var withTask = method.WithReturnType(Task(method.ReturnType));
        if (withTask.Modifiers.Count == 0)
        {
            // The async keyword takes over the return type's leading trivia (indentation, attributes' line break).
            var asyncKeyword = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithLeadingTrivia(withTask.ReturnType.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space);
            return withTask.WithReturnType(withTask.ReturnType.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(asyncKeyword));
        }

        return withTask.WithModifiers(withTask.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
    }

    /// <summary>Whether <paramref name="node"/> sits directly in <paramref name="method"/>'s body, not in a lambda or local function where await would mean something else.</summary>
    public static bool IsDirectlyIn(SyntaxNode node, MethodDeclarationSyntax method)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current == method)
            {
                return true;
            }

            if (current is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryExpressionSyntax or LockStatementSyntax)
            {
                return false;
            }
        }

        return false;
    }
}
