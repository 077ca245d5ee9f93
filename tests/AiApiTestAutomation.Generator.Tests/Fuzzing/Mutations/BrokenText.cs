using System;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>
/// Damages the characters: invalid UTF-8 bytes (decoded the way the compiler decodes an AdditionalFile),
/// BOMs, lone surrogates, NUL and control characters, CR-only line ends and tabs.
/// </summary>
internal sealed class BrokenText : IMutation
{
    public string Kind => "broken-text";

    public string Apply(FuzzDocument document, Random random)
    {
        var kind = random.Next(7);
        var fraction = random.NextDouble();
        document.EditText(text =>
        {
            var at = (int)(text.Length * fraction);
            return kind switch
            {
                0 => DecodeLikeTheCompiler(text, at),
                1 => "\uFEFF\uFEFF" + text.Insert(at, "\uFEFF"),
                2 => text.Insert(at, "\uD800x\uDFFF"),
                3 => text.Insert(at, "\u0000\u0001\u001B\u007F\uFFFE\uFFFF"),
                4 => text.Replace("\n", "\r", StringComparison.Ordinal),
                5 => text.Substring(0, at) + text.Substring(at).Replace("  ", "\t", StringComparison.Ordinal),
                _ => text.Insert(at, "\u2028\u2029\u0085"),
            };
        });
        return kind switch
        {
            0 => $"invalid UTF-8 bytes at {fraction:P0}",
            1 => $"BOMs at the start and at {fraction:P0}",
            2 => $"lone surrogates at {fraction:P0}",
            3 => $"NUL and control characters at {fraction:P0}",
            4 => "CR-only line ends",
            5 => $"tabs for indentation after {fraction:P0}",
            _ => $"Unicode line separators at {fraction:P0}",
        };
    }

    private static string DecodeLikeTheCompiler(string text, int at)
    {
        var head = Encoding.UTF8.GetBytes(text.Substring(0, at));
        var tail = Encoding.UTF8.GetBytes(text.Substring(at));
        var bytes = new byte[head.Length + 5 + tail.Length];
        head.CopyTo(bytes, 0);
        new byte[] { 0xC3, 0x28, 0xFF, 0xE2, 0x82 }.CopyTo(bytes, head.Length);
        tail.CopyTo(bytes, head.Length + 5);
        using var stream = new MemoryStream(bytes);
        return SourceText.From(stream).ToString();
    }
}
