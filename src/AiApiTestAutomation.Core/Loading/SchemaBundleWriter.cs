using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Writes the schema bundle: every schema the generated tests need, as JSON Schema text, keyed by
/// component name or by a synthetic key for inline schemas, with $refs rewritten to '#/schemas/key'.
/// The Testing runtime validates responses and generates data from it, so no parser ships at runtime.
/// </summary>
internal sealed class SchemaBundleWriter
{
    private static readonly System.Text.RegularExpressions.Regex NonFinite = new(
        @"(?<=[:\[,])(?<sign>-?)Infinity(?=[,}\]])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(10));

    private readonly SpecVersion version;
    private readonly TypelessNullableRepair typelessNullables;
    private readonly Action<string, string> reportProblem;
    private readonly SortedDictionary<string, (string Json, string Location)> schemas = new(StringComparer.Ordinal);
    private readonly StringBuilder serialized = new();
    private readonly StringBuilder parameterSet = new();
    private char[] copied = new char[4096];
    private OpenApiJsonWriter? writer;

    // Each schema object's text, for the next time it is written: GitHub's operations share a few dozen parameter
    // schemas (owner, repo, per_page, ...), and two in three of its schemas written were written before. Emptied
    // whenever a bounds repair changes a schema, after which a text written before might no longer be the schema's.
    private readonly Dictionary<IOpenApiSchema, string> written = new(SameInstance<IOpenApiSchema>.Comparer);

    /// <param name="version">The spec's version, which decides the dialect the runtime validates with.</param>
    /// <param name="reportProblem">Told (pointer, message) of a keyword left out because it cannot be written as JSON.</param>
    public SchemaBundleWriter(SpecVersion version, Action<string, string>? reportProblem = null)
    {
        this.version = version;
        this.typelessNullables = new TypelessNullableRepair(version);
        this.reportProblem = reportProblem ?? ((_, _) => { });
    }

    /// <summary>Each schema's JSON text and its place in the spec, by bundle key, in the bundle's order.</summary>
    public IReadOnlyDictionary<string, (string Json, string Location)> Schemas => schemas;

    /// <summary>The dialect the runtime validates with, as the bundle names it.</summary>
    public string Dialect => version switch
    {
        SpecVersion.Swagger20 => "swagger-2.0",
        SpecVersion.OpenApi31 => "openapi-3.1",
        _ => "openapi-3.0",
    };

    public void AddComponent(string key, IOpenApiSchema schema)
    {
        var section = version == SpecVersion.Swagger20 ? "#/definitions/" : "#/components/schemas/";
        var location = section + JsonPointer.Escape(key);
        schemas[key] = (Write(schema, location.Substring(1)), location);
    }

    /// <summary>Adds an inline schema and returns its key; a bare $ref to a component returns the component's key.</summary>
    public string Add(string syntheticKey, IOpenApiSchema schema, string pointer)
    {
        if (schema is OpenApiSchemaReference reference && reference.Reference?.Id is { } id && schemas.ContainsKey(id) && !HasSiblings(reference))
        {
            return id;
        }

        schemas[syntheticKey] = (Write(schema, pointer), "#" + pointer);
        return syntheticKey;
    }

    /// <summary>
    /// Adds an object schema whose properties are an operation's query, path and header parameters (each a $ref to
    /// its own schema), so the runtime breaks one parameter constraint at a time exactly as it does for bodies.
    /// <c>x-parameters</c> tells the runtime where each property goes in the request.
    /// </summary>
    public void AddParameterSet(string key, IReadOnlyList<ApiParameter> parameters, string pointer)
    {
        // One builder for every operation's set, and each reference written straight into it, escaped as it goes.
        var builder = parameterSet.Clear().Append("{\"type\":\"object\",\"properties\":{");
        var first = true;
        foreach (var parameter in parameters)
        {
            builder.Append(first ? string.Empty : ",");
            first = false;
            AppendString(builder, parameter.Name);
            builder.Append(":{\"$ref\":\"#/schemas/");
            AppendPointerSegment(builder, parameter.SchemaKey);
            builder.Append("\"}");
        }

        builder.Append("},\"required\":[");
        first = true;
        foreach (var parameter in parameters)
        {
            if (parameter.Required)
            {
                builder.Append(first ? string.Empty : ",");
                first = false;
                AppendString(builder, parameter.Name);
            }
        }

        builder.Append("],\"x-parameters\":{");
        first = true;
        foreach (var parameter in parameters)
        {
            builder.Append(first ? string.Empty : ",");
            first = false;
            AppendString(builder, parameter.Name);
            builder.Append(':');
            AppendString(builder, parameter.Location.Lowercase());
        }

        builder.Append("}}");
        schemas[key] = (builder.ToString(), "#" + pointer);
    }

    /// <summary>A key as a JSON pointer segment inside a JSON string: <c>~</c> and <c>/</c> escaped, then as JSON escapes them.</summary>
    private static void AppendPointerSegment(StringBuilder builder, string key)
    {
        foreach (var c in key)
        {
            switch (c)
            {
                case '~':
                    builder.Append("~0");
                    break;
                case '/':
                    builder.Append("~1");
                    break;
                default:
                    AppendEscaped(builder, c);
                    break;
            }
        }
    }

    /// <summary>
    /// The bundle's text as its pieces (<see cref="SchemaBundleText"/>): the schemas' texts are not copied again, where
    /// a builder of GitHub's megabyte of schemas cost two copies of it on the large object heap, and one string one.
    /// </summary>
    public SchemaBundleText ToText()
    {
        // At most five pieces per schema (comma, quote, key, quote and colon, schema) and seven per location; the
        // pieces left over stay null, which the text leaves out.
        var pieces = new string[5 + (schemas.Count * 12)];
        var count = 0;
        pieces[count++] = "{\"dialect\":\"";
        pieces[count++] = Dialect;
        pieces[count++] = "\",\"schemas\":{";
        var first = true;
        foreach (var pair in schemas)
        {
            pieces[count++] = first ? string.Empty : ",";
            first = false;
            count = AddJsonString(pieces, count, pair.Key, colon: true);
            pieces[count++] = pair.Value.Json;
        }

        pieces[count++] = "},\"locations\":{";
        first = true;
        foreach (var pair in schemas)
        {
            pieces[count++] = first ? string.Empty : ",";
            first = false;
            count = AddJsonString(pieces, count, pair.Key, colon: true);
            count = AddJsonString(pieces, count, pair.Value.Location, colon: false);
        }

        pieces[count] = "}}";
        return SchemaBundleText.FromPieces(pieces);
    }

    /// <summary>
    /// A key or location as a JSON string (and the colon after a key), as at most three pieces: most need no escaping,
    /// and are not copied.
    /// </summary>
    private static int AddJsonString(string[] pieces, int count, string value, bool colon)
    {
        if (NeedsEscaping(value))
        {
            var builder = new StringBuilder(value.Length + 8);
            AppendString(builder, value);
            pieces[count++] = colon ? builder.Append(':').ToString() : builder.ToString();
            return count;
        }

        pieces[count++] = "\"";
        pieces[count++] = value;
        pieces[count++] = colon ? "\":" : "\"";
        return count;
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (c is '"' or '\\' || c < 0x20)
            {
                return true;
            }
        }

        return false;
    }

