using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AiApiTestAutomation.Testing.Discovery;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AiApiTestAutomation.Analyzers.Tests;

/// <summary>
/// Test sources compile against the running runtime plus xunit and the built Testing assembly. No reference
/// packs: resolving them means a registry download at test time (see docs/architecture.md).
/// </summary>
internal static class TestReferences
{
    /// <summary>Empty on purpose: every reference comes from <see cref="All"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> All { get; } = Create();

    private static ImmutableArray<MetadataReference> Create()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = Directory.EnumerateFiles(runtime, "*.dll")
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"));
        var libraries = new[]
        {
            typeof(ApiTestSkips).Assembly.Location,
            typeof(Xunit.FactAttribute).Assembly.Location,
            typeof(Xunit.Assert).Assembly.Location,
            typeof(Xunit.Abstractions.ITestOutputHelper).Assembly.Location,
        };
        return framework.Concat(libraries).Distinct().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
