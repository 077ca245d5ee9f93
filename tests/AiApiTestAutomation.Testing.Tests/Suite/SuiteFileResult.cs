using System.Collections.Generic;

namespace AiApiTestAutomation.Testing.Tests.Suite;

/// <summary>How one suite file went: cases passed out of all, and a line per mismatch.</summary>
/// <summary>Skipped cases exercise an out-of-scope keyword (see <see cref="SuiteScope.OutOfScopeKeywords"/>).</summary>
internal sealed record SuiteFileResult(string File, int Passed, int Total, int Skipped, IReadOnlyList<string> Mismatches);
