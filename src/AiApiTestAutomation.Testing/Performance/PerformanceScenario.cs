namespace AiApiTestAutomation.Testing.Performance;

/// <summary>One operation's performance test as the generator planned it: the load and the limits.</summary>
/// <param name="Name">The scenario's name, the operationId; k6 uses the same name.</param>
/// <param name="Request">The request line for messages, such as "GET /products/{productId}".</param>
/// <param name="Load">How the load is applied.</param>
/// <param name="Thresholds">What the run must meet.</param>
public sealed record PerformanceScenario(string Name, string Request, LoadProfile Load, PerformanceThresholds Thresholds);
