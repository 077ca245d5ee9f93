using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Testing.Http;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Testing.Expectations;

/// <summary>
/// Checks a response against what the spec documents for its operation: a documented status (or
/// default), never a 5xx, a documented media type, required headers, and a body that validates
/// against the documented schema with the spec version's own semantics.
/// </summary>
public sealed class ResponseConformance
{
    private readonly SchemaValidator? validator;

    public ResponseConformance(SchemaSet? schemas) => validator = schemas is null ? null : new SchemaValidator(schemas);

    public IReadOnlyList<string> Check(ApiResponse response)
    {
        var problems = new List<string>();
        var status = response.StatusCode;
        if (status >= 500)
        {
            problems.Add($"a {status} server error is never acceptable");
        }

        var documented = response.Operation.FindResponse(status);
        if (documented is null)
        {
            var statuses = string.Join(", ", response.Operation.Responses.Select(r => r.Status));
            problems.Add($"status {status} is not documented for {response.Operation.OperationId} (documented: {statuses})");
            return problems;
        }

        CheckMediaType(response, documented, problems);
        CheckHeaders(response, documented, problems);
        CheckBody(response, documented, problems);
        return problems;
    }

    private static void CheckMediaType(ApiResponse response, ApiResponseInfo documented, List<string> problems)
    {
        if (documented.MediaTypes.Count == 0 || string.IsNullOrWhiteSpace(response.RawBody))
        {
            return;
        }

        var actual = (response.ContentType ?? string.Empty).Split(';')[0].Trim();
        if (!documented.MediaTypes.Any(expected => MediaTypeMatches(expected, actual)))
        {
            problems.Add($"Content-Type '{(actual.Length == 0 ? "(none)" : actual)}' is not documented (documented: {string.Join(", ", documented.MediaTypes)})");
        }
    }

    private static void CheckHeaders(ApiResponse response, ApiResponseInfo documented, List<string> problems)
    {
        foreach (var header in documented.RequiredHeaders)
        {
            if (response.Header(header) is null)
            {
                problems.Add($"the documented {header} header is missing");
            }
        }
    }

    private void CheckBody(ApiResponse response, ApiResponseInfo documented, List<string> problems)
    {
        if (validator is null || documented.SchemaKey is null || string.IsNullOrWhiteSpace(response.RawBody))
        {
            return;
        }

        var actual = (response.ContentType ?? string.Empty).Split(';')[0].Trim();
        if (actual.Length > 0 && !actual.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var result = validator.Validate(response.Json, documented.SchemaKey, SchemaUsage.Response);
        foreach (var violation in result.Violations.Take(5))
        {
            problems.Add("body does not match the documented schema: " + violation);
        }
    }

    private static bool MediaTypeMatches(string documented, string actual)
    {
        var expected = documented.Split(';')[0].Trim();
        if (expected == "*/*" || string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return expected.EndsWith("/*", StringComparison.Ordinal)
            && actual.StartsWith(expected.Substring(0, expected.Length - 1), StringComparison.OrdinalIgnoreCase);
    }
}
