using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SharpYaml;
using SharpYaml.Events;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Maps JSON pointers to 1-based line and column in the spec text. Microsoft.OpenApi reports
/// pointers only, but a diagnostic a user can click needs a line. The walk is one streaming pass
/// (Utf8JsonReader or SharpYaml events; a shallow JSON walk of its own, see SourceLocator.ShallowJson.cs) and stops
/// descending below its maximum depth.
/// </summary>
internal sealed partial class SourceLocator
{
    // Past this many on-demand walks a spec has many problems; one full walk then records everything.
    private const int MaxTargetedWalks = 16;

    // A targeted YAML walk costs about two thirds of a full one (the parse is the same, the recording is not). Loading
    // asks once (PendingPositions); a locator asked more often walks everything on its third walk, and then no more.
    private const int MaxTargetedYamlWalks = 2;

    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);
    private readonly int maxDepth;
    private readonly HashSet<string> walkedTargets = new(StringComparer.Ordinal);
    private JsonText? pendingJson;

    // A deep YAML locator's text, walked on demand as a JSON one is (SharpYaml cannot skip a subtree, but recording only
    // the nodes on the way to the pointers asked for saves a third of the walk).
    private string? pendingYaml;
    private int walks;

    // A shallow JSON locator's containers at its maximum depth (operations, component schemas, ...), by pointer: where
    // each one's value starts, so that a deep locator can walk one of them instead of the whole text (see Prefetch).
    private readonly Dictionary<string, int> entries = new(StringComparer.Ordinal);
    private string? lastRecorded;
    private bool walkedWhole;

    private SourceLocator(int maxDepth)
    {
        this.maxDepth = maxDepth;
    }

    /// <summary>
    /// A shallow locator (depth 3: one lookup per operation) walks the text once, up front. A deep JSON locator, which
    /// serves a few diagnostics, walks nothing up front: each <see cref="Find"/> of a pointer it has not seen walks the
    /// text once, descending only along that pointer (most specs need a handful of lines, and a full walk of a
    /// 3 MB spec costs more than parsing it). The positions found are exactly those a full walk records.
    /// </summary>
    /// <param name="json">The text as UTF-8 if the caller has it already (other passes over the same spec share it).</param>
    public static SourceLocator Build(string text, SourceFormat format, int maxDepth, JsonText? json = null)
    {
        var locator = new SourceLocator(maxDepth);
        if (format == SourceFormat.Json && maxDepth > 3)
        {
            locator.pendingJson = json ?? new JsonText(text);
            return locator;
        }

        if (format != SourceFormat.Json && maxDepth > 3)
        {
            locator.pendingYaml = text;
            return locator;
        }

        if (format == SourceFormat.Json)
        {
            json ??= new JsonText(text);
            if (!locator.TryWalkShallowJson(json))
            {
                // Not strict JSON: the reader's walk decides what a broken or lenient text records.
                locator.Reset();
                locator.WalkJsonToItsEnd(json);
            }

            return locator;
        }

        try
        {
            locator.WalkYaml(text, ways: null);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // A broken document still gives the positions read before the break.
        }

        return locator;
    }

    /// <summary>
    /// A YAML locator of <paramref name="maxDepth"/> that records from events another pass parses (see
    /// <see cref="YamlSinglePass"/>): what it records is what <see cref="Build"/>'s own walk of the same events would.
    /// </summary>
    internal static (SourceLocator Locator, Action<ParsingEvent> Feed) FedByYamlEvents(int maxDepth)
    {
        var locator = new SourceLocator(maxDepth);
        return (locator, new YamlFeed(locator, ways: null).Next);
    }

    /// <summary>A shallow JSON locator walked by the reader, as <see cref="Build"/> does where the text is not strict JSON.</summary>
    internal static SourceLocator BuildByReader(JsonText json, int maxDepth)
    {
        var locator = new SourceLocator(maxDepth);
        locator.WalkJsonToItsEnd(json);
        return locator;
    }

    /// <summary>The reader's walk of the whole text, or of as much as it reads before the text breaks.</summary>
    private void WalkJsonToItsEnd(JsonText json)
    {
        try
        {
            WalkJson(json, ways: null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // A broken document still gives the positions read before the break.
        }
    }

    /// <summary>Forgets what a walk recorded, for another walk to record from the start.</summary>
    private void Reset()
    {
        positions.Clear();
        entries.Clear();
        lastRecorded = null;
        walkedWhole = false;
        firstDuplicate = null;
        firstDuplicatePosition = default;
    }

    private string? firstDuplicate;
    private (int Line, int Column) firstDuplicatePosition;

    /// <summary>
    /// The first key that appears twice in one object (readers disagree on duplicates; Microsoft.OpenApi throws).
    /// Asked only when the reader failed, so a JSON locator that walks on demand walks the whole text here.
    /// </summary>
    public string? FirstDuplicate
    {
        get
        {
            WalkEverything();
            return firstDuplicate;
        }
    }

    /// <summary>Where the second occurrence of <see cref="FirstDuplicate"/> is.</summary>
    public (int Line, int Column) FirstDuplicatePosition
    {
        get
        {
            WalkEverything();
            return firstDuplicatePosition;
        }
    }

    /// <summary>The position of the pointer, or of its nearest ancestor that was recorded.</summary>
    public (int Line, int Column) Find(string? pointer)
    {
        var segments = pointer is null ? new List<string>() : JsonPointer.Split(pointer);
        var exact = JsonPointer.Join(segments);
        if ((pendingJson is not null || pendingYaml is not null) && !positions.ContainsKey(exact) && walkedTargets.Add(exact))
        {
            WalkOnDemand(new[] { segments });
        }

        while (true)
        {
            var key = JsonPointer.Join(segments);
            if (positions.TryGetValue(key, out var position))
            {
                return position;
            }

            if (segments.Count == 0)
            {
                return (1, 1);
            }

            segments.RemoveAt(segments.Count - 1);
        }
    }

    /// <summary>
    /// Walks once for every pointer given that is not known yet, so that a caller with many diagnostics to place
    /// pays one walk rather than one per pointer. Only a deep JSON locator walks on demand; others know every position.
    /// </summary>
    /// <param name="pointers">The pointers to place.</param>
    /// <param name="shallow">
    /// A shallow locator of the same JSON text, if there is one: a pointer below one of its deepest containers is
    /// then found by walking that container alone (from where the shallow walk saw it start), the ancestors' positions
    /// taken from the shallow locator. Both give what a walk from the root gives, as long as the shallow walk read
    /// the whole text without a break or a duplicate key (otherwise the walk starts at the root, as always).
    /// </param>
    public void Prefetch(IEnumerable<string> pointers, SourceLocator? shallow = null)
    {
        if (pendingJson is null && pendingYaml is null)
        {
            return;
        }

        var targets = new List<List<string>>();
        var byEntry = new Dictionary<string, List<List<string>>>(StringComparer.Ordinal);
        var entered = shallow is { walkedWhole: true, firstDuplicate: null };
        foreach (var pointer in pointers)
        {
            var segments = JsonPointer.Split(pointer);
            var exact = JsonPointer.Join(segments);
            if (positions.ContainsKey(exact) || !walkedTargets.Add(exact))
            {
                continue;
            }

            if (entered && (segments.Count <= shallow!.maxDepth || !shallow.positions.ContainsKey(JsonPointer.Join(segments.Take(shallow.maxDepth)))))
            {
                // The shallow walk recorded every node down to its depth, as a walk from the root would: the pointer,
                // or its nearest ancestor when it leads nowhere, is among them.
                CopyFrom(shallow, segments);
                continue;
            }

            var entry = entered && segments.Count > shallow!.maxDepth ? JsonPointer.Join(segments.Take(shallow.maxDepth)) : null;
            if (entry is not null && (pendingJson is not null ? shallow!.entries.ContainsKey(entry) : shallow!.yamlEntryLines.ContainsKey(entry)))
            {
                if (!byEntry.TryGetValue(entry, out var group))
                {
                    byEntry[entry] = group = new List<List<string>>();
                }

                group.Add(segments);
            }
            else
            {
                targets.Add(segments);
            }
        }

        foreach (var pair in byEntry)
        {
            if (pendingJson is not null)
            {
                WalkEntry(shallow!, pair.Key, pair.Value);
            }
            else if (!TryWalkYamlEntry(shallow!, pair.Key, pair.Value))
            {
                targets.AddRange(pair.Value);
            }
        }

        if (targets.Count > 0)
        {
            WalkOnDemand(targets);
        }
    }

    /// <summary>Takes the shallow locator's positions of the pointer and its ancestors, down to the shallow depth.</summary>
    private void CopyFrom(SourceLocator shallow, List<string> segments)
    {
        var depth = Math.Min(segments.Count, shallow.maxDepth);
        for (var length = 0; length <= depth; length++)
        {
            var key = JsonPointer.Join(segments.Take(length));
            if (!positions.ContainsKey(key) && shallow.positions.TryGetValue(key, out var position))
            {
                positions[key] = position;
            }
        }
    }

    private void WalkEntry(SourceLocator shallow, string entry, List<List<string>> targets)
    {
        var prefix = targets[0].Take(shallow.maxDepth).ToList();
        CopyFrom(shallow, prefix);

        try
        {
            WalkJson(pendingJson!, WaysTo(targets), shallow.entries[entry], prefix);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // As in Build: the positions read before the break stand.
        }
    }

    private void WalkEverything()
    {
        if (pendingYaml is not null)
        {
            WalkYamlWhole();
            return;
        }

        if (pendingJson is not { } json)
        {
            return;
        }

        pendingJson = null;
        WalkJsonToItsEnd(json);
    }

    private void WalkYamlWhole()
    {
        var text = pendingYaml!;
        pendingYaml = null;

        // What targeted walks recorded, this walk records again: kept, it would read as duplicate keys. A duplicate a
        // targeted walk met may not be the text's first.
        positions.Clear();
        firstDuplicate = null;
        try
        {
            WalkYaml(text, ways: null);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // A broken document still gives the positions read before the break.
        }
    }

    private void WalkOnDemand(IReadOnlyList<List<string>> targets)
    {
        if (pendingYaml is { } yaml)
        {
            if (++walks > MaxTargetedYamlWalks)
            {
                WalkYamlWhole();
                return;
            }

            try
            {
                WalkYaml(yaml, WaysTo(targets));
            }
            catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
            {
                // As in Build: the positions read before the break stand.
            }

            return;
        }

        var json = pendingJson!;
        var full = ++walks > MaxTargetedWalks;
        if (full)
        {
            pendingJson = null;
        }

        try
        {
            WalkJson(json, full ? null : WaysTo(targets));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // As in Build: the positions read before the break stand.
        }
    }

    private void Record(List<string> path, JsonText json, int offset)
    {
        if (path.Count > maxDepth)
        {
            return;
        }

        var key = JsonPointer.Join(path);
        lastRecorded = key;
        if (!positions.ContainsKey(key))
        {
            positions[key] = json.Position(offset);
        }
        else
        {
            NoteDuplicate(key, json.Position(offset));
        }
    }

    /// <summary>
    /// One pass over the JSON. Containers whose children could not be recorded (beyond maxDepth), or which are off
    /// every path in <paramref name="ways"/>, are skipped unread; everything else is recorded as a full walk would.
    /// </summary>
    /// <param name="start">Where to start reading: the root, or with <paramref name="prefix"/> a container's value.</param>
    /// <param name="prefix">The path of the container at <paramref name="start"/> (a property's value); the walk ends with it.</param>
    private void WalkJson(JsonText json, HashSet<string>? ways, int start = 0, List<string>? prefix = null)
    {
        var reader = new Utf8JsonReader(json.Span.Slice(start), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = prefix ?? new List<string>();
        var arrayIndexes = new Stack<int>();
        var containers = new Stack<bool>(); // true = array
        var pendingProperty = prefix is not null;

        while (reader.Read())
        {
            var offset = start + (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    path.Add(reader.GetString() ?? string.Empty);
                    Record(path, json, offset);
                    pendingProperty = true;
                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    EnterValue(path, containers, arrayIndexes, pendingProperty, json, offset);
                    pendingProperty = false;
                    if (path.Count == 0)
                    {
                        Record(path, json, offset);
                    }

                    if (path.Count >= maxDepth || (ways is not null && !ways.Contains(JsonPointer.Join(path))))
                    {
                        if (ways is null && path.Count == maxDepth)
                        {
                            NoteEntry(offset);
                        }

                        if (path.Count == 0)
                        {
                            // Only the root was asked for (a reader problem without a pointer): it is recorded, and
                            // skipping it would read the whole text for nothing.
                            return;
                        }

                        reader.Skip();
                        LeaveValue(path, containers);
                        break;
                    }

                    containers.Push(reader.TokenType == JsonTokenType.StartArray);
                    arrayIndexes.Push(-1);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    containers.Pop();
                    arrayIndexes.Pop();
                    LeaveValue(path, containers);
                    if (containers.Count == 0)
                    {
                        if (prefix is not null)
                        {
                            return; // the container walked is complete; what follows it is not one JSON value
                        }

                        walkedWhole = ways is null;
                    }

                    break;
                default:
                    EnterValue(path, containers, arrayIndexes, pendingProperty, json, offset);
                    pendingProperty = false;
                    LeaveValue(path, containers);
                    break;
            }
        }
    }

    /// <summary>The container starting at <paramref name="offset"/> is the value of the pointer recorded last.</summary>
    private void NoteEntry(int offset)
    {
        if (lastRecorded is not null && !entries.ContainsKey(lastRecorded))
        {
            entries[lastRecorded] = offset;
        }
    }

    /// <summary>The proper prefixes of the targets, as pointers: the containers whose children may be on the way.</summary>
    private static HashSet<string> WaysTo(IReadOnlyList<List<string>> targets)
    {
        var ways = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            for (var length = 0; length < target.Count; length++)
            {
                ways.Add(JsonPointer.Join(target.Take(length)));
            }
        }

        return ways;
    }

    private void EnterValue(List<string> path, Stack<bool> containers, Stack<int> arrayIndexes, bool pendingProperty, JsonText json, int offset)
    {
        if (!pendingProperty && containers.Count > 0 && containers.Peek())
        {
            var index = arrayIndexes.Pop() + 1;
            arrayIndexes.Push(index);
            path.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Record(path, json, offset);
        }
    }

    private static void LeaveValue(List<string> path, Stack<bool> containers)
    {
        // Every value sits under one path segment (a property name or an array index), except the root.
        if (path.Count > 0 && (containers.Count > 0))
        {
            path.RemoveAt(path.Count - 1);
        }
    }

    private void WalkYaml(string text, HashSet<string>? ways)
    {
        var parser = Parser.CreateParser(new StringReader(text));
        var feed = new YamlFeed(this, ways);
        while (parser.MoveNext())
        {
            feed.Next(parser.Current);
        }
    }

    /// <summary>
    /// The YAML walk, event by event: records each node's position down to the locator's maximum depth, or with
    /// <c>ways</c> only the nodes of the containers on the way to the pointers asked for (as the JSON walk does).
    /// </summary>
    private sealed class YamlFeed
    {
        private readonly SourceLocator locator;
        private readonly HashSet<string>? ways;
        private readonly List<string> path;
        private readonly Stack<YamlFrame> frames = new();

        // An entry walk (SourceLocator.YamlEntries.cs) reads one operation or component cut out of the text: its events
        // are placed below the entry's parent, on the lines the cut came from, and nodes the shallow locator knows are
        // not recorded again.
        private readonly bool isEntry;
        private readonly int recordBelow;
        private readonly int lineOffset;

        public YamlFeed(SourceLocator locator, HashSet<string>? ways)
        {
            this.locator = locator;
            this.ways = ways;
            path = new List<string>();
        }

        public YamlFeed(SourceLocator locator, HashSet<string> ways, List<string> parent, int recordBelow, int lineOffset)
        {
            this.locator = locator;
            this.ways = ways;
            path = parent;
            isEntry = true;
            this.recordBelow = recordBelow;
            this.lineOffset = lineOffset;
        }

        /// <summary>For an entry walk: the key the cut starts with, as the first key read at the entry's depth.</summary>
        public string? EntryKey { get; private set; }

        /// <summary>Whether the nodes of the innermost container are recorded: everything, or a container on the way.</summary>
        private bool Recording => frames.Count == 0 || frames.Peek().OnWay;

        public void Next(ParsingEvent? current)
        {
            if (current is null)
            {
                return;
            }

            var line = current.Start.Line + 1 + lineOffset;
            var column = current.Start.Column + 1;
            switch (current)
            {
                case MappingStart:
                case SequenceStart:
                    BeginNode(line, column);
                    // Only a container on the way joins its pointer, so a targeted walk builds few strings.
                    var onWay = ways is null || (Recording && ways.Contains(JsonPointer.Join(path)));
                    frames.Push(new YamlFrame(current is SequenceStart) { OnWay = onWay, IsBlock = current is MappingStart { Style: YamlStyle.Block } });
                    break;
                case StreamEnd when ways is null:
                    locator.walkedWhole = true;
                    break;
                case MappingEnd:
                case SequenceEnd:
                    frames.Pop();
                    EndNode();
                    break;
                case Scalar scalar:
                    if (frames.Count > 0 && !frames.Peek().IsSequence && frames.Peek().ExpectingKey)
                    {
                        var parent = frames.Peek();
                        parent.ExpectingKey = false;
                        path.Add(scalar.Value);
                        if (isEntry && path.Count == recordBelow)
                        {
                            EntryKey ??= scalar.Value;
                        }
                        else if (path.Count <= locator.maxDepth && Recording)
                        {
                            locator.Record(path, line, column);
                            if (ways is null && path.Count == locator.maxDepth && parent.IsBlock)
                            {
                                // A key in a block mapping starts its entry's lines: a deep locator can cut them out.
                                locator.yamlEntryLines[locator.lastRecorded!] = line;
                            }
                        }
                    }
                    else
                    {
                        BeginNode(line, column);
                        EndNode();
                    }

                    break;
                case AnchorAlias:
                    BeginNode(line, column);
                    EndNode();
                    break;
            }
        }

        private void BeginNode(int line, int column)
        {
            if (frames.Count == 0)
            {
                if (!isEntry)
                {
                    locator.Record(path, line, column);
                }

                return;
            }

            var frame = frames.Peek();
            if (frame.IsSequence)
            {
                frame.Index++;
                path.Add(frame.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (path.Count <= locator.maxDepth && frame.OnWay && (!isEntry || path.Count > recordBelow))
                {
                    locator.Record(path, line, column);
                }
            }
            else if (frame.ExpectingKey)
            {
                // A complex (non-scalar) mapping key: give it a placeholder segment so the value pops it.
                frame.ExpectingKey = false;
                path.Add("?");
            }
        }

        private void EndNode()
        {
            if (frames.Count == 0)
            {
                return;
            }

            var frame = frames.Peek();
            if (path.Count > 0)
            {
                path.RemoveAt(path.Count - 1);
            }

            if (!frame.IsSequence)
            {
                frame.ExpectingKey = true;
            }
        }
    }

    private void Record(List<string> path, int line, int column)
    {
        var key = JsonPointer.Join(path);
        lastRecorded = key;
        if (!positions.ContainsKey(key))
        {
            positions[key] = (line, column);
            entryWalkLog?.Add(key);
        }
        else
        {
            NoteDuplicate(key, (line, column));
        }
    }

    private void NoteDuplicate(string key, (int Line, int Column) position)
    {
        // Only a key repeated within one object can record the same pointer twice (the root can, across YAML documents).
        if (key.Length > 0 && firstDuplicate is null)
        {
            firstDuplicate = key;
            firstDuplicatePosition = position;
        }
    }

    private sealed class YamlFrame
    {
        public YamlFrame(bool isSequence)
        {
            IsSequence = isSequence;
            ExpectingKey = !isSequence;
        }

        public bool IsSequence { get; }

        public bool ExpectingKey { get; set; }

        public int Index { get; set; } = -1;

        public bool OnWay { get; set; } = true;

        /// <summary>A block mapping, whose keys each start a line (a flow one's may share a line).</summary>
        public bool IsBlock { get; set; }
    }
}
