using System.Linq;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Microsoft.OpenApi's default validation rules, less the one that checks every schema <c>$ref</c> in the document.
/// That rule walks the whole document a second time with a visitor of its own: on Kubernetes' spec it makes a fifth
/// of what the read allocates (docs/performance.md, fifth round). The model builder resolves every reference the
/// generated code depends on and reports one that leads nowhere (AAT1004) at the <c>$ref</c> itself, so the rule only
/// repeated those findings, at the document's line; its other rules are cheap and stay.
/// </summary>
internal static class ReaderRules
{
    internal const string SchemaReferencesRule = "OpenApiDocumentReferencesAreValid";

    /// <summary>Built once: the default set is assembled by reflection. <c>GetDefaultRuleSet</c> returns a copy, so
    /// removing from it leaves Microsoft.OpenApi's defaults alone for other users in the compiler process.</summary>
    public static readonly ValidationRuleSet WithoutSchemaReferenceWalk = Build();

    private static ValidationRuleSet Build()
    {
        var rules = ValidationRuleSet.GetDefaultRuleSet();
        if (rules.Rules.Any(rule => rule.Name == SchemaReferencesRule))
        {
            rules.Remove(SchemaReferencesRule);
        }

        return rules;
    }
}
