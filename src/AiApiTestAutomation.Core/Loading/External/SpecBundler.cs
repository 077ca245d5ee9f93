using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Loading.External;

/// <summary>
/// Turns a multi-file spec into one document, the way <c>redocly bundle</c> does, using only the texts it is given
/// (a generator must not read files itself). Referenced schemas, parameters, responses and other reusable objects
/// are hoisted into the root's components (definitions in Swagger 2.0) under their file names, so recursive schemas
/// stay recursive; path items, operations and anything else are inlined where they are referenced. References in
/// places OpenAPI does not allow them (an operation, a description) are inlined too, with one note saying so.
/// Whatever cannot be resolved is dropped with a diagnostic at the <c>$ref</c>'s file and line, and the rest goes on.
/// </summary>
internal sealed class SpecBundler
{
    private const int MaxDepth = 256;
    private const int MaxDiagnosticsPerId = 50;

    private readonly string rootPath;
    private readonly Func<string, string?> readFile;
    private readonly Dictionary<string, ReferencedDocument?> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> hoisted = new(StringComparer.Ordinal);
    private readonly HashSet<string> definitionSites = new(StringComparer.Ordinal);
    private readonly HashSet<string> hoistedPointers = new(StringComparer.Ordinal);
    private readonly HashSet<string> inlining = new(StringComparer.Ordinal);
    private readonly HashSet<string> unreadableReported = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> reportedPerId = new(StringComparer.Ordinal);
    private readonly List<SpecDiagnostic> diagnostics = new();
    private readonly BundleSourceMap sourceMap = new();
    private readonly JsonObject root;
    private readonly bool swagger2;
    private int nonStandard;
    private BundlePosition? firstNonStandard;
    private bool depthReported;

    private SpecBundler(string rootPath, ReferencedDocument rootDocument, JsonObject root, Func<string, string?> readFile)
    {
        this.rootPath = rootPath;
        this.root = root;
        this.readFile = readFile;
        documents[rootPath] = rootDocument;
        swagger2 = root["swagger"] is JsonValue;
    }

    /// <summary>The bundled document, or null when the root itself cannot be parsed (the ordinary reader then reports why).</summary>
    public static SpecBundle? Bundle(string filePath, string text, Func<string, string?> readFile)
    {
        var rootPath = SpecPaths.Normalize(filePath);
        var rootDocument = ReferencedDocument.Parse(rootPath, text);
        if (rootDocument.Root is not JsonObject root)
        {
            return null;
        }

        var bundler = new SpecBundler(rootPath, rootDocument, root, readFile);
        bundler.RegisterComponentEntries();
        bundler.Walk(root, new Slot(NodeKind.Document), new BundlePosition(rootPath, string.Empty, string.Empty), 0, out _);
        bundler.ReportNonStandard();
        bundler.ReportSuppressed();
        return new SpecBundle(root.ToJsonString(), bundler.diagnostics, bundler.sourceMap, bundler.documents.Count - 1);
    }

