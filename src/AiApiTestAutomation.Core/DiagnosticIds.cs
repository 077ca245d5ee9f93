namespace AiApiTestAutomation.Core;

/// <summary>Spec and generator diagnostics (AAT1xxx). Each has a page at docs/rules/AATnnnn.md.</summary>
public static class DiagnosticIds
{
    public const string SyntaxError = "AAT1001";
    public const string ReaderProblem = "AAT1002";
    public const string UnsupportedVersion = "AAT1003";
    public const string UnresolvedReference = "AAT1004";
    public const string UnexpectedFailure = "AAT1005";
    public const string ParserUnavailable = "AAT1006";
    public const string OperationSkipped = "AAT1007";
    public const string InvalidExample = "AAT1008";
    public const string ReaderFailed = "AAT1030";
    public const string CircularReference = "AAT1031";
}
