using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing;

/// <summary>
/// A spec being mutated: a JSON tree for structural changes, plus text edits applied after rendering
/// (for what a tree cannot hold: duplicate keys, 1e400, ten thousand levels, YAML anchors, broken bytes).
/// </summary>
internal sealed class FuzzDocument(JsonNode? root, FuzzFormat format)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<(string Token, string Text)> splices = new();
    private readonly List<Func<string, string>> textEdits = new();

    public JsonNode? Root { get; set; } = root;

    public FuzzFormat Format { get; set; } = format;

    /// <summary>Whether the document declares Swagger 2.0 (definitions, not components).</summary>
    public bool IsSwagger => Root is JsonObject obj && obj.ContainsKey("swagger");

    public string SchemasPointerPrefix => IsSwagger ? "#/definitions/" : "#/components/schemas/";

    /// <summary>A string that stands in the tree for <paramref name="rawText"/>, which replaces it verbatim in the rendered text.</summary>
    public string Splice(string rawText)
    {
        var token = "zzfuzzsplice" + splices.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "zz";
        splices.Add((token, rawText));
        return token;
    }

    /// <summary>An edit of the rendered text, applied in the order added, after every splice.</summary>
    public void EditText(Func<string, string> edit) => textEdits.Add(edit);

    /// <summary>The schema map of the document (components/schemas or definitions), created when missing.</summary>
    public JsonObject SchemaMap()
    {
        if (Root is not JsonObject root)
        {
            Root = root = new JsonObject();
        }

        if (IsSwagger)
        {
            return Child(root, "definitions");
        }

        return Child(Child(root, "components"), "schemas");

        static JsonObject Child(JsonObject parent, string name)
        {
            if (parent[name] is JsonObject existing)
            {
                return existing;
            }

            var created = new JsonObject();
            parent[name] = created;
            return created;
        }
    }

    public string Render()
    {
        var text = Format == FuzzFormat.Json ? RenderJson(Root) : YamlText.Write(Root);
        foreach (var (token, raw) in splices)
        {
            // Longer forms first: a quoted token must lose its quotes too.
            text = text.Replace("\"" + token + "\"", raw, StringComparison.Ordinal).Replace(token, raw, StringComparison.Ordinal);
        }

        foreach (var edit in textEdits)
        {
            text = edit(text);
        }

        return text;
    }

    public static string Quote(string value) => JsonSerializer.Serialize(value, JsonOptions);

    private static string RenderJson(JsonNode? root) => root is null ? "null" : root.ToJsonString(JsonOptions);
}

internal enum FuzzFormat
{
    Json,
    Yaml,
}
