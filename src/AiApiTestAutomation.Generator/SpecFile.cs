namespace AiApiTestAutomation.Generator;

/// <summary>An additional file a spec's <c>$ref</c>s may name, by its normalized path (see Core's SpecPaths).</summary>
internal sealed record SpecFile(string Path, string Text);
