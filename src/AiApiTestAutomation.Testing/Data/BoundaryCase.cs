using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Testing.Data;

/// <summary>A body that sits exactly on a limit of its schema and is still valid: <c>name at maxLength (100)</c>.</summary>
/// <param name="Name">Reads like a test name.</param>
/// <param name="Body">The whole body, with <paramref name="Property"/> on its limit.</param>
/// <param name="Property">The direct property moved onto the limit.</param>
public sealed record BoundaryCase(string Name, JsonNode Body, string Property = "");