    /// <summary>
    /// <c>components.schemas.Order: {$ref: ./Order.yaml}</c> names the file's content <c>Order</c>: every other reference
    /// to that file points there, rather than to a second copy under a derived name.
    /// </summary>
    private void RegisterComponentEntries()
    {
        var sections = swagger2
            ? new[] { ("definitions", root["definitions"]), ("parameters", root["parameters"]), ("responses", root["responses"]) }
            : (root["components"] as JsonObject)?.Select(p => (p.Key, p.Value)).ToArray() ?? Array.Empty<(string, JsonNode?)>();
        var prefix = swagger2 ? string.Empty : "/components";
        foreach (var (name, section) in sections)
        {
            if (section is not JsonObject entries)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Value is JsonObject value && RefOf(value) is { } reference && ExternalReferences.FilePart(reference) is { } file && !SpecPaths.IsRemote(file))
                {
                    var target = SpecPaths.Resolve(rootPath, file);
                    var pointer = prefix + "/" + JsonPointer.Escape(name) + "/" + JsonPointer.Escape(entry.Key);
                    var key = Key(target, Fragment(reference));
                    if (target != rootPath && !hoisted.ContainsKey(key))
                    {
                        hoisted[key] = "#" + pointer;
                        definitionSites.Add(pointer);
                    }
                }
            }
        }
    }

    private JsonNode? Walk(JsonNode? node, Slot slot, BundlePosition at, int depth, out bool drop)
    {
        drop = false;
        if (node is null || slot.Kind == NodeKind.Literal)
        {
            return node;
        }

        if (depth > MaxDepth)
        {
            if (!depthReported)
            {
                depthReported = true;
                Report(DiagnosticIds.ReferenceCycle, SpecDiagnosticSeverity.Error, at, $"References nest deeper than {MaxDepth} levels here; deeper references were left unresolved");
            }

            return node;
        }

        if (node is JsonObject referencing && RefOf(referencing) is { } reference)
        {
            return Resolve(referencing, reference, slot, at, depth, out drop);
        }

        if (slot.Shape == SlotShape.Map && node is JsonObject map)
        {
            foreach (var key in map.Select(p => p.Key).ToList())
            {
                if (!key.StartsWith("x-", StringComparison.OrdinalIgnoreCase))
                {
                    Replace(map, key, Walk(map[key], new Slot(slot.Kind), at.Child(key), depth + 1, out var dropped), dropped);
                }
            }

            return node;
        }

        if (node is JsonArray list)
        {
            var itemSlot = slot.Shape == SlotShape.List ? new Slot(slot.Kind) : slot;
            var removed = new List<int>();
            for (var i = 0; i < list.Count; i++)
            {
                var item = list[i];
                var walked = Walk(item, itemSlot, at.Child(i), depth + 1, out var dropped);
                if (dropped)
                {
                    removed.Add(i);
                }
                else if (!ReferenceEquals(walked, item))
                {
                    list[i] = walked;
                }
            }

            for (var i = removed.Count - 1; i >= 0; i--)
            {
                list.RemoveAt(removed[i]);
            }

            return node;
        }

        if (node is JsonObject obj && slot.Shape == SlotShape.Single && !hoistedPointers.Contains(at.BundlePointer))
        {
            foreach (var key in obj.Select(p => p.Key).ToList())
            {
                var value = obj[key];
                if (slot.Kind == NodeKind.Schema && key == "discriminator")
                {
                    RewriteMapping(value as JsonObject, at.Child(key), depth);
                    continue;
                }

                var child = Slot.Child(slot.Kind, key, value, swagger2);
                if (child.Kind != NodeKind.Literal)
                {
                    Replace(obj, key, Walk(value, child, at.Child(key), depth + 1, out var dropped), dropped);
                }
            }
        }

        return node;
    }

    private JsonNode? Resolve(JsonObject referencing, string reference, Slot slot, BundlePosition at, int depth, out bool drop)
    {
        drop = false;
        var file = ExternalReferences.FilePart(reference);
        var fragment = Fragment(reference);
        var standard = IsStandardPosition(slot);
        string target;
        if (file is null)
        {
            if (at.File == rootPath && standard)
            {
                return referencing; // an ordinary reference inside the root document: the reader resolves it
            }

            target = at.File;
        }
        else if (SpecPaths.IsRemote(file))
        {
            Report(DiagnosticIds.RemoteReference, SpecDiagnosticSeverity.Warning, at, $"$ref '{reference}' names a remote document; the generator reads no network, so it stays unresolved ({Consequence(slot)})");
            return Unresolvable(slot, out drop);
        }
        else
        {
            target = SpecPaths.Resolve(at.File, file);
        }

        if (target == rootPath && standard)
        {
            referencing["$ref"] = "#" + fragment;
            return referencing;
        }

        var key = Key(target, fragment);
        var section = standard ? SectionFor(slot.Kind) : null;
        if (section is not null && (!hoisted.TryGetValue(key, out var local) || local == "#" + at.BundlePointer))
        {
            return hoisted.ContainsKey(key) ? InlineAt(referencing, reference, key, target, fragment, slot, at, depth, out drop) : Hoist(referencing, reference, key, target, fragment, section, slot, at, depth, out drop);
        }

        if (section is not null)
        {
            referencing["$ref"] = hoisted[key];
            return referencing;
        }

        if (!standard || slot.Kind == NodeKind.Other)
        {
            nonStandard++;
            firstNonStandard ??= at;
        }

        return InlineAt(referencing, reference, key, target, fragment, slot, at, depth, out drop);
    }

    private JsonNode? Hoist(JsonObject referencing, string reference, string key, string target, string fragment, string section, Slot slot, BundlePosition at, int depth, out bool drop)
    {
        drop = false;
        var content = Load(reference, target, fragment, at, slot);
        if (content is null)
        {
            return Unresolvable(slot, out drop);
        }

        var entries = Section(section);
        var name = UniqueName(entries, BaseName(target, fragment));
        var pointer = SectionPointer(section) + "/" + JsonPointer.Escape(name);
        hoisted[key] = "#" + pointer;
        entries[name] = new JsonObject(); // reserves the name while nested references are hoisted

        var walked = Walk(content.Value.Node.DeepClone(), new Slot(slot.Kind), new BundlePosition(target, content.Value.Pointer, pointer), depth + 1, out var dropped);
        entries[name] = dropped ? new JsonObject() : walked;
        hoistedPointers.Add(pointer);
        sourceMap.Add(pointer, content.Value.Document, content.Value.Pointer);
        referencing["$ref"] = "#" + pointer;
        return referencing;
    }

    private JsonNode? InlineAt(JsonObject referencing, string reference, string key, string target, string fragment, Slot slot, BundlePosition at, int depth, out bool drop)
    {
        drop = false;
        if (!inlining.Add(key))
        {
            Report(DiagnosticIds.ReferenceCycle, SpecDiagnosticSeverity.Error, at, $"$ref '{reference}' leads back to itself through objects that can only be inlined ({Consequence(slot)})");
            return Unresolvable(slot, out drop);
        }

        try
        {
            var content = Load(reference, target, fragment, at, slot);
            if (content is null)
            {
                return Unresolvable(slot, out drop);
            }

            var copy = content.Value.Node.DeepClone();
            if (copy is JsonObject merged)
            {
                // Siblings of the $ref (a summary or description next to it) override the referenced text, as in OpenAPI 3.1.
                foreach (var sibling in referencing.Where(p => p.Key != "$ref").ToList())
                {
                    merged[sibling.Key] = sibling.Value?.DeepClone();
                }
            }

            var walked = Walk(copy, slot, new BundlePosition(target, content.Value.Pointer, at.BundlePointer), depth + 1, out drop);
            sourceMap.Add(at.BundlePointer, content.Value.Document, content.Value.Pointer);
            return walked;
        }
        finally
        {
            inlining.Remove(key);
        }
    }

    /// <summary>Discriminator mappings may name schema files (<c>beverage: ./Beverage.yaml</c>); they must name the hoisted component.</summary>
    private void RewriteMapping(JsonObject? discriminator, BundlePosition at, int depth)
    {
        if (discriminator?["mapping"] is not JsonObject mapping)
        {
            return;
        }

        foreach (var key in mapping.Select(p => p.Key).ToList())
        {
            if (mapping[key] is not JsonValue value || !value.TryGetValue<string>(out var reference) || !LooksLikeReference(reference))
            {
                continue;
            }

            var stand = new JsonObject { ["$ref"] = reference };
            var resolved = Resolve(stand, reference, new Slot(NodeKind.Schema), at.Child("mapping").Child(key), depth + 1, out _);
            if (resolved is JsonObject result && RefOf(result) is { } rewritten)
            {
                mapping[key] = rewritten;
            }
        }
    }

    private (JsonNode Node, string Pointer, ReferencedDocument Document)? Load(string reference, string target, string fragment, BundlePosition at, Slot slot)
    {
        if (!documents.TryGetValue(target, out var document))
        {
            var text = readFile(target);
            document = text is null ? null : ReferencedDocument.Parse(target, text);
            documents[target] = document;
        }

        if (document is null)
        {
            Report(DiagnosticIds.ReferencedFileMissing, SpecDiagnosticSeverity.Error, at, $"$ref '{reference}' names {target}, which is not among the spec's files; add it (or its folder) as AdditionalFiles ({Consequence(slot)})");
            return null;
        }

        if (document.Root is null)
        {
            if (unreadableReported.Add(target))
            {
                var (line, column) = document.Error is null ? (1, 1) : (document.ErrorLine, document.ErrorColumn);
                diagnostics.Add(new SpecDiagnostic(
                    DiagnosticIds.ReferencedFileUnreadable,
                    SpecDiagnosticSeverity.Error,
                    $"{target}, referenced from {at.File}, cannot be parsed: {document.Error ?? "the file is empty"} ({Consequence(slot)})",
                    target,
                    line,
                    column));
            }

            return null;
        }

        var node = document.Root;
        foreach (var segment in JsonPointer.Split(fragment))
        {
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segment, out var child) ? child : null,
                JsonArray array when int.TryParse(segment, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                Report(DiagnosticIds.ReferencedFragmentMissing, SpecDiagnosticSeverity.Error, at, $"$ref '{reference}': {target} has nothing at #{fragment} ({Consequence(slot)})");
                return null;
            }
        }

        return (node, fragment, document);
    }

    private static JsonNode? Unresolvable(Slot slot, out bool drop)
    {
        // An unresolved schema becomes "any value" so its neighbours still generate; any other object is left out.
        drop = !(slot.Kind == NodeKind.Schema && slot.Shape == SlotShape.Single);
        return drop ? null : new JsonObject();
    }

    private static string Consequence(Slot slot) => slot.Kind switch
    {
        NodeKind.Schema when slot.Shape == SlotShape.Single => "the value is treated as untyped JSON",
        NodeKind.Operation => "the operation is not generated",
        NodeKind.PathItem => "the path's operations are not generated",
        _ => $"this {Describe(slot.Kind)} is left out",
    };

    private static string Describe(NodeKind kind) => kind switch
    {
        NodeKind.RequestBody => "request body",
        NodeKind.SecurityScheme => "security scheme",
        NodeKind.Other => "value",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static bool IsStandardPosition(Slot slot) =>
        slot.Shape == SlotShape.Single && slot.Kind is NodeKind.Schema or NodeKind.Parameter or NodeKind.Response or NodeKind.RequestBody
            or NodeKind.Header or NodeKind.Example or NodeKind.Link or NodeKind.Callback or NodeKind.SecurityScheme or NodeKind.PathItem;

    /// <summary>Where a referenced object of this kind is hoisted to; null means it is inlined (path items always are, for the reader's sake).</summary>
    private string? SectionFor(NodeKind kind) => swagger2
        ? kind switch
        {
            NodeKind.Schema => "definitions",
            NodeKind.Parameter => "parameters",
            NodeKind.Response => "responses",
            _ => null,
        }
        : kind switch
        {
            NodeKind.Schema => "schemas",
            NodeKind.Parameter => "parameters",
            NodeKind.Response => "responses",
            NodeKind.RequestBody => "requestBodies",
            NodeKind.Header => "headers",
            NodeKind.Example => "examples",
            NodeKind.Link => "links",
            NodeKind.Callback => "callbacks",
            NodeKind.SecurityScheme => "securitySchemes",
            _ => null,
        };

    private string SectionPointer(string section) => swagger2 ? "/" + section : "/components/" + section;

    private JsonObject Section(string section)
    {
        var parent = root;
        if (!swagger2)
        {
            if (root["components"] is not JsonObject components)
            {
                components = new JsonObject();
                root["components"] = components;
            }

            parent = components;
        }

        if (parent[section] is not JsonObject entries)
        {
            entries = new JsonObject();
            parent[section] = entries;
        }

        return entries;
    }

    private static string BaseName(string target, string fragment)
    {
        var segments = JsonPointer.Split(fragment);
        var raw = segments.Count > 0 && segments[segments.Count - 1].Length > 0 ? segments[segments.Count - 1] : FileStem(target);
        var name = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            name.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '-' or '_' ? c : '_');
        }

        return name.Length == 0 ? "Component" : name.ToString();
    }

    private static string FileStem(string path)
    {
        var name = path.Substring(path.LastIndexOf('/') + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    private static string UniqueName(JsonObject entries, string name)
    {
        if (!entries.ContainsKey(name))
        {
            return name;
        }

        for (var i = 2; ; i++)
        {
            var candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!entries.ContainsKey(candidate))
            {
                return candidate;
            }
        }
    }

    private static void Replace(JsonObject parent, string key, JsonNode? walked, bool dropped)
    {
        if (dropped)
        {
            parent.Remove(key);
        }
        else if (!ReferenceEquals(parent[key], walked))
        {
            parent[key] = walked;
        }
    }

    private static string? RefOf(JsonObject obj) =>
        obj.TryGetPropertyValue("$ref", out var value) && value is JsonValue scalar && scalar.TryGetValue<string>(out var reference) ? reference : null;

    private static bool LooksLikeReference(string value) =>
        value.StartsWith("#", StringComparison.Ordinal) || value.IndexOf('/') >= 0
            || value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static string Fragment(string reference)
    {
        var hash = reference.IndexOf('#');
        if (hash < 0)
        {
            return string.Empty;
        }

        var fragment = Uri.UnescapeDataString(reference.Substring(hash + 1));
        return fragment.Length == 0 || fragment.StartsWith("/", StringComparison.Ordinal) ? fragment : "/" + fragment;
    }

    private static string Key(string file, string fragment) => file + "#" + fragment;

    private void ReportNonStandard()
    {
        if (firstNonStandard is { } at)
        {
            Report(
                DiagnosticIds.NonStandardReference,
                SpecDiagnosticSeverity.Info,
                at,
                $"{nonStandard} $ref(s) stand where OpenAPI allows no reference (on an operation, a description or a whole map), the first here; they were inlined, as a bundler such as 'redocly bundle' would");
        }
    }

    private void Report(string id, SpecDiagnosticSeverity severity, BundlePosition at, string message)
    {
        reportedPerId.TryGetValue(id, out var count);
        reportedPerId[id] = count + 1;
        if (count >= MaxDiagnosticsPerId)
        {
            return;
        }

        var pointer = at.FilePointer + "/$ref";
        var (line, column) = documents.TryGetValue(at.File, out var document) && document is not null ? document.Find(pointer) : (1, 1);
        // A $ref can be megabytes of text; the message quotes it, so it is cut like the reader's messages.
        diagnostics.Add(new SpecDiagnostic(id, severity, OpenApiDocumentReader.Excerpt(message), at.File, line, column));
    }

    private void ReportSuppressed()
    {
        foreach (var pair in reportedPerId.Where(p => p.Value > MaxDiagnosticsPerId).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var first = diagnostics.First(d => d.Id == pair.Key);
            diagnostics.Add(first with { Message = $"{pair.Value - MaxDiagnosticsPerId} more {pair.Key} problems like this one not shown" });
        }
    }
}