    // HostDocument first: reading Description resolves the reference's target, which costs a lookup every time.
    private static bool HasSiblings(OpenApiSchemaReference reference) =>
        reference.Reference?.HostDocument is null && reference.Description is not null;

    /// <summary>The schema's text once its typeless nullables are repaired.</summary>
    private string Write(IOpenApiSchema? schema, string pointer)
    {
        if (schema is null)
        {
            // No schema at all (a fuzzed components/schemas that is itself a $ref has null entries): any value goes.
            return "{}";
        }

        if (written.TryGetValue(schema, out var known))
        {
            return known;
        }

        // Before the first write: an inline schema is written only as part of this one, so no text written before
        // can hold it unrepaired.
        typelessNullables.Apply(schema);
        var json = Serialize(schema, pointer);
        written[schema] = json;
        return json;
    }

    private string Serialize(IOpenApiSchema schema, string pointer)
    {
        try
        {
            var json = SerializeWithWriter(schema);
            if (NonNumericBounds.Suspected(json) && NonNumericBounds.Repair(schema, pointer, reportProblem))
            {
                written.Clear();
                return SerializeWithWriter(schema);
            }

            return json;
        }
        catch (Exception ex) when (ex is NullReferenceException || CircularReferences.IsCircular(ex))
        {
            // The writer dereferences a $ref loop's missing target. The model maps such a schema to untyped JSON
            // (and reports it), so the bundle accepts any value for it too. The writer stopped inside the schema's
            // scopes, so the next schema gets a new one.
            writer = null;
            return "{}";
        }
    }

