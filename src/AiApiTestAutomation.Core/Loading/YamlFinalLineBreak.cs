namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// SharpYaml (which Microsoft.OpenApi.YamlReader uses) ends a block scalar (<c>|</c> or <c>&gt;</c>) that runs to
/// the end of a file with no final line break with a NUL character: DigitalOcean's zone-file examples came out as
/// "...1.2.3.4\0", which no JSON reader accepts. YAML text is parsed with a final line break added. That moves no
/// line, and changes only such a last scalar: it ends with a line break like its other lines (as the same scalar
/// does anywhere else in a file) unless it is strip-chomped (<c>|-</c>).
/// </summary>
internal static class YamlFinalLineBreak
{
    public static string Ensure(string text) =>
        text.Length == 0 || text[text.Length - 1] == '\n' || text[text.Length - 1] == '\r' ? text : text + "\n";
}
