using System.Collections.Generic;
using System.Text.RegularExpressions;
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
    private static readonly Regex InvalidProperty = new(
        @"^(?<name>\S+) is not a valid property at (?<pointer>#\S*)$",
        RegexOptions.CultureInvariant);

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

        var match = InvalidProperty.Match(error.Message ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var name = match.Groups["name"].Value;
        var segments = match.Groups["pointer"].Value.Split('/');
        var last = segments[segments.Length - 1];
        var parent = segments.Length > 1 ? segments[segments.Length - 2] : string.Empty;
        var inParameters = last == "parameters" || parent == "parameters";
        var isOperation = segments.Length == 4 && segments[1] == "paths" && HttpMethods.Contains(last);
        return (inParameters && Swagger20ParameterFields.Contains(name)) || (isOperation && name == "schemes");
    }

    /// <summary>The JSON pointer the error is about: the reader's own, or the one its message names.</summary>
    public static string? PointerOf(OpenApiError error)
    {
        if (!string.IsNullOrEmpty(error.Pointer) && error.Pointer != "#")
        {
            return error.Pointer;
        }

        var match = InvalidProperty.Match(error.Message ?? string.Empty);
        return match.Success ? match.Groups["pointer"].Value : NullIfEmpty(error.Pointer);
    }

    private static string? NullIfEmpty(string? pointer) => string.IsNullOrEmpty(pointer) ? null : pointer;
}