    private string SerializeWithWriter(IOpenApiSchema schema)
    {
        // One buffer and one writer for every schema: a writer per schema grew a new buffer from nothing thousands of
        // times. Between schemas the writer has closed every scope, as a new one starts.
        serialized.Clear();
        writer ??= new OpenApiJsonWriter(new StringWriter(serialized, CultureInfo.InvariantCulture), new OpenApiJsonWriterSettings { Terse = true });
        if (version == SpecVersion.OpenApi31)
        {
            schema.SerializeAsV31(writer);
        }
        else
        {
            schema.SerializeAsV3(writer);
        }

        return EscapeControlCharacters(RepairNonFiniteNumbers(RepairBooleanBounds(SerializedWithBundleReferences())));
    }

    /// <summary>
    /// The writer's text with every <c>"#/components/schemas/</c> made <c>"#/schemas/</c>, as
    /// <c>StringBuilder.Replace</c> would: that tests every character of the builder in turn (3 ms a run on GitHub's
    /// megabyte of schemas), where a copy searched span by span and shifted in place costs a fraction.
    /// </summary>
    private string SerializedWithBundleReferences()
    {
        const string Component = "\"#/components/schemas/";
        const string Bundle = "\"#/schemas/";
        var length = serialized.Length;
        if (copied.Length < length)
        {
            copied = new char[Math.Max(length, copied.Length * 2)];
        }

        serialized.CopyTo(0, copied, 0, length);
        var match = copied.AsSpan(0, length).IndexOf(Component.AsSpan());
        if (match < 0)
        {
            return new string(copied, 0, length);
        }

        var read = match;
        var write = match;
        while (true)
        {
            Bundle.CopyTo(0, copied, write, Bundle.Length);
            write += Bundle.Length;
            read += Component.Length;
            var next = copied.AsSpan(read, length - read).IndexOf(Component.AsSpan());
            var end = next < 0 ? length : read + next;
            Array.Copy(copied, read, copied, write, end - read);
            write += end - read;
            read = end;
            if (next < 0)
            {
                return new string(copied, 0, write);
            }
        }
    }

    /// <summary>
    /// The writer escapes line breaks and tabs in strings but writes other control characters (a NUL in a
    /// <c>$ref</c> or an example) as they are, which no JSON reader accepts. Terse output has no whitespace between
    /// tokens, so any such character is inside a string.
    /// </summary>
    private static string EscapeControlCharacters(string json)
    {
        var first = 0;
        while (first < json.Length && (json[first] >= 0x20 || json[first] is '\n' or '\r' or '\t'))
        {
            first++;
        }

        if (first == json.Length)
        {
            return json;
        }

        var builder = new StringBuilder(json.Length + 16).Append(json, 0, first);
        for (var i = first; i < json.Length; i++)
        {
            var c = json[i];
            if (c < 0x20 && c is not '\n' and not '\r' and not '\t')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A bound beyond double's range (<c>maximum: 1e400</c>) reaches the writer as infinity, which it prints as
    /// <c>Infinity</c>, not JSON; the largest finite double stands in for it (no JSON number is larger anyway).
    /// </summary>
    private static string RepairNonFiniteNumbers(string json)
    {
        if (json.IndexOf("Infinity", StringComparison.Ordinal) < 0)
        {
            return json;
        }

        return NonFinite.Replace(json, match => match.Groups["sign"].Value + "1.7976931348623157E+308");
    }

    /// <summary>
    /// The 3.1 writer prints a 3.0-style boolean exclusiveMinimum/Maximum (OpenAI's spec has them) as C#'s
    /// <c>True</c>, which is not JSON; the runtime could not read the bundle. Written as JSON booleans instead.
    /// </summary>
    private static string RepairBooleanBounds(string json)
    {
        if (json.IndexOf(":True", StringComparison.Ordinal) < 0 && json.IndexOf(":False", StringComparison.Ordinal) < 0)
        {
            return json;
        }

        return json
            .Replace("\"exclusiveMinimum\":True", "\"exclusiveMinimum\":true")
            .Replace("\"exclusiveMinimum\":False", "\"exclusiveMinimum\":false")
            .Replace("\"exclusiveMaximum\":True", "\"exclusiveMaximum\":true")
            .Replace("\"exclusiveMaximum\":False", "\"exclusiveMaximum\":false");
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            AppendEscaped(builder, c);
        }

        builder.Append('"');
    }

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '"':
                builder.Append("\\\"");
                break;
            case '\\':
                builder.Append("\\\\");
                break;
            default:
                if (c < 0x20)
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }

                break;
        }
    }
}
