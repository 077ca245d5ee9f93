namespace AiApiTestAutomation.Core.Loading;

/// <summary>Where a JSON pointer sits in a spec's text, for consumers that report on a spec outside the loader (the MSBuild diff).</summary>
public static class SpecLines
{
    /// <summary>The 1-based line of the pointer, or of its nearest ancestor present in the text (1 when none is).</summary>
    public static int LineOf(string filePath, string text, string pointer)
    {
        var depth = JsonPointer.Split(pointer).Count + 1;
        return SourceLocator.Build(text, SourceFormats.Detect(filePath, text), depth).Find(pointer).Line;
    }
}
