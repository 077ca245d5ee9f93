using Microsoft.CodeAnalysis;

namespace AiApiTestAutomation.Analyzers;

/// <summary>The test-quality rules (AAT2xxx); each links to its page under docs/rules.</summary>
internal static class DiagnosticDescriptors
{
    public const string AssertsNothingId = "AAT2001";
    public const string HardCodedUrlId = "AAT2002";
    public const string AsyncVoidId = "AAT2003";
    public const string BlockingWaitId = "AAT2004";
    public const string SkipWithoutReasonId = "AAT2005";
    public const string DuplicateTestId = "AAT2006";
    public const string MissingCategoryId = "AAT2007";
    public const string RemovedOperationId = "AAT2008";

    private const string TestQuality = "AiApiTestAutomation.TestQuality";
    private const string Coverage = "AiApiTestAutomation.Coverage";
    private const string Spec = "AiApiTestAutomation.Spec";
    private const string HelpBase = "https://github.com/AiApiTestAutomation/AiApiTestAutomation/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor AssertsNothing = Create(
        AssertsNothingId,
        "Test asserts nothing",
        "Test '{0}' asserts nothing: it passes whatever the API answers",
        TestQuality,
        // Reported once every method body has been summarised, because an assertion may sit in a helper.
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor HardCodedUrl = Create(
        HardCodedUrlId,
        "Test hard-codes an absolute URL",
        "Test '{0}' sends to the hard-coded address '{1}' instead of the fixture's configured API",
        TestQuality);

    public static readonly DiagnosticDescriptor AsyncVoid = Create(
        AsyncVoidId,
        "async void test method",
        "Test '{0}' is async void: xunit cannot await it, so its failures may be lost; return Task",
        TestQuality);

    public static readonly DiagnosticDescriptor BlockingWait = Create(
        BlockingWaitId,
        "Test blocks on a task",
        "Test '{0}' blocks on a task with '{1}'; await it instead",
        TestQuality);

    public static readonly DiagnosticDescriptor SkipWithoutReason = Create(
        SkipWithoutReasonId,
        "Test skipped without a reason",
        "{0} is skipped without a reason; say why, so someone can tell when to turn it back on",
        TestQuality);

    public static readonly DiagnosticDescriptor DuplicateTest = Create(
        DuplicateTestId,
        "Duplicate test",
        "Test '{0}' duplicates '{1}': same operation '{2}', category '{3}' and data",
        TestQuality,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MissingCategory = Create(
        MissingCategoryId,
        "Operation lacks a required test category",
        "Operation '{0}' of {1} has no test of the required category {2} (ApiTestRequiredCategories)",
        Coverage,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor RemovedOperation = Create(
        RemovedOperationId,
        "Client method not in the spec any more",
        "'{0}' is not in {1}{2}",
        Spec);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, params string[] tags) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md", customTags: tags);
}
