using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using AiApiTestAutomation.Relay.Sync;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests;

/// <summary>The delay the retry strategy takes from Retry-After; values, not timings.</summary>
public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public void Seconds_are_honoured_on_429_and_503(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.From(response, Now, Cap));
    }

    [Fact]
    public void An_http_date_becomes_the_time_until_then()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.From(response, Now, Cap));
    }

    [Fact]
    public void A_huge_delay_is_capped_and_a_past_date_means_now()
    {
        using var huge = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        huge.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(6));
        using var past = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        past.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddMinutes(-1));

        Assert.Equal(Cap, RetryAfter.From(huge, Now, Cap));
        Assert.Equal(TimeSpan.Zero, RetryAfter.From(past, Now, Cap));
    }

    [Fact]
    public void Other_statuses_and_missing_headers_leave_the_backoff_in_charge()
    {
        using var serverError = new HttpResponseMessage(HttpStatusCode.InternalServerError);
        serverError.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        using var bare = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(RetryAfter.From(serverError, Now, Cap));
        Assert.Null(RetryAfter.From(bare, Now, Cap));
    }
}
