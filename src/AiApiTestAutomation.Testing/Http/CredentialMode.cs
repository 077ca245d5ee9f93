namespace AiApiTestAutomation.Testing.Http;

/// <summary>How a session authenticates: as configured, not at all, or with a deliberately wrong credential (error tests).</summary>
public enum CredentialMode
{
    Valid,
    Omitted,
    Invalid,
}
