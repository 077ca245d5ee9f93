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
    public const string MissingOperationId = "AAT1009";
    public const string NoClientErrorResponse = "AAT1010";
    public const string UnconstrainedInput = "AAT1011";
    public const string InvalidComponentKey = "AAT1012";

    // Multi-file specs: external $ref bundling (AAT1020-AAT1029).
    public const string ReferencedFileMissing = "AAT1020";
    public const string ReferencedFragmentMissing = "AAT1021";
    public const string ReferenceCycle = "AAT1022";
    public const string RemoteReference = "AAT1023";
    public const string NonStandardReference = "AAT1024";
    public const string ReferencedFileUnreadable = "AAT1025";
    public const string ReaderFailed = "AAT1030";
    public const string CircularReference = "AAT1031";
}
