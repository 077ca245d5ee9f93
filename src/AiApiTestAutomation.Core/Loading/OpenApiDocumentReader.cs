using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AiApiTestAutomation.Core.Model;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>Runs Microsoft.OpenApi over the text and turns what it reports into located diagnostics.</summary>
internal static class OpenApiDocumentReader
{
    private const int MaxReaderDiagnostics = 25;
    private const int MaxMessageLength = 500;

    // Where OpenApiDocument.Parse says a document read from a string is: the base its references resolve against.
    private static readonly Uri DocumentLocation = new("https://openapi.net/");

    /// <param name="json">The text as UTF-8 (JSON only), when the caller has it: see <see cref="JsonText"/>.</param>
    /// <returns>The document, and for a YAML text parsed once for both, the shallow locator of the same parse (see
    /// <see cref="YamlSinglePass"/>).</returns>
    public static (OpenApiDocument Document, SpecVersion Version, SourceLocator? ShallowLocator)? Read(
        string filePath,
        string text,
        SourceFormat format,
        Lazy<SourceLocator> locator,
        List<SpecDiagnostic> diagnostics,
        JsonText? json = null)
    {
        var version = DetectVersion(filePath, text, diagnostics);
        if (version is null)
        {
            return null;
        }

        ReadResult result;
        SourceLocator? shallowLocator = null;
        try
        {
            var settings = new OpenApiReaderSettings { LoadExternalRefs = false, RuleSet = ReaderRules.ForLoading };
            settings.AddYamlReader();
            // Parse would convert the text to UTF-8 again; with the bytes at hand (see JsonText) it reads them as they are.
            if (json is not null && format == SourceFormat.Json)
            {
                result = OpenApiDocument.Load(new System.IO.MemoryStream(json.Bytes, 0, json.Length, writable: false), "json", settings);
            }
            else if (format == SourceFormat.Json)
            {
                result = OpenApiDocument.Parse(text, "json", settings);
            }
            else
            {
                var yaml = YamlFinalLineBreak.Ensure(text);
                var parsed = YamlSinglePass.TryParse(yaml, ApiModelBuilder.ShallowDepth);
                shallowLocator = parsed?.Locator;
                result = parsed is { } once
                    ? OpenApiYamlReader.Read(once.Document, DocumentLocation, settings)
                    : OpenApiDocument.Parse(yaml, "yaml", settings);
            }
        }
        catch (JsonException ex)
        {
            diagnostics.Add(SyntaxError(filePath, ex.Message, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1));
            return null;
        }
        catch (SharpYaml.YamlException ex)
        {
            diagnostics.Add(SyntaxError(filePath, ex.Message, ex.Start.Line + 1, ex.Start.Column + 1));
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException and not TypeLoadException and not System.IO.FileNotFoundException and not System.IO.FileLoadException and not MissingMethodException)
        {
            // The reader throws, instead of reporting, on some malformed input (a fraction as minLength, a duplicate
            // key, an empty $ref, a scanner fault): that is a fact about the document, so it is reported on the document.
            var (line, column, detail) = ReaderFailureLocator.Locate(text, format, ex, locator.Value);
            diagnostics.Add(new SpecDiagnostic(
                DiagnosticIds.ReaderFailed,
                SpecDiagnosticSeverity.Error,
                $"The OpenAPI reader cannot read this document ({detail}): {ex.GetType().Name}: {Excerpt(ex.Message)}",
                filePath,
                line,
                column));
            return null;
        }

        var errors = (result.Diagnostic?.Errors ?? new List<OpenApiError>())
            .Where(error => !ReaderErrorTriage.IsKnownFalsePositive(error, version.Value))
            .ToList();
        if (result.Document is null || (result.Document.Paths is null && result.Document.Components is null))
        {
            // Some syntax errors come back as a reader error rather than an exception; find the line ourselves.
            diagnostics.Add(LocateSyntaxError(filePath, text, format, errors, locator));
            return null;
        }

        foreach (var error in errors.Take(MaxReaderDiagnostics))
        {
            diagnostics.Add(PendingPositions.At(
                DiagnosticIds.ReaderProblem,
                SpecDiagnosticSeverity.Warning,
                $"The OpenAPI reader reported: {Excerpt(error.Message)}{Place(error)}; generation goes on",
                filePath,
                PointerOf(error)));
        }

        if (errors.Count > MaxReaderDiagnostics)
        {
            diagnostics.Add(new SpecDiagnostic(
                DiagnosticIds.ReaderProblem,
                SpecDiagnosticSeverity.Warning,
                $"{errors.Count - MaxReaderDiagnostics} more reader problems not shown",
                filePath,
                1,
                1));
        }

        return (result.Document, version.Value, shallowLocator);
    }

