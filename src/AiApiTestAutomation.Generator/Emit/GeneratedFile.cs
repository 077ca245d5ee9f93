namespace AiApiTestAutomation.Generator.Emit;

internal readonly struct GeneratedFile
{
    public GeneratedFile(string hintName, string source)
    {
        HintName = hintName;
        Source = source;
    }

    public string HintName { get; }

    public string Source { get; }
}
