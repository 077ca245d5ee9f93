using System;

namespace AiApiTestAutomation.Testing.Discovery;

/// <summary>
/// Marks a generated client with the spec it comes from, so a call to a method the spec no longer has can be
/// explained (rule AAT2008: which operation was removed or renamed, in which spec).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ApiClientAttribute : Attribute
{
    /// <param name="specPath">The spec's path relative to the project directory, with forward slashes.</param>
    public ApiClientAttribute(string specPath) => SpecPath = specPath;

    public string SpecPath { get; }
}
