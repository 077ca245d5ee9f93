using System;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Microsoft.OpenApi resolves a $ref when it is first read and throws when the chain loops back on
/// itself with nothing in between (A -> B -> A, a parameter that names itself). Such a reference has
/// no target: code that meets one treats it as untyped and reports AAT1031 instead of failing.
/// </summary>
internal static class CircularReferences
{
    public static bool IsCircular(Exception exception) =>
        exception is InvalidOperationException && exception.Message.StartsWith("Circular reference", StringComparison.Ordinal);

    /// <summary>The target of the reference, or null when it has none or loops.</summary>
    public static IOpenApiSchema? TargetOf(OpenApiSchemaReference reference)
    {
        try
        {
            return reference.Target;
        }
        catch (InvalidOperationException ex) when (IsCircular(ex))
        {
            return null;
        }
    }

    /// <summary>
    /// Where in the text the reference the reader's message names ("... resolving reference: #/components/parameters/P")
    /// sits. The reader names Swagger 2.0 components by their 3.0 places; they live at the top level in the text.
    /// </summary>
    public static string? PointerIn(Exception exception, SpecVersion version)
    {
        var start = exception.Message.IndexOf("#/", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var pointer = exception.Message.Substring(start + 1).Trim().TrimEnd('.');
        if (version == SpecVersion.Swagger20 && pointer.StartsWith("/components/", StringComparison.Ordinal))
        {
            pointer = pointer.Substring("/components".Length).Replace("/schemas/", "/definitions/");
        }

        return pointer;
    }
}
