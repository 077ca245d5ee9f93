using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Testing.Http;

namespace AiApiTestAutomation.Testing.Expectations;

/// <summary>The assertions generated tests make. Each failure names the step, the request, the response and the seed.</summary>
public static class ResponseExpectations
{
    /// <summary>The status is one of the documented ones expected here, and the response conforms to the spec.</summary>
    public static TResponse ShouldHaveStatus<TResponse>(this TResponse response, params int[] expected)
        where TResponse : ApiResponse
    {
        if (!expected.Contains(response.StatusCode))
        {
            var list = string.Join(" or ", expected.Select(s => s.ToString(CultureInfo.InvariantCulture)));
            throw response.Session.Fail(response, $"expected {list} (documented), got {response.StatusCode}");
        }

        return response.ShouldConformToSpec();
    }

    /// <summary>Any 2xx, for operations that document success only as a range or a default.</summary>
    public static TResponse ShouldSucceed<TResponse>(this TResponse response)
        where TResponse : ApiResponse
    {
        if (response.StatusCode is < 200 or > 299)
        {
            throw response.Session.Fail(response, $"expected a 2xx status, got {response.StatusCode}");
        }

        return response.ShouldConformToSpec();
    }

    /// <summary>A 4xx of any kind: for cases where the spec documents no specific error status (the test name says so).</summary>
    public static TResponse ShouldBeClientError<TResponse>(this TResponse response)
        where TResponse : ApiResponse
    {
        if (response.StatusCode is < 400 or > 499)
        {
            throw response.Session.Fail(response, $"expected a 4xx client error (the spec documents none), got {response.StatusCode}");
        }

        return response;
    }

    public static TResponse ShouldConformToSpec<TResponse>(this TResponse response)
        where TResponse : ApiResponse
    {
        var problems = response.Session.Conformance.Check(response);
        if (problems.Count > 0)
        {
            throw response.Session.Fail(response, "the response does not conform to the spec:\n    - " + string.Join("\n    - ", problems));
        }

        return response;
    }

    /// <summary>The body equals another response's body (same resource read twice).</summary>
    public static TResponse ShouldHaveBodyEquivalentTo<TResponse>(this TResponse response, ApiResponse other)
        where TResponse : ApiResponse
    {
        var difference = JsonEquivalence.FindDifference(other.Json, response.Json, string.Empty, subset: false);
        if (difference is not null)
        {
            throw response.Session.Fail(response, $"expected the same body as step {other.Exchange.Step} ({other.Operation.OperationId}); first difference at {difference}");
        }

        return response;
    }

    /// <summary>Every field that was sent comes back with the same value.</summary>
    public static TResponse ShouldContainFieldsOf<TResponse>(this TResponse response, object? sent)
        where TResponse : ApiResponse
    {
        var expected = sent switch
        {
            null => null,
            JsonNode node => node,
            _ => JsonSerializer.SerializeToNode(sent, sent.GetType(), ApiJson.Options),
        };
        var difference = JsonEquivalence.FindDifference(expected, response.Json, string.Empty, subset: true);
        if (difference is not null)
        {
            throw response.Session.Fail(response, $"expected the response to keep what was sent; first difference at {difference}");
        }

        return response;
    }
}
