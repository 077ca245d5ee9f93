using System;
using System.Collections.Generic;
using System.Linq;

namespace AiApiTestAutomation.Schemas;

/// <summary>The outcome of validating one instance: valid, or the list of violations found.</summary>
public sealed class SchemaValidationResult
{
    internal static readonly SchemaValidationResult Valid = new(Array.Empty<SchemaViolation>());

    internal SchemaValidationResult(IReadOnlyList<SchemaViolation> violations)
    {
        Violations = violations;
    }

    /// <summary>True when no violation was found.</summary>
    public bool IsValid => Violations.Count == 0;

    /// <summary>Every violation found, in evaluation order.</summary>
    public IReadOnlyList<SchemaViolation> Violations { get; }

    /// <summary>One violation per line, or "valid".</summary>
    public override string ToString() =>
        IsValid ? "valid" : string.Join(Environment.NewLine, Violations.Select(violation => violation.ToString()));
}
