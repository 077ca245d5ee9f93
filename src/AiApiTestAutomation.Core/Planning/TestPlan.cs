using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Planning;

/// <summary>Which tests a spec gets. Every expected status here was documented by the spec; nothing is guessed.</summary>
public sealed record TestPlan(EquatableArray<CrudFlow> CrudFlows, EquatableArray<ErrorCase> ErrorCases, EquatableArray<ValidationSuite> ValidationSuites = default);

/// <summary>
/// A resource's lifecycle: create, read back, update and read again, delete, then read and expect the
/// documented not-found status. Update and delete are absent when the spec has no such operation.
/// </summary>
public sealed record CrudFlow(
    string Resource,
    string TestName,
    CrudStep Create,
    CrudStep Read,
    CrudStep? Update,
    CrudStep? Delete,
    string IdParameter,
    string? IdPointer,
    int? ReadAfterDeleteStatus);

/// <summary>One call of a flow and the success statuses the spec documents for it (empty: any 2xx, as only a range or default is documented).</summary>
public sealed record CrudStep(string OperationName, EquatableArray<int> SuccessStatuses);

public enum ErrorKind
{
    UnknownId,
    MissingCredentials,
    InvalidCredentials,
}

public sealed record ErrorCase(ErrorKind Kind, string OperationName, string TestName, string? Parameter, EquatableArray<int> ExpectedStatuses, string Group);

/// <summary>
/// Input validation for one operation's JSON body or its parameters (<see cref="Target"/>; for parameters
/// <see cref="SchemaKey"/> is the parameter set and <see cref="MediaType"/> the valid body sent along, if any):
/// a case per violated constraint expecting one of the
/// documented 4xx (any 4xx when none is documented), and boundary values expecting the documented success.
/// Boundary cases are planned only without path parameters: a random id could not be expected to exist.
/// </summary>
public sealed record ValidationSuite(
    string OperationName,
    string SchemaKey,
    string MediaType,
    EquatableArray<int> RejectStatuses,
    EquatableArray<int> SuccessStatuses,
    bool PlanBoundaries,
    string Group,
    ValidationTarget Target = ValidationTarget.Body);

/// <summary>What a validation suite breaks: the JSON body, or the query, path and header parameters.</summary>
public enum ValidationTarget
{
    Body,
    Parameters,
}
