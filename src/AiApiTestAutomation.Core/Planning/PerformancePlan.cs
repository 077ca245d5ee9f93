using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Planning;

/// <summary>
/// One operation's performance test: the load (closed loop of <see cref="Requests"/> requests at
/// <see cref="Concurrency"/>, or for <see cref="DurationSeconds"/>, or open loop at <see cref="Rate"/>) and the limits.
/// <see cref="Hooked"/>: the user's Prepare{Operation}PerformanceAsync hook shapes the request before the load.
/// </summary>
public sealed record PerformanceTest(
    string OperationName,
    string TestName,
    string Group,
    PerformanceSetup? Setup,
    int Concurrency,
    int Requests,
    double? DurationSeconds,
    double? Rate,
    int WarmupRequests,
    double? P95Ms,
    double? P99Ms,
    double MaxErrorRate,
    double? RegressionPercent,
    bool Hooked = false);

/// <summary>A resource created before the load, so an item operation has an id to address: the CRUD flow's create step.</summary>
public sealed record PerformanceSetup(
    string CreateOperationName,
    EquatableArray<int> CreateStatuses,
    string IdIdentifier,
    string IdParameterName,
    string? IdPointer);
