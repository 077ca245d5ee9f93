using Microsoft.CodeAnalysis.Text;

namespace AiApiTestAutomation.Generator.Emit;

internal readonly struct GeneratedFile
{
    public GeneratedFile(string hintName, string source)
        : this(hintName, SourceText.From(source, System.Text.Encoding.UTF8))
    {
    }

    public GeneratedFile(string hintName, SourceText text)
    {
        HintName = hintName;
        Text = text;
    }

    public string HintName { get; }

    public SourceText Text { get; }
}
