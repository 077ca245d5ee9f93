using System;
using System.Collections.Generic;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading.Hygiene;

/// <summary>
/// Spec hygiene (AAT1009-AAT1012): things that are not wrong enough to stop generation but make the generated
/// tests weaker or less stable. Run by <see cref="SpecLoader"/>, so the generator and the report see the same findings.
/// </summary>
internal static class HygieneChecker
{
    /// <param name="json">The text as UTF-8, when the spec is JSON and the loader has it.</param>
    /// <param name="shallowLocator">The model builder's shallow locator of the same text.</param>
    public static void Check(ApiSpec spec, OpenApiDocument document, string text, SourceFormat format, List<SpecDiagnostic> diagnostics, JsonText? json = null, SourceLocator? shallowLocator = null)
    {
        var lines = new HygieneLocations(spec.FilePath, text, format, json, shallowLocator);
        try
        {
            MissingOperationIdRule.Check(spec, lines, diagnostics);
            ClientErrorResponseRule.Check(spec, lines, diagnostics);
            UnconstrainedInputRule.Check(spec, document, lines, diagnostics);
            ComponentKeyRule.Check(spec.SpecVersion, document, lines, diagnostics);
        }
        catch (Exception ex)
        {
            // The model is sound; only a hygiene rule failed, so the spec still generates.
            diagnostics.Add(new SpecDiagnostic(DiagnosticIds.UnexpectedFailure, SpecDiagnosticSeverity.Warning, $"Checking the spec's hygiene failed: {ex.GetType().Name}: {ex.Message}", spec.FilePath, 1, 1));
        }
    }
}
