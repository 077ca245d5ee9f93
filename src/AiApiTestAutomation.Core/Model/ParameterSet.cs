using System.Collections.Generic;
using System.Linq;

namespace AiApiTestAutomation.Core.Model;

/// <summary>
/// An operation's query, path and header parameters seen as one object schema in the bundle, so input-validation
/// cases for parameters come from the same one-constraint-at-a-time builder as body cases.
/// </summary>
public static class ParameterSet
{
    public static string KeyFor(string operationName) => operationName + "/parameters";

    /// <summary>The parameters a request can carry as text and a test can break (cookies are left to the browser).</summary>
    public static IReadOnlyList<ApiParameter> Validatable(IEnumerable<ApiParameter> parameters) =>
        parameters.Where(p => p.Location != ParameterLocation.Cookie && p.SchemaKey.Length > 0).ToList();

    /// <summary>Whether the set is worth a validation theory: at least one parameter has a constraint to break.</summary>
    public static bool HasConstraints(IEnumerable<ApiParameter> parameters) => Validatable(parameters).Any(p => p.Constrained);
}
