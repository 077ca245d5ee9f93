using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>The specs issue 7 names: the sample's own spec and three large real-world ones from ../shared/specs.</summary>
internal static class BenchmarkSpecs
{
    private static readonly string SharedDir = Metadata("SharedDir");
    private static readonly string RepoRoot = Metadata("RepoRoot");

    private static readonly string[] All = { "store", "github-rest-3.0.json", "stripe-3.0.json", "kubernetes-1.25-swagger-2.0.json" };

    /// <summary>The specs to run: all four, or those listed in AAT_BENCH_SPECS (comma-separated) for a quicker look.</summary>
    public static IEnumerable<string> Names =>
        Environment.GetEnvironmentVariable("AAT_BENCH_SPECS") is { Length: > 0 } only
            ? only.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray()
            : All;

    public static (string Path, string Text) Load(string name) => name == "store"
        ? ("/project/specs/store.openapi.json", File.ReadAllText(Path.Combine(RepoRoot, "samples", "Store.Api.Tests", "specs", "store.openapi.json")))
        : ("/project/specs/" + name, File.ReadAllText(Path.Combine(SharedDir, "specs", name)));

    /// <summary>
    /// The spec with one operation changed as a user would change it: the first operation's summary gets a prefix,
    /// or a summary if it has none. The summary is part of the model, so parse, plan and emit all re-run for this
    /// spec; every other byte stays the same.
    /// </summary>
    public static string EditOneOperation(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var (offset, insert) = FirstOperationEdit(bytes)
            ?? throw new InvalidOperationException("The spec has no operation to edit.");
        var inserted = Encoding.UTF8.GetBytes(insert);
        return Encoding.UTF8.GetString(bytes.Take(offset).Concat(inserted).Concat(bytes.Skip(offset)).ToArray());
    }

    private static (int Offset, string Insert)? FirstOperationEdit(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        string? section = null;
        int? operationStart = null;
        while (reader.Read())
        {
            if (operationStart is not null && reader.CurrentDepth == 3 && reader.TokenType == JsonTokenType.EndObject)
            {
                return (operationStart.Value + 1, "\"summary\": \"Edited\", ");
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var name = reader.GetString();
            if (reader.CurrentDepth == 1)
            {
                section = name;
            }
            else if (reader.CurrentDepth == 3 && section == "paths" && name is "get" or "put" or "post" or "delete" or "patch")
            {
                reader.Read();
                operationStart = (int)reader.TokenStartIndex;
            }
            else if (reader.CurrentDepth == 4 && operationStart is not null && name == "summary")
            {
                reader.Read();
                return ((int)reader.TokenStartIndex + 1, "Edited ");
            }
        }

        return null;
    }

    private static string Metadata(string key) => typeof(BenchmarkSpecs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
