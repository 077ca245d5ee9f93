using System;
using System.Linq;
using AiApiTestAutomation.Core.Diff;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Tasks.Diffing;

/// <summary>
/// The line of the current spec a change is reported on, so a warning in the IDE opens where to look:
/// the operation for operation changes (for a removed one, its path or the paths object), the component
/// schema or property for schema changes.
/// </summary>
internal sealed class ChangeLocator(string filePath, string text, ApiSpec after)
{
    private static readonly string[] Methods = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE" };

    public int LineOf(SpecChange change)
    {
        var where = change.OperationOrSchema;
        var space = where.IndexOf(' ');
        if (space > 0 && Methods.Contains(where.Substring(0, space)))
        {
            return OperationLine(where.Substring(0, space), PathOf(where.Substring(space + 1)));
        }

        return SpecLines.LineOf(filePath, text, SchemaPointer(where));
    }

    private int OperationLine(string method, string path)
    {
        var operation = after.Operations.FirstOrDefault(o => o.Method == method && o.Path == path)
            ?? after.Operations.FirstOrDefault(o => o.Path == path);
        return operation?.Line > 0
            ? operation.Line
            : SpecLines.LineOf(filePath, text, "#/paths/" + Escape(path));
    }

    // "GET /pets/{id} response 200.name" → "/pets/{id}": paths hold no spaces.
    private static string PathOf(string rest)
    {
        var end = rest.IndexOf(' ');
        return end < 0 ? rest : rest.Substring(0, end);
    }

    // "Pet.owner.name[]" → #/components/schemas/Pet/properties/owner/properties/name (definitions for Swagger 2.0).
    private string SchemaPointer(string where)
    {
        var root = after.SpecVersion == SpecVersion.Swagger20 ? "#/definitions/" : "#/components/schemas/";
        var segments = where.Replace("[]", string.Empty).Split('.');
        var pointer = root + Escape(segments[0]);
        foreach (var property in segments.Skip(1))
        {
            pointer += "/properties/" + Escape(property);
        }

        return pointer;
    }

    private static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
