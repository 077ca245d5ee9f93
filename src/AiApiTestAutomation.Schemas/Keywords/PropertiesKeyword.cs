using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>
/// <c>properties</c>, <c>patternProperties</c> and <c>additionalProperties</c> together, because "additional" means
/// "matched by neither of the other two". Also rejects readOnly properties in requests and writeOnly ones in responses.
/// </summary>
internal sealed class PropertiesKeyword : Keyword
{
    private readonly Dictionary<string, DeclaredProperty> declared;
    private readonly PatternProperty[] patterns;
    private readonly SchemaNode? additional;
    private readonly bool additionalForbidden;
    private readonly string additionalLocation;

    public PropertiesKeyword(string location, Dictionary<string, DeclaredProperty> declared, PatternProperty[] patterns, SchemaNode? additional, bool additionalForbidden, string additionalLocation)
        : base(location)
    {
        this.declared = declared;
        this.patterns = patterns;
        this.additional = additional;
        this.additionalForbidden = additionalForbidden;
        this.additionalLocation = additionalLocation;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (instance is not JsonObject obj)
        {
            return true;
        }

        bool valid = true;
        foreach (KeyValuePair<string, JsonNode?> member in obj)
        {
            context.PushProperty(member.Key);
            bool memberValid = EvaluateMember(member.Key, member.Value, context);
            context.Pop();
            if (!memberValid)
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

    private bool EvaluateMember(string name, JsonNode? value, ValidationContext context)
    {
        bool matched = false;
        bool valid = true;
        if (declared.TryGetValue(name, out DeclaredProperty? property))
        {
            matched = true;
            valid = IsAllowedInThisDirection(name, property, value, context) && property.Schema.Evaluate(value, context);
        }

        foreach (PatternProperty pattern in patterns)
        {
            if ((valid || !context.IsQuiet) && EcmaRegex.IsMatch(pattern.Regex, name))
            {
                matched = true;
                valid &= pattern.Schema.Evaluate(value, context);
            }
        }

        if (matched)
        {
            return valid;
        }

        if (additionalForbidden)
        {
            context.Report(additionalLocation, "additionalProperties", "no properties beyond those declared", $"property \"{name}\"");
            return false;
        }

        return additional is null || additional.Evaluate(value, context);
    }

    private static bool IsAllowedInThisDirection(string name, DeclaredProperty property, JsonNode? value, ValidationContext context)
    {
        if (property.Access == AccessMode.ReadOnly && context.Usage == SchemaUsage.Request)
        {
            context.Report(property.Schema.Location + "/readOnly", "readOnly", $"no readOnly property \"{name}\" in a request", InstanceText.Describe(value));
            return false;
        }

        if (property.Access == AccessMode.WriteOnly && context.Usage == SchemaUsage.Response)
        {
            context.Report(property.Schema.Location + "/writeOnly", "writeOnly", $"no writeOnly property \"{name}\" in a response", InstanceText.Describe(value));
            return false;
        }

        return true;
    }
}

/// <summary>One entry of <c>properties</c>, with its OpenAPI access mode.</summary>
internal sealed record DeclaredProperty(SchemaNode Schema, AccessMode Access);

/// <summary>One entry of <c>patternProperties</c>.</summary>
internal sealed record PatternProperty(Regex Regex, SchemaNode Schema);
