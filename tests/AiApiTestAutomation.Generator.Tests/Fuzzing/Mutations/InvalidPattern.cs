using System;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>Gives a schema a regex .NET cannot compile, or one that backtracks catastrophically, with an example that triggers it.</summary>
internal sealed class InvalidPattern : IMutation
{
    private static readonly string[] Patterns =
    {
        "([a-z", "[", "(?<name", "*", "\\", "a{2,1}", "(?P<x>a)", "\\p{Nope}", "(?i", "^(a+)+$", "^(a|aa)+$", "^(\\w+\\s?)*$",
        "[z-a]", "(?<=a+)b", "\\k<missing>", "", "(((((((((((((((((((((a)))))))))))))))))))))",
    };

    public string Kind => "invalid-pattern";

    public string Apply(FuzzDocument document, Random random)
    {
        var schemas = NodeSlot.Schemas(document.Root);
        if (schemas.Count == 0)
        {
            return "no schema to change";
        }

        var slot = NodeSlot.Pick(random, schemas);
        var schema = (JsonObject)slot.Value!;
        var pattern = NodeSlot.Pick(random, Patterns);
        if (random.Next(4) == 0)
        {
            schema["patternProperties"] = new JsonObject { [pattern] = new JsonObject { ["type"] = "string" } };
            return $"{slot.Pointer}.patternProperties key {pattern}";
        }

        schema["type"] = "string";
        schema["pattern"] = pattern;
        schema["example"] = new string('a', random.Next(20, 40)) + "!";
        return $"{slot.Pointer}.pattern = {pattern} with a backtracking example";
    }
}
