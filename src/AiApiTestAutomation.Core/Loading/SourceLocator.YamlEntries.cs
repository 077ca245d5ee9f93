using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SharpYaml;
using SharpYaml.Events;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// A deep YAML locator's walk of one operation or component. SharpYaml cannot skip a subtree, so a walk from the root
/// parses the whole text: on GitHub's YAML spec, placing its 504 property-level diagnostics cost a parse of 2.4 MB
/// (98 ms) after the one the reader made. A key in a block mapping at the shallow locator's depth starts the lines of
/// its entry, which end where the next node the shallow locator recorded starts; those lines, cut out with their
/// indentation, parse as a mapping of that one key, and each event's line is the cut's line plus where the cut began.
/// An entry whose cut does not read as its own key (it shares a line with something else, a tag it uses is declared
/// elsewhere) is walked from the root, as before.
/// </summary>
internal sealed partial class SourceLocator
{
    // A shallow locator's entries at its maximum depth, by pointer: the line each one's key starts (block mappings only).
    private readonly Dictionary<string, int> yamlEntryLines = new(StringComparer.Ordinal);

    // A shallow locator's recorded lines, sorted: where each entry's lines end.
    private int[]? recordedLines;

    // A deep YAML locator's line starts, for cutting entries out of its text; null until needed, empty where the text
    // breaks lines otherwise than with line feeds (SharpYaml counts a lone CR, NEL, LS and PS as breaks too).
    private List<int>? yamlLineStarts;

    /// <summary>How many times a deep locator has walked its text from the root on demand (entry walks are not counted).</summary>
    internal int WalksFromRoot => walks;

    /// <summary>How many entries a deep YAML locator has walked alone.</summary>
    internal int EntryWalks { get; private set; }

    // The pointers an entry walk recorded, to forget should its cut turn out not to be the entry.
    private List<string>? entryWalkLog;

    private bool TryWalkYamlEntry(SourceLocator shallow, string entry, List<List<string>> targets)
    {
        var text = pendingYaml!;
        var line = shallow.yamlEntryLines[entry];
        var column = shallow.positions[entry].Column;
        var starts = yamlLineStarts ??= LineStartsOf(text);
        if (line > starts.Count || starts.Count == 0)
        {
            return false;
        }

        var start = starts[line - 1];
        for (var i = start; i < start + column - 1; i++)
        {
            if (i >= text.Length || text[i] != ' ')
            {
                return false; // the key does not start its line
            }
        }

        var next = shallow.FirstRecordedLineAfter(line);
        var end = next <= starts.Count ? starts[next - 1] : text.Length;
        var entryPath = targets[0].Take(shallow.maxDepth).ToList();
        var feed = new YamlFeed(this, WaysTo(targets), entryPath.Take(entryPath.Count - 1).ToList(), recordBelow: entryPath.Count, lineOffset: line - 1);
        entryWalkLog = new List<string>();
        try
        {
            var parser = Parser.CreateParser(new StringReader(text.Substring(start, end - start)));
            while (parser.MoveNext() && parser.Current is not DocumentEnd)
            {
                feed.Next(parser.Current);
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            feed = null;
        }

        var recorded = entryWalkLog;
        entryWalkLog = null;
        if (feed?.EntryKey != entryPath[entryPath.Count - 1])
        {
            // What the cut recorded may be wrong: forget it, for the walk from the root to record.
            foreach (var key in recorded)
            {
                positions.Remove(key);
            }

            return false;
        }

        CopyFrom(shallow, entryPath);
        EntryWalks++;
        return true;
    }

    /// <summary>The first line after <paramref name="line"/> on which this (shallow) locator recorded a node, or past the last.</summary>
    private int FirstRecordedLineAfter(int line)
    {
        var lines = recordedLines ??= positions.Values.Select(position => position.Line).Distinct().OrderBy(l => l).ToArray();
        var index = Array.BinarySearch(lines, line + 1);
        index = index >= 0 ? index : ~index;
        return index < lines.Length ? lines[index] : int.MaxValue;
    }

    private static List<int> LineStartsOf(string text)
    {
        var starts = new List<int> { 0 };
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            starts.Add(at + 1);
        }

        var otherBreak = text.IndexOfAny(OtherLineBreaks);
        while (otherBreak >= 0 && text[otherBreak] == '\r' && otherBreak + 1 < text.Length && text[otherBreak + 1] == '\n')
        {
            otherBreak = text.IndexOfAny(OtherLineBreaks, otherBreak + 1);
        }

        return otherBreak < 0 ? starts : new List<int>();
    }

    private static readonly char[] OtherLineBreaks = ['\r', '\u0085', '\u2028', '\u2029'];
}
