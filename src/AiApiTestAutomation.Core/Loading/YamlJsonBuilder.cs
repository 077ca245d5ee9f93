using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SharpYaml;
using SharpYaml.Events;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Builds the JSON tree of a YAML document from SharpYaml's events, by the rules Microsoft.OpenApi.YamlReader 3.11
/// converts YAML with: a plain scalar that parses as a number, a boolean or a YAML null becomes one; every other
/// scalar is a string; an alias is a copy of its anchor's node; the reader's limits on nesting, node count, alias
/// expansion and scalar length hold. It lets <see cref="YamlSinglePass"/> parse a YAML spec once for the reader and the
/// locator both. Whatever the reader would refuse, this refuses too (<see cref="Refused"/>): the caller then hands the
/// text to the reader, which reports the problem in its own words.
/// </summary>
internal sealed class YamlJsonBuilder
{
    // Microsoft.OpenApi.YamlReader's defaults (OpenApiYamlReaderSettings), which AddYamlReader() reads with.
    internal const int MaxDepth = 64;
    private const long MaxNodeCount = 5_000_000;
    private const long MaxAliasExpansionNodeCount = 5_000;
    private const int MaxScalarLength = 65_536;

    private static readonly HashSet<string> NullScalars = new(StringComparer.Ordinal) { "~", "null", "Null", "NULL" };

    private readonly Stack<Frame> frames = new();
    private readonly Dictionary<string, Built> anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> openAnchors = new(StringComparer.Ordinal);
    private long nodeCount;
    private long aliasExpansionNodeCount;
    private bool sawDocument;
    private JsonNode? root;

    /// <summary>The document, once <see cref="Add"/> has returned true.</summary>
    public JsonNode Root => root ?? throw new Refused("no content");

    /// <summary>Takes the next event; true once the first document is complete (the reader reads no further).</summary>
    public bool Add(ParsingEvent current)
    {
        switch (current)
        {
            case StreamStart:
                return false;
            case DocumentStart:
                sawDocument = true;
                return false;
            case MappingStart mapping:
                Open(new JsonObject(), mapping.Anchor);
                return false;
            case SequenceStart sequence:
                Open(new JsonArray(), sequence.Anchor);
                return false;
            case Scalar scalar:
                AddScalar(scalar);
                return false;
            case AnchorAlias alias:
                AddAlias(alias);
                return false;
            case MappingEnd:
            case SequenceEnd:
                Close();
                return false;
            case DocumentEnd:
                _ = Root;
                return true;
            case StreamEnd:
                _ = sawDocument ? Root : throw new Refused("no document");
                return true;
            default:
                throw new Refused($"unsupported event {current.GetType().Name}");
        }
    }

    private void Open(JsonNode container, string? anchor)
    {
        CountNode();
        if (!string.IsNullOrEmpty(anchor) && (anchors.ContainsKey(anchor!) || !openAnchors.Add(anchor!)))
        {
            throw new Refused("duplicate anchor");
        }

        frames.Push(new Frame(container, anchor));
    }

    private void AddScalar(Scalar scalar)
    {
        if (scalar.Value is { Length: > MaxScalarLength })
        {
            throw new Refused("scalar too long");
        }

        CountNode();
        var built = new Built(ValueOf(scalar.Value, scalar.Style), 1, 1, scalar.Value);
        if (!string.IsNullOrEmpty(scalar.Anchor))
        {
            if (anchors.ContainsKey(scalar.Anchor!) || openAnchors.Contains(scalar.Anchor!))
            {
                throw new Refused("duplicate anchor");
            }

            anchors.Add(scalar.Anchor!, built);
        }

        Attach(built);
    }

