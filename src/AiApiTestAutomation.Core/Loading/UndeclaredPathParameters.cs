using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// OpenAPI requires a path parameter for every <c>{name}</c> in a path. One that is missing (deleted, misspelt, a
/// reference to nothing, or cut off with the rest of a damaged file) leaves the client sending <c>{name}</c> as
/// written, and the planner cannot feed a created id into that operation; both are reported here, at the operation.
/// </summary>
internal static class UndeclaredPathParameters
{
    public static void Check(ApiSpec spec, List<SpecDiagnostic> diagnostics)
    {
        foreach (var operation in spec.Operations)
        {
            var missing = TemplateNames(operation.Path)
                .Where(name => !operation.Parameters.Any(p => p.Location == ParameterLocation.Path && p.Name == name))
                .ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var pointer = JsonPointer.Join(new[] { "paths", operation.Path, operation.Method.ToLowerInvariant() });
            var names = OpenApiDocumentReader.Excerpt(string.Join(", ", missing.Select(n => "{" + n + "}")));
            diagnostics.Add(PendingPositions.At(
                DiagnosticIds.ReaderProblem,
                SpecDiagnosticSeverity.Warning,
                $"{operation.Method} {OpenApiDocumentReader.Excerpt(operation.Path)} declares no path parameter for {names}: requests send it as written, and no CRUD flow reads through this operation",
                spec.FilePath,
                pointer));
        }
    }

    /// <summary>The names between braces in a path template ("/a/{id}.json" has "id").</summary>
    public static IEnumerable<string> TemplateNames(string path)
    {
        var start = path.IndexOf('{');
        while (start >= 0)
        {
            var end = path.IndexOf('}', start + 1);
            if (end < 0)
            {
                yield break;
            }

            yield return path.Substring(start + 1, end - start - 1);
            start = path.IndexOf('{', end + 1);
        }
    }
}
