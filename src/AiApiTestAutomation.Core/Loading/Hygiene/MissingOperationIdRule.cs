using System.Collections.Generic;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Loading.Hygiene;

/// <summary>
/// AAT1009: an operation without operationId. The generator still names it (from method and path), but that
/// name changes whenever the path does, and hand-written tests that call it break with a rename nobody made.
/// </summary>
internal static class MissingOperationIdRule
{
    public const SpecDiagnosticSeverity Severity = SpecDiagnosticSeverity.Warning;

    public static void Check(ApiSpec spec, HygieneLocations lines, List<SpecDiagnostic> diagnostics)
    {
        foreach (var operation in spec.Operations)
        {
            if (operation.OperationId is null)
            {
                var message = $"{operation.Method} {operation.Path} has no operationId; the generated client calls it {operation.Name}Async, a name derived from the path that changes whenever the path does";
                diagnostics.Add(lines.AtOperation(DiagnosticIds.MissingOperationId, Severity, message, operation));
            }
        }
    }
}
