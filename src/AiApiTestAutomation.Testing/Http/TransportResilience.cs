using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace AiApiTestAutomation.Testing.Http;

/// <summary>
/// Retries transport faults only: a refused connection while the API starts, or a 503 that says
/// when to come back. Any other response, including a failing one, goes to the test untouched —
/// retrying it would hide the very bug the test is looking for.
/// </summary>
internal static class TransportResilience
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(10);

    public static ResiliencePipeline<HttpResponseMessage> Create(int maxAttempts = 6) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = maxAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                ShouldHandle = args => new ValueTask<bool>(IsTransportFault(args.Outcome)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result)),
            })
            .Build();

    private static bool IsTransportFault(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is HttpRequestException { InnerException: SocketException socket })
        {
            return socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset or SocketError.TryAgain;
        }

        return outcome.Result is { StatusCode: HttpStatusCode.ServiceUnavailable } response && response.Headers.RetryAfter is not null;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter is null)
        {
            return null;
        }

        var delay = retryAfter.Delta ?? (retryAfter.Date - DateTimeOffset.UtcNow) ?? TimeSpan.Zero;
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxRetryAfter ? MaxRetryAfter : delay;
    }
}
