using System.Collections.Generic;
using AiApiTestAutomation.Core;
using Microsoft.CodeAnalysis;

namespace AiApiTestAutomation.Generator;

/// <summary>The generator's diagnostics (AAT1xxx); each links to its page under docs/rules.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "AiApiTestAutomation.Spec";
    private const string HelpBase = "https://github.com/AiApiTestAutomation/AiApiTestAutomation/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor SyntaxError = Create(DiagnosticIds.SyntaxError, "The spec cannot be parsed", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ReaderProblem = Create(DiagnosticIds.ReaderProblem, "The OpenAPI reader reported a problem", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor UnsupportedVersion = Create(DiagnosticIds.UnsupportedVersion, "Unsupported or missing OpenAPI version", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnresolvedReference = Create(DiagnosticIds.UnresolvedReference, "$ref to nothing", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnexpectedFailure = Create(DiagnosticIds.UnexpectedFailure, "Generation failed unexpectedly", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ParserUnavailable = Create(DiagnosticIds.ParserUnavailable, "The OpenAPI reader could not be loaded", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor OperationSkipped = Create(DiagnosticIds.OperationSkipped, "Part of the spec was not generated", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidExample = Create(DiagnosticIds.InvalidExample, "An example does not match its own schema", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ReaderFailed = Create(DiagnosticIds.ReaderFailed, "The OpenAPI reader cannot read the document", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor CircularReference = Create(DiagnosticIds.CircularReference, "A $ref leads back to itself", DiagnosticSeverity.Warning);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [DiagnosticIds.SyntaxError] = SyntaxError,
        [DiagnosticIds.ReaderProblem] = ReaderProblem,
        [DiagnosticIds.UnsupportedVersion] = UnsupportedVersion,
        [DiagnosticIds.UnresolvedReference] = UnresolvedReference,
        [DiagnosticIds.UnexpectedFailure] = UnexpectedFailure,
        [DiagnosticIds.ParserUnavailable] = ParserUnavailable,
        [DiagnosticIds.OperationSkipped] = OperationSkipped,
        [DiagnosticIds.InvalidExample] = InvalidExample,
        [DiagnosticIds.ReaderFailed] = ReaderFailed,
        [DiagnosticIds.CircularReference] = CircularReference,
    };

    public static DiagnosticDescriptor For(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : UnexpectedFailure;

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, "{0}", Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
