using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AiApiTestAutomation.Testing.Tests;

/// <summary>Folders the build tells the tests about (AssemblyMetadata from Directory.Build.targets), never hard-coded.</summary>
internal static class TestPaths
{
    public static string SharedDir => Metadata("SharedDir");

    public static string RepoRoot => Metadata("RepoRoot");

    public static string TestSuiteDir => Path.Combine(SharedDir, "json-schema-test-suite");

    public static string SpecsDir => Path.Combine(SharedDir, "specs");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"AssemblyMetadata \"{key}\" is missing; it comes from Directory.Build.targets.");
}
