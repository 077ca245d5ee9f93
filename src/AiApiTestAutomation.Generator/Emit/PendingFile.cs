using System;
using Microsoft.CodeAnalysis.Text;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>
/// A generated file whose name is settled and whose text is still to be written. Names are handed out in order
/// (a class name taken by one file changes the next one's), texts depend only on the immutable model, so
/// <see cref="SpecEmitter"/> can write them on several threads and still add them in the same order.
/// </summary>
internal readonly struct PendingFile
{
    private readonly Func<SourceText> write;

    public PendingFile(string hintName, Func<SourceText> write)
    {
        HintName = hintName;
        this.write = write;
    }

    public string HintName { get; }

    public static PendingFile Of(string hintName, Func<string> write) =>
        new(hintName, () => SourceText.From(write(), System.Text.Encoding.UTF8));

    /// <summary>The same file under a name that starts with <paramref name="prefix"/>.</summary>
    public PendingFile Prefixed(string prefix) => new(prefix + HintName, write);

    public GeneratedFile Write() => new(HintName, write());
}
