using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>allOf</c>: every branch applies; their own violations are the explanation.</summary>
internal sealed class AllOfKeyword : Keyword
{
    private readonly SchemaNode[] branches;

    public AllOfKeyword(string location, SchemaNode[] branches)
        : base(location)
    {
        this.branches = branches;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        bool valid = true;
        foreach (SchemaNode branch in branches)
        {
            if (!branch.Evaluate(instance, context))
            {
                valid = false;
                if (context.IsQuiet)
                {
                    break;
                }
            }
        }

        return valid;
    }
}