    private static SpecVersion? DetectVersion(string filePath, string text, List<SpecDiagnostic> diagnostics)
    {
        var field = VersionField.Find(text);
        if (field is null)
        {
            diagnostics.Add(new SpecDiagnostic(
                DiagnosticIds.UnsupportedVersion,
                SpecDiagnosticSeverity.Error,
                "No 'openapi' or 'swagger' version field was found; is this an OpenAPI document?",
                filePath,
                1,
                1));
            return null;
        }

        var (key, version, start) = field.Value;
        SpecVersion? detected = key == "swagger"
            ? (version.StartsWith("2.0", StringComparison.Ordinal) ? SpecVersion.Swagger20 : null)
            : version.StartsWith("3.0", StringComparison.Ordinal) ? SpecVersion.OpenApi30
            : version.StartsWith("3.1", StringComparison.Ordinal) || version.StartsWith("3.2", StringComparison.Ordinal) ? SpecVersion.OpenApi31
            : null;

        if (detected is null)
        {
            var line = text.Substring(0, start).Count(c => c == '\n') + 1;
            diagnostics.Add(new SpecDiagnostic(
                DiagnosticIds.UnsupportedVersion,
                SpecDiagnosticSeverity.Error,
                $"{key} {version} is not supported; supported versions are Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2",
                filePath,
                line,
                1));
        }

        return detected;
    }

    private static SpecDiagnostic LocateSyntaxError(string filePath, string text, SourceFormat format, IList<OpenApiError> errors, Lazy<SourceLocator> locator)
    {
        var reason = errors.Count > 0 ? errors[0].Message : "the document is empty or not an object";
        if (format == SourceFormat.Yaml && reason.Contains("duplicate key") && locator.Value.FirstDuplicate is not null)
        {
            // The YAML reader refuses a key written twice without saying where; the second one is what to fix.
            var (line, column) = locator.Value.FirstDuplicatePosition;
            return SyntaxError(filePath, reason, line, column);
        }

        if (format == SourceFormat.Json)
        {
            try
            {
                // System.Text.Json refuses text it cannot encode as UTF-8 (half a surrogate pair); the reader read it
                // with U+FFFD in its place, so the syntax error is looked for in the same text.
                using var document = JsonDocument.Parse(ReaderFailureLocator.WithoutLoneSurrogates(text), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException ex)
            {
                return SyntaxError(filePath, ex.Message, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            }
        }
        else
        {
            try
            {
                var parser = SharpYaml.Parser.CreateParser(new System.IO.StringReader(text));
                while (parser.MoveNext())
                {
                }
            }
            catch (SharpYaml.YamlException ex)
            {
                return SyntaxError(filePath, ex.Message, ex.Start.Line + 1, ex.Start.Column + 1);
            }
        }

        return SyntaxError(filePath, reason, 1, 1);
    }

    private static SpecDiagnostic SyntaxError(string filePath, string message, int line, int column) =>
        new(DiagnosticIds.SyntaxError, SpecDiagnosticSeverity.Error, $"The spec could not be parsed: {Excerpt(message)}", filePath, line, column);

    /// <summary>Reader messages quote the offending value, which can be megabytes long.</summary>
    internal static string Excerpt(string message) => message.Length <= MaxMessageLength ? message : message.Substring(0, MaxMessageLength) + "…";

    private static string? PointerOf(OpenApiError error) => ReaderErrorTriage.PointerOf(error);

    // Some reader messages already end with the place ("... is not a valid property at #/paths/..."); say it once.
    private static string Place(OpenApiError error)
    {
        var pointer = PointerOf(error) ?? "#";
        return error.Message?.EndsWith(pointer, StringComparison.Ordinal) == true ? string.Empty : $" (at {Excerpt(pointer)})";
    }
}
