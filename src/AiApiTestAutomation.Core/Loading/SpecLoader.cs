using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// The single front end for specs: every consumer (generator, MSBuild task, relay) reads specs here.
/// Never throws: a problem with the text, or with loading the parser itself, becomes a diagnostic.
/// </summary>
public static class SpecLoader
{
    public static SpecLoadResult Load(string filePath, string text) => Load(filePath, text, SpecLoadOptions.Default);

    public static SpecLoadResult Load(string filePath, string text, SpecLoadOptions options) => Load(filePath, text, options, NoFiles);

    /// <summary>
    /// Loads a spec whose <c>$ref</c>s may name other files. <paramref name="readFile"/> gets a path normalized by
    /// <see cref="External.SpecPaths"/> (resolved against the referencing file) and returns the file's text, or null
    /// when the file is not available; the loader itself never touches the file system.
    /// </summary>
    public static SpecLoadResult Load(string filePath, string text, SpecLoadOptions options, Func<string, string?> readFile)
    {
        try
        {
            return LoadWithOpenApi(filePath, text, options, readFile);
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or TypeLoadException or MissingMethodException)
        {
            return Failed(filePath, DiagnosticIds.ParserUnavailable, $"The OpenAPI reader could not be loaded ({ex.GetType().Name}: {ex.Message}). Is Microsoft.OpenApi shipped next to the generator?");
        }
        catch (Exception ex)
        {
            return Failed(filePath, DiagnosticIds.UnexpectedFailure, $"Reading the spec failed unexpectedly: {ex.GetType().Name}: {ex.Message}");
        }
    }

    // Kept out of line so that a missing Microsoft.OpenApi assembly fails when this method is
    // JIT-compiled, inside Load's try block, rather than crashing the caller (CS8785 in a generator).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SpecLoadResult LoadWithOpenApi(string filePath, string text, SpecLoadOptions options, Func<string, string?> readFile)
    {
        var diagnostics = new List<SpecDiagnostic>();
        var format = SourceFormats.Detect(filePath, text);
        // The root's text as UTF-8, for every pass over it (locators, typeless nullable scan); YAML has none. Its array
        // is the shared pool's until the load ends: nothing the load returns refers to it.
        using var json = format == SourceFormat.Json ? JsonText.Rent(text) : null;
        var locator = new Lazy<SourceLocator>(() => SourceLocator.Build(text, format, maxDepth: 64, json));

        // Multi-file specs are bundled into one JSON document first; lines still come from the root's own text.
        var bundle = External.ExternalReferences.Any(text) ? TryBundle(filePath, text, readFile) : null;
        if (bundle is not null)
        {
            diagnostics.AddRange(bundle.Diagnostics);
        }

        var document = OpenApiDocumentReader.Read(filePath, bundle?.Json ?? text, bundle is null ? format : SourceFormat.Json, locator, diagnostics, bundle is null ? json : null);
        if (document is null)
        {
            PendingPositions.Place(diagnostics, locator, shallow: null);
            return new SpecLoadResult(null, diagnostics.ToEquatableArray());
        }

        var builder = new ApiModelBuilder(filePath, document.Value.Document, document.Value.Version, format, text, locator, diagnostics, json, document.Value.ShallowLocator);
        var spec = builder.Build();
        UndeclaredPathParameters.Check(spec, diagnostics);
        Hygiene.HygieneChecker.Check(spec, document.Value.Document, text, format, diagnostics, json, builder.ShallowLocator);
        if (options.Examples != ExampleScope.None)
        {
            try
            {
                ExampleChecker.Check(spec, builder.Bundle, builder.MediaExamples, options.Examples, diagnostics);
            }
            catch (Exception ex)
            {
                // The model is sound; only the example check failed, so the spec still generates.
                diagnostics.Add(new SpecDiagnostic(DiagnosticIds.UnexpectedFailure, SpecDiagnosticSeverity.Warning, $"Checking the spec's examples failed: {ex.GetType().Name}: {ex.Message}", filePath, 1, 1));
            }
        }

        // Lines for every diagnostic at a pointer in one walk of the text (or of the operations and components they are in).
        PendingPositions.Place(diagnostics, locator, builder.ShallowLocator);
        return new SpecLoadResult(spec, (bundle is null ? diagnostics : diagnostics.ConvertAll(bundle.SourceMap.Relocate)).ToEquatableArray());
    }

    private static string? NoFiles(string path) => null;

    /// <summary>
    /// Bundles a multi-file spec; a root the bundler cannot take apart (a key written twice, say) is left to the
    /// OpenAPI reader, which reports what is wrong with it on its line.
    /// </summary>
    private static External.SpecBundle? TryBundle(string filePath, string text, Func<string, string?> readFile)
    {
        try
        {
            return External.SpecBundler.Bundle(filePath, text, readFile);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static SpecLoadResult Failed(string filePath, string id, string message) =>
        new(null, new[] { new SpecDiagnostic(id, SpecDiagnosticSeverity.Error, message, filePath, 1, 1) }.ToEquatableArray());
}
