using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace AiApiTestAutomation.Analyzers.Rules;

/// <summary>
/// "Same data" for AAT2006, as text. A theory's data is its set of [InlineData] rows (and nothing else: any other
/// data source makes it unknowable); a fact's data is the sequence of generated-client calls with their
/// argument values, all compile-time constants. Anything unknowable gives no key, so it never matches.
/// </summary>
internal static class TestDataKey
{
    /// <summary>The key of a theory's [InlineData] rows, or null when it has none or another data source.</summary>
    public static string? ForTheory(IMethodSymbol method, TestSymbols symbols)
    {
        var rows = new List<string>();
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.InlineData))
            {
                rows.Add(string.Join(",", attribute.ConstructorArguments.Select(Format)));
            }
            else if (TestSymbols.DerivesFrom(attribute.AttributeClass, symbols.DataAttribute))
            {
                return null;
            }
        }

        if (rows.Count == 0)
        {
            return null;
        }

        rows.Sort(System.StringComparer.Ordinal);
        return "rows:" + string.Join("|", rows);
    }

    /// <summary>One client call of a fact, or null when an argument is not a constant.</summary>
    public static string? ForClientCall(IInvocationOperation invocation, TestSymbols symbols)
    {
        var builder = new StringBuilder(invocation.TargetMethod.ToDisplayString()).Append('(');
        foreach (var argument in invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? -1))
        {
            // Omitted optional arguments and cancellation tokens say nothing about the data sent.
            if (argument.ArgumentKind == ArgumentKind.DefaultValue
                || SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, symbols.CancellationToken))
            {
                continue;
            }

            var value = argument.Value;
            while (value is IConversionOperation conversion && !value.ConstantValue.HasValue)
            {
                value = conversion.Operand;
            }

            if (!value.ConstantValue.HasValue)
            {
                return null;
            }

            builder.Append(value.Type?.ToDisplayString()).Append(':').Append(Literal(value.ConstantValue.Value)).Append(',');
        }

        return builder.Append(')').ToString();
    }

    private static string Format(TypedConstant constant) =>
        constant.Kind == TypedConstantKind.Array
            ? "[" + string.Join(",", constant.Values.Select(Format)) + "]"
            : constant.Type?.ToDisplayString() + ":" + constant.ToCSharpString();

    private static string Literal(object? value) =>
        value switch
        {
            null => "null",
            string text => "\"" + text.Replace("\"", "\\\"") + "\"",
            System.IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
}
