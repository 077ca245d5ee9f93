using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Schemas.Evaluation;

/// <summary>One compiled assertion of a schema object, e.g. its <c>maximum</c>.</summary>
internal abstract class Keyword
{
    protected Keyword(string location)
    {
        Location = location;
    }

    /// <summary>Where the keyword is written, for violation messages.</summary>
    public string Location { get; }

    /// <summary>True when <paramref name="instance"/> passes; reports to <paramref name="context"/> otherwise.</summary>
    public abstract bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context);
}
