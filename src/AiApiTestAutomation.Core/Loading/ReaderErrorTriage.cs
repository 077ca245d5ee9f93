using System.Collections.Generic;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Sorts what Microsoft.OpenApi reports before it becomes an AAT1002. The reader's Swagger 2.0 path rejects fields
/// the 2.0 specification allows (Kubernetes' <c>schemes</c> on operations, <c>uniqueItems</c> or <c>multipleOf</c>
/// on query parameters); a warning on valid input would break every build that treats warnings as errors, so those
/// are dropped. The same reader message names the place in its text and leaves the pointer at <c>#</c>, so the
/// pointer is taken from the text to put the diagnostic on the right line.
/// </summary>
internal static class ReaderErrorTriage
{
    private const string InvalidPropertyAt = " is not a valid property at #";

    // Swagger 2.0 Parameter Object fields for non-body parameters (the JSON Schema subset they share with items).
    private static readonly HashSet<string> Swagger20ParameterFields = new()
    {
        "type", "format", "allowEmptyValue", "items", "collectionFormat", "default",
        "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
        "maxItems", "minItems", "uniqueItems", "enum", "multipleOf",
    };

    private static readonly HashSet<string> HttpMethods = new() { "get", "put", "post", "delete", "options", "head", "patch" };

    /// <summary>True when the error is the reader rejecting a field the spec's own version allows at that place.</summary>
    public static bool IsKnownFalsePositive(OpenApiError error, SpecVersion version)
    {
        if (version != SpecVersion.Swagger20)
        {
            return false;
        }

        if (!TryParseInvalidProperty(error.Message, out var name, out var pointer))
        {
            return false;
        }

        var segments = pointer.Split('/');
        var last = segments[segments.Length - 1];
        var parent = segments.Length > 1 ? segments[segments.Length - 2] : string.Empty;
        var inParameters = last == "parameters" || parent == "parameters";
        var isOperation = segments.Length == 4 && segments[1] == "paths" && HttpMethods.Contains(last);
        return (inParameters && Swagger20ParameterFields.Contains(name)) || (isOperation && name == "schemes");
    }

    /// <summary>
    /// Reads the reader's "NAME is not a valid property at #POINTER" (no white space in either; a final line break
    /// allowed, as the regular expression <c>^(\S+) is not a valid property at (#\S*)$</c> it replaces allowed it).
    /// By hand: Kubernetes' read reports thousands of these, and a match, its groups and their strings for each were
    /// about 5 MB a run.
    /// </summary>
    internal static bool TryParseInvalidProperty(string? message, out string name, out string pointer)
    {
        name = string.Empty;
        pointer = string.Empty;
        if (message is null)
        {
            return false;
        }

        var nameEnd = 0;
        while (nameEnd < message.Length && !char.IsWhiteSpace(message[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == 0 || string.CompareOrdinal(message, nameEnd, InvalidPropertyAt, 0, InvalidPropertyAt.Length) != 0)
        {
            return false;
        }

        var pointerStart = nameEnd + InvalidPropertyAt.Length - 1;
        var pointerEnd = message.Length > pointerStart && message[message.Length - 1] == '\n' ? message.Length - 1 : message.Length;
        for (var i = pointerStart; i < pointerEnd; i++)
        {
            if (char.IsWhiteSpace(message[i]))
            {
                return false;
            }
        }

        name = message.Substring(0, nameEnd);
        pointer = message.Substring(pointerStart, pointerEnd - pointerStart);
        return true;
    }

    /// <summary>The JSON pointer the error is about: the reader's own, or the one its message names.</summary>
    public static string? PointerOf(OpenApiError error)
    {
        if (!string.IsNullOrEmpty(error.Pointer) && error.Pointer != "#")
        {
            return error.Pointer;
        }

        return TryParseInvalidProperty(error.Message, out _, out var pointer) ? pointer : NullIfEmpty(error.Pointer);
    }

    private static string? NullIfEmpty(string? pointer) => string.IsNullOrEmpty(pointer) ? null : pointer;
}
