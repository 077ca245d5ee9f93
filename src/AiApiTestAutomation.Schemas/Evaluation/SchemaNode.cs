using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Schemas.Evaluation;

/// <summary>A compiled schema object: the keywords that assert something, evaluated in order.</summary>
internal sealed class SchemaNode
{
    private Keyword[] keywords = Array.Empty<Keyword>();
    private bool acceptsNull;
    private DynamicScope? scope;

    public SchemaNode(string location)
    {
        Location = location;
    }

    public string Location { get; }

    /// <summary>Filled after construction so recursive <c>$ref</c>s can point at a node still being compiled.</summary>
    public void Initialize(Keyword[] compiled, bool nullable)
    {
        keywords = compiled;
        acceptsNull = nullable;
    }

    /// <summary>Marks this node as the root of a schema resource declaring <c>$dynamicAnchor</c>s.</summary>
    public void SetDynamicScope(DynamicScope resourceScope) => scope = resourceScope;

    public bool Evaluate(JsonNode? instance, ValidationContext context)
    {
        if (scope is not null)
        {
            context.EnterScope(scope);
            try
            {
                return EvaluateKeywords(instance, context);
            }
            finally
            {
                context.ExitScope();
            }
        }

        return EvaluateKeywords(instance, context);
    }

    private bool EvaluateKeywords(JsonNode? instance, ValidationContext context)
    {
        if (instance is null && acceptsNull)
        {
            return true;
        }

        if (++context.EvaluationDepth > ValidationContext.MaxEvaluationDepth)
        {
            context.EvaluationDepth--;
            context.Report(Location, "$ref", "a schema that terminates", "a $ref cycle that never consumes the instance");
            return false;
        }

        JsonValueKind kind = instance is null ? JsonValueKind.Null : instance.GetValueKind();
        bool valid = true;
        foreach (Keyword keyword in keywords)
        {
            if (!keyword.Evaluate(instance, kind, context))
            {
                valid = false;
                if (context.IsQuiet)
                {
                    break;
                }
            }
        }

        context.EvaluationDepth--;
        return valid;
    }

    /// <summary>Evaluates without recording violations and stopping at the first failure.</summary>
    public bool Matches(JsonNode? instance, ValidationContext context)
    {
        context.EnterQuiet();
        try
        {
            return Evaluate(instance, context);
        }
        finally
        {
            context.ExitQuiet();
        }
    }
}
