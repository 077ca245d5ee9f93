using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace AiApiTestAutomation.Relay.Sync;

/// <summary>A resilience pipeline and its circuit, one per project, so one failing upstream never opens another's circuit.</summary>
internal sealed record Upstream(ResiliencePipeline<HttpResponseMessage> Pipeline, CircuitBreakerStateProvider Circuit);

/// <summary>
/// Builds each project's pipeline: retry (outermost; jittered exponential backoff, or what Retry-After asks for on
/// 429/503) around a circuit breaker around a per-attempt timeout, so every attempt is timed and counted by the breaker.
/// </summary>
internal sealed class UpstreamPipelines(IOptions<RelayOptions> options, TimeProvider clock, ILogger<UpstreamPipelines> logger)
{
    private readonly ConcurrentDictionary<string, Upstream> upstreams = new(StringComparer.Ordinal);

    public Upstream For(string projectKey) => upstreams.GetOrAdd(projectKey, Build);

    public IReadOnlyDictionary<string, string> CircuitStates() =>
        upstreams.ToDictionary(p => p.Key, p => p.Value.Circuit.CircuitState.ToString(), StringComparer.Ordinal);

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private Upstream Build(string projectKey)
    {
        var settings = options.Value.Upstream;
        var circuit = new CircuitBreakerStateProvider();
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(response => IsTransient(response.StatusCode));

        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = settings.MaxRetries,
                Delay = settings.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Outcome.Result is { } response ? RetryAfter.From(response, clock.GetUtcNow(), settings.MaxRetryAfter) : null),
                OnRetry = args =>
                {
                    logger.LogWarning(
                        "Upstream of project {Project} failed ({Failure}); retry {Attempt} in {DelayMs} ms",
                        projectKey,
                        args.Outcome.Exception?.GetType().Name ?? ((int?)args.Outcome.Result?.StatusCode)?.ToString(),
                        args.AttemptNumber + 1,
                        (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSamplingDuration,
                BreakDuration = settings.BreakerBreakDuration,
                StateProvider = circuit,
                OnOpened = args =>
                {
                    logger.LogError("Circuit for project {Project} opened for {BreakMs} ms", projectKey, (long)args.BreakDuration.TotalMilliseconds);
                    return default;
                },
            })
            .AddTimeout(settings.AttemptTimeout)
            .Build();
        return new Upstream(pipeline, circuit);
    }
}
