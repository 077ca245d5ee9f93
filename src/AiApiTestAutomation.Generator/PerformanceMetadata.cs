using System;
using System.Globalization;
using System.Linq;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;

namespace AiApiTestAutomation.Generator;

/// <summary>
/// The ApiSpec item's performance metadata (PerformanceP95Ms, PerformanceP99Ms, PerformanceConcurrency,
/// PerformanceRequests, PerformanceDurationSeconds, PerformanceRate, PerformanceMaxErrorRate,
/// PerformanceRegressionPercent, PerformanceOperations="createProduct;updateProduct").
/// A value that is not a positive number keeps the default.
/// </summary>
internal static class PerformanceMetadata
{
    public static PerformanceOptions Read(Func<string, string?> metadata) => new(
        P95Ms: Number(metadata("PerformanceP95Ms")),
        P99Ms: Number(metadata("PerformanceP99Ms")),
        Concurrency: Integer(metadata("PerformanceConcurrency")),
        Requests: Integer(metadata("PerformanceRequests")),
        DurationSeconds: Number(metadata("PerformanceDurationSeconds")),
        Rate: Number(metadata("PerformanceRate")),
        MaxErrorRate: Number(metadata("PerformanceMaxErrorRate"), allowZero: true),
        RegressionPercent: Number(metadata("PerformanceRegressionPercent")),
        Operations: (metadata("PerformanceOperations") ?? string.Empty)
            .Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToEquatableArray());

    private static double? Number(string? text, bool allowZero = false) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && (value > 0 || (allowZero && value == 0)) ? value : null;

    private static int? Integer(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