    private void AddAlias(AnchorAlias alias)
    {
        if (openAnchors.Contains(alias.Value) || !anchors.TryGetValue(alias.Value, out var target))
        {
            throw new Refused("alias to an unknown or enclosing anchor");
        }

        CheckDepth();
        if (target.Height > MaxDepth - frames.Count || target.NodeCount > MaxAliasExpansionNodeCount - aliasExpansionNodeCount)
        {
            throw new Refused("alias expansion over the reader's limits");
        }

        aliasExpansionNodeCount += target.NodeCount;
        AddToNodeCount(target.NodeCount);
        Attach(new Built(target.Node.DeepClone(), target.NodeCount, target.Height, target.MappingKey));
    }

    private void Close()
    {
        if (frames.Count == 0)
        {
            throw new Refused("unexpected end of container");
        }

        var frame = frames.Pop();
        if (frame.PendingKey is not null)
        {
            throw new Refused("key without a value");
        }

        var built = new Built(frame.Container, frame.NodeCount, frame.MaxChildHeight + 1, null);
        if (frame.Anchor is { Length: > 0 } anchor)
        {
            openAnchors.Remove(anchor);
            anchors.Add(anchor, built);
        }

        Attach(built);
    }

    private void Attach(Built built)
    {
        if (frames.Count == 0)
        {
            root = root is null ? built.Node : throw new Refused("more than one root node");
            return;
        }

        var frame = frames.Peek();
        if (frame.Container is JsonArray array)
        {
            array.Add(built.Node);
        }
        else if (frame.PendingKey is null)
        {
            frame.PendingKey = built.MappingKey ?? throw new Refused("a mapping key that is not a scalar");
            return;
        }
        else
        {
            var owner = (JsonObject)frame.Container;
            if (owner.ContainsKey(frame.PendingKey))
            {
                throw new Refused("duplicate key");
            }

            owner.Add(frame.PendingKey, built.Node);
            frame.PendingKey = null;
        }

        frame.NodeCount += built.NodeCount;
        frame.MaxChildHeight = Math.Max(frame.MaxChildHeight, built.Height);
    }

    private void CountNode()
    {
        CheckDepth();
        AddToNodeCount(1);
    }

    private void CheckDepth()
    {
        if (frames.Count >= MaxDepth)
        {
            throw new Refused("nesting too deep");
        }
    }

    private void AddToNodeCount(long count)
    {
        if (count > MaxNodeCount - nodeCount)
        {
            throw new Refused("too many nodes");
        }

        nodeCount += count;
    }

    /// <summary>A scalar's JSON value: typed when plain, a string when quoted or a block.</summary>
    private static JsonValue ValueOf(string? value, ScalarStyle style)
    {
        if (style != ScalarStyle.Plain)
        {
            return style is ScalarStyle.Any or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded
                ? JsonValue.Create(value ?? string.Empty)
                : throw new Refused("unknown scalar style");
        }

        if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        if (bool.TryParse(value, out var boolean))
        {
            return JsonValue.Create(boolean);
        }

        return value is not null && NullScalars.Contains(value)
            ? (JsonValue)JsonNullSentinel.JsonNull.DeepClone()
            : JsonValue.Create(value ?? string.Empty);
    }

    /// <summary>The reader would refuse the document; it is left to the reader to say why.</summary>
    internal sealed class Refused : Exception
    {
        public Refused(string reason)
            : base(reason)
        {
        }
    }

    private sealed class Frame
    {
        public Frame(JsonNode container, string? anchor)
        {
            Container = container;
            Anchor = anchor;
        }

        public JsonNode Container { get; }

        public string? Anchor { get; }

        public string? PendingKey { get; set; }

        public long NodeCount { get; set; } = 1;

        public long MaxChildHeight { get; set; }
    }

    private readonly struct Built
    {
        public Built(JsonNode node, long nodeCount, long height, string? mappingKey)
        {
            Node = node;
            NodeCount = nodeCount;
            Height = height;
            MappingKey = mappingKey;
        }

        public JsonNode Node { get; }

        public long NodeCount { get; }

        public long Height { get; }

        public string? MappingKey { get; }
    }
}
