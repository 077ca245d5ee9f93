using System.Collections.Generic;

namespace AiApiTestAutomation.Testing.Data;

/// <summary>
/// An operation's parameters as the text the request carries, with exactly one constraint broken (an invalid case)
/// or one parameter exactly on a limit of its schema (a boundary case, which must be accepted).
/// </summary>
/// <param name="Name">Reads like a test name: <c>query limit above maximum (101)</c>, <c>query limit at maximum (100)</c>.</param>
/// <param name="Values">Each parameter sent, with its location (<c>query</c>, <c>path</c>, <c>header</c>) and text.</param>
public sealed record ParameterCase(string Name, IReadOnlyList<ParameterValue> Values);

/// <param name="Name">The parameter's name in the spec.</param>
/// <param name="Location"><c>query</c>, <c>path</c> or <c>header</c>.</param>
/// <param name="Text">The value as sent; query arrays are sent once per item.</param>
public sealed record ParameterValue(string Name, string Location, IReadOnlyList<string> Text);
