using System;
using System.Globalization;

namespace AiApiTestAutomation.Testing.Data;

/// <summary>Chooses the data seed of a test: the one it declares, unless API_TESTS_SEED asks to reproduce another run.</summary>
public static class TestSeed
{
    /// <summary>The environment variable that overrides every declared seed.</summary>
    public const string VariableName = "API_TESTS_SEED";

    /// <summary>The integer in API_TESTS_SEED when it is set (and parses), otherwise <paramref name="declaredSeed"/>.</summary>
    public static int Resolve(int declaredSeed)
    {
        string? overridden = Environment.GetEnvironmentVariable(VariableName);
        return !string.IsNullOrWhiteSpace(overridden)
            && int.TryParse(overridden.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed)
            ? seed
            : declaredSeed;
    }
}
