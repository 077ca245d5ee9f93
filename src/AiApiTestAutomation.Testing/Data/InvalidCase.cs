using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Testing.Data;

/// <summary>A request body that breaks exactly one constraint of its schema.</summary>
/// <param name="Name">Reads like a test name: <c>quantity above maximum (101)</c>.</param>
/// <param name="Constraint">The keyword broken: <c>maximum</c>, <c>required</c>, <c>type</c>, <c>body</c> …</param>
/// <param name="PropertyPath">The property concerned, as a JSON pointer (<c>/quantity</c>); "" for the body itself.</param>
/// <param name="Body">The body to send, or null when <paramref name="RawBody"/> is used.</param>
/// <param name="RawBody">Raw text to send instead of JSON (empty body, malformed JSON), else null.</param>
public sealed record InvalidCase(string Name, string Constraint, string PropertyPath, JsonNode? Body, string? RawBody);
