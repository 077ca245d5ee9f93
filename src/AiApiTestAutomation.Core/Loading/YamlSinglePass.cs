using System;
using System.IO;
using System.Text.Json.Nodes;
using SharpYaml;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Parses a YAML spec once for two consumers: the JSON tree Microsoft.OpenApi reads the document from
/// (<see cref="YamlJsonBuilder"/>), and the shallow locator's positions of every operation and component. Each used to
/// parse the text on its own, and the locator's parse was a fifth of a YAML spec's generation (docs/performance.md,
/// twelfth round).
/// </summary>
internal static class YamlSinglePass
{
    // The reader turns the text into UTF-8 and back, so it sees a different text from ours where that is not a round
    // trip (a byte-order mark, half a surrogate pair); such texts, and texts over its size limit, take the reader's path.
    private const int MaxLength = 128 * 1024 * 1024 / 4;

    /// <summary>
    /// The document's JSON tree and a locator of <paramref name="shallowDepth"/>, or null where the reader must parse the
    /// text itself: it would refuse it (and says why in its own words), or might read it differently from us.
    /// </summary>
    /// <param name="text">The YAML as the reader gets it (<see cref="YamlFinalLineBreak.Ensure"/>).</param>
    public static (JsonNode Document, SourceLocator Locator)? TryParse(string text, int shallowDepth)
    {
        if (text.Length == 0 || text.Length > MaxLength || text[0] == '\uFEFF'
            || !ReferenceEquals(ReaderFailureLocator.WithoutLoneSurrogates(text), text))
        {
            return null;
        }

        var builder = new YamlJsonBuilder();
        var (locator, feed) = SourceLocator.FedByYamlEvents(shallowDepth);
        // The reader's parser, limits included (its nesting limit is the builder's).
        var parser = new Parser<LookAheadBuffer>(new LookAheadBuffer(new StringReader(text), 8), YamlJsonBuilder.MaxDepth);
        try
        {
            var complete = false;
            while (!complete && parser.MoveNext())
            {
                var current = parser.Current!;
                feed(current);
                complete = builder.Add(current);
            }

            if (!complete)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is YamlException or YamlJsonBuilder.Refused or InvalidOperationException or ArgumentException)
        {
            return null;
        }

        // The reader stops at the end of the first document; the locator records the rest, as its own walk did.
        try
        {
            while (parser.MoveNext())
            {
                feed(parser.Current!);
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // As in the locator's own walk: the positions read before the break stand.
        }

        return (builder.Root, locator);
    }
}
