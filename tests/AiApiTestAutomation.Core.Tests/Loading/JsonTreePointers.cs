using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Core.Loading;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>The pointers of a JSON tree's nodes, in document order, for comparing locators over a whole spec.</summary>
internal static class JsonTreePointers
{
    /// <summary>Every node's pointer from <paramref name="fromDepth"/> down to <paramref name="toDepth"/> (the root is depth 0).</summary>
    public static IEnumerable<string> Of(JsonNode? root, int fromDepth, int toDepth) => Walk(root, string.Empty, 0, fromDepth, toDepth);

    private static IEnumerable<string> Walk(JsonNode? node, string pointer, int depth, int fromDepth, int toDepth)
    {
        if (depth >= fromDepth)
        {
            yield return pointer;
        }

        if (depth == toDepth)
        {
            yield break;
        }

        var children = node switch
        {
            JsonObject obj => obj.Select(pair => (JsonPointer.Escape(pair.Key), pair.Value)),
            JsonArray array => array.Select((item, index) => (index.ToString(System.Globalization.CultureInfo.InvariantCulture), item)),
            _ => Enumerable.Empty<(string, JsonNode?)>(),
        };
        foreach (var (segment, child) in children)
        {
            foreach (var below in Walk(child, pointer + "/" + segment, depth + 1, fromDepth, toDepth))
            {
                yield return below;
            }
        }
    }
}
