namespace AiApiTestAutomation.Tasks;

/// <summary>MSBuild task diagnostics (AAT3xxx). Each has a page at docs/rules/AATnnnn.md.</summary>
internal static class DiagnosticIds
{
    public const string BreakingChange = "AAT3001";
    public const string NonBreakingChange = "AAT3002";
    public const string NoBaseline = "AAT3003";
    public const string InvalidExport = "AAT3004";
    public const string ExportFailed = "AAT3005";
    public const string MissingToken = "AAT3006";

    public const string HelpBase = "https://github.com/AiApiTestAutomation/AiApiTestAutomation/blob/main/docs/rules/";
}
