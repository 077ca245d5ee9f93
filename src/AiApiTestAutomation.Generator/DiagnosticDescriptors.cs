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

    // Spec hygiene. Defaults measured on real specs (docs/rules): the rules that fire on most operations of
    // GitHub's or Stripe's spec are Info or Hidden, so a build shows only what a spec author should fix now.
    public static readonly DiagnosticDescriptor MissingOperationId = Create(DiagnosticIds.MissingOperationId, "An operation has no operationId", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor NoClientErrorResponse = Create(DiagnosticIds.NoClientErrorResponse, "An operation documents no 4xx response", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor UnconstrainedInput = Create(DiagnosticIds.UnconstrainedInput, "Operation inputs without any constraint", DiagnosticSeverity.Hidden);
    public static readonly DiagnosticDescriptor InvalidComponentKey = Create(DiagnosticIds.InvalidComponentKey, "A component key breaks the OpenAPI key pattern", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ReferencedFileMissing = Create(DiagnosticIds.ReferencedFileMissing, "$ref to a file that is not among the AdditionalFiles", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ReferencedFragmentMissing = Create(DiagnosticIds.ReferencedFragmentMissing, "$ref to a part of another file that does not exist", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ReferenceCycle = Create(DiagnosticIds.ReferenceCycle, "$ref cycle that cannot be bundled", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor RemoteReference = Create(DiagnosticIds.RemoteReference, "$ref to a remote document", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor NonStandardReference = Create(DiagnosticIds.NonStandardReference, "$ref where OpenAPI allows none was inlined", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor ReferencedFileUnreadable = Create(DiagnosticIds.ReferencedFileUnreadable, "A referenced file cannot be parsed", DiagnosticSeverity.Error);

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
        [DiagnosticIds.MissingOperationId] = MissingOperationId,
        [DiagnosticIds.NoClientErrorResponse] = NoClientErrorResponse,
        [DiagnosticIds.UnconstrainedInput] = UnconstrainedInput,
        [DiagnosticIds.InvalidComponentKey] = InvalidComponentKey,
        [DiagnosticIds.ReferencedFileMissing] = ReferencedFileMissing,
        [DiagnosticIds.ReferencedFragmentMissing] = ReferencedFragmentMissing,
        [DiagnosticIds.ReferenceCycle] = ReferenceCycle,
        [DiagnosticIds.RemoteReference] = RemoteReference,
        [DiagnosticIds.NonStandardReference] = NonStandardReference,
        [DiagnosticIds.ReferencedFileUnreadable] = ReferencedFileUnreadable,
        [DiagnosticIds.ReaderFailed] = ReaderFailed,
        [DiagnosticIds.CircularReference] = CircularReference,
    };

    public static DiagnosticDescriptor For(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : UnexpectedFailure;

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, "{0}", Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
