using System;
using System.Net;
using System.Net.Http;

namespace AiApiTestAutomation.Relay.Sync;

/// <summary>The delay a 429 or 503 asks for through Retry-After (seconds or an HTTP date), capped; null when it asks for none.</summary>
internal static class RetryAfter
{
    public static TimeSpan? From(HttpResponseMessage response, DateTimeOffset now, TimeSpan cap)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }

        var header = response.Headers.RetryAfter;
        TimeSpan? requested = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        if (requested is not { } delay)
        {
            return null;
        }

        if (delay < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return delay > cap ? cap : delay;
    }
}
