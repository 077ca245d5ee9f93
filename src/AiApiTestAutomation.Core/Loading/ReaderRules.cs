using System.Linq;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// The rules the reader's validation walk runs: Microsoft.OpenApi's defaults, less the one that checks every schema
/// <c>$ref</c> in the document, plus the cuts that free the parsed JSON tree (<see cref="ParsedJsonRelease"/>).
/// The left-out rule walks the whole document a second time with a visitor of its own: on Kubernetes' spec it made a
/// fifth of what the read allocates (docs/performance.md, fifth round). The model builder resolves every reference
/// the generated code depends on and reports one that leads nowhere (AAT1004) at the <c>$ref</c> itself, so the rule
/// only repeated those findings, at the document's line; the other rules are cheap and stay.
/// </summary>
internal static class ReaderRules
{
    internal const string SchemaReferencesRule = "OpenApiDocumentReferencesAreValid";

    /// <summary>Built once: the default set is assembled by reflection. <c>GetDefaultRuleSet</c> returns a copy, so
    /// changing it leaves Microsoft.OpenApi's defaults alone for other users in the compiler process.</summary>
    public static readonly ValidationRuleSet ForLoading = Build();

    private static ValidationRuleSet Build()
    {
        var rules = ValidationRuleSet.GetDefaultRuleSet();
        if (rules.Rules.Any(rule => rule.Name == SchemaReferencesRule))
        {
            rules.Remove(SchemaReferencesRule);
        }

        ParsedJsonRelease.AddTo(rules);
        return rules;
    }
}
