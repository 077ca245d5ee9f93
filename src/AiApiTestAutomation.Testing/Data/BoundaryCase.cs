using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Testing.Data;

/// <summary>A body that sits exactly on a limit of its schema and is still valid: <c>name at maxLength (100)</c>.</summary>
public sealed record BoundaryCase(string Name, JsonNode Body);
