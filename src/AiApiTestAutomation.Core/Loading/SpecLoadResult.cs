using System.Linq;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>The model of a spec (null when it could not be read at all) and every problem found on the way.</summary>
public sealed record SpecLoadResult(ApiSpec? Spec, EquatableArray<SpecDiagnostic> Diagnostics)
{
    public bool HasErrors => Spec is null || Diagnostics.Any(d => d.Severity == SpecDiagnosticSeverity.Error);
}
