using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

internal static class MediaTypes
{
    public static bool IsJson(string mediaType)
    {
        // Asked several times for every body of every operation: the type is cut out only when parameters follow it.
        var semicolon = mediaType.IndexOf(';');
        var type = (semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon)).Trim();
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || type == "*/*";
    }

    /// <summary>Prefers a JSON media type, since that is what the generated client speaks natively.</summary>
    public static (string MediaType, IOpenApiMediaType? Content) PickBody(IDictionary<string, IOpenApiMediaType> content)
    {
        foreach (var pair in content)
        {
            if (IsJson(pair.Key) && pair.Key != "*/*")
            {
                return (pair.Key, pair.Value);
            }
        }

        var first = content.First();
        return (first.Key, first.Value);
    }
}
