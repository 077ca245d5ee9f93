using System;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>One kind of damage done to a spec. Deterministic for a given <see cref="Random"/>.</summary>
internal interface IMutation
{
    /// <summary>The short name used in reports and in AAT_FUZZ_CASE.</summary>
    string Kind { get; }

    /// <summary>Damages the document and says what it did (printed when the case fails).</summary>
    string Apply(FuzzDocument document, Random random);
}
