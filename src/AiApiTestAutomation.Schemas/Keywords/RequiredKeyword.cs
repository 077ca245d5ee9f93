using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>
/// <c>required</c>. In OpenAPI a readOnly property is not required in a request and a writeOnly one not in a
/// response (the spec says so explicitly), so those are skipped by usage.
/// </summary>
internal sealed class RequiredKeyword : Keyword
{
    private readonly string[] names;
    private readonly IReadOnlyDictionary<string, AccessMode> accessModes;

    public RequiredKeyword(string location, string[] names, IReadOnlyDictionary<string, AccessMode> accessModes)
        : base(location)
    {
        this.names = names;
        this.accessModes = accessModes;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (instance is not JsonObject obj)
        {
            return true;
        }

        bool valid = true;
        foreach (string name in names)
        {
            if (obj.ContainsKey(name) || IsExempt(name, context.Usage))
            {
                continue;
            }

            valid = false;
            context.Report(Location, "required", $"required property \"{name}\"", "an object without it");
            if (context.IsQuiet)
            {
                break;
            }
        }

        return valid;
    }

    private bool IsExempt(string name, SchemaUsage? usage)
    {
        if (usage is null || accessModes.Count == 0 || !accessModes.TryGetValue(name, out AccessMode mode))
        {
            return false;
        }

        return (mode == AccessMode.ReadOnly && usage == SchemaUsage.Request) || (mode == AccessMode.WriteOnly && usage == SchemaUsage.Response);
    }
}
