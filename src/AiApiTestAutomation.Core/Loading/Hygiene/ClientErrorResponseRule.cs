using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Loading.Hygiene;

/// <summary>
/// AAT1010: an operation that documents no 4xx response. Error tests expect only documented statuses (a guessed
/// one is a false alarm), so such an operation gets none, and its validation tests can only expect "some 4xx".
/// An exact 4xx code or the 4XX range counts; <c>default</c> does not: it names no status and covers server errors as much as client ones.
/// An operation that takes no input and needs no credentials is left alone: a client cannot get such a call wrong.
/// </summary>
internal static class ClientErrorResponseRule
{
    public const SpecDiagnosticSeverity Severity = SpecDiagnosticSeverity.Info;

    public static void Check(ApiSpec spec, HygieneLocations lines, List<SpecDiagnostic> diagnostics)
    {
        foreach (var operation in spec.Operations)
        {
            if (operation.Responses.Any(r => r.Code is >= 400 and < 500 || r.StatusCode == "4XX")
                || (operation.Parameters.IsEmpty && operation.RequestBody is null && !operation.RequiresCredentials))
            {
                continue;
            }

            var onlyDefault = operation.FindResponse("default") is not null ? " ('default' names no status, so it does not count)" : string.Empty;
            var message = $"{operation.Method} {operation.Path} documents no 4xx response{onlyDefault}; it gets no error tests, and its validation tests can only expect some 4xx";
            diagnostics.Add(lines.AtOperation(DiagnosticIds.NoClientErrorResponse, Severity, message, operation));
        }
    }
}
