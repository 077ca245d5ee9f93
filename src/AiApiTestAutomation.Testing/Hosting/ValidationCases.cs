using System.Linq;
using AiApiTestAutomation.Testing.Data;
using AiApiTestAutomation.Testing.Expectations;
using AiApiTestAutomation.Testing.Http;
using Xunit;

namespace AiApiTestAutomation.Testing.Hosting;

/// <summary>
/// Theory data for the generated validation tests: one case per violated constraint of a request
/// schema, and the boundary values that must still be accepted. Case names are computed from the
/// schema and the test's seed, the same way at discovery and at run time, so each row finds its case.
/// </summary>
public static class ValidationCases
{
    /// <summary>The row used when a schema has no boundaries: a plain valid body, which must be accepted too.</summary>
    public const string NoBoundaries = "a valid body (the schema has no boundary values)";

    /// <summary>The row used when no parameter can be sent on a limit: plain valid parameters, which must be accepted too.</summary>
    public const string NoParameterBoundaries = "valid parameters (none can be sent on a limit)";

    public static TheoryData<string> InvalidNames(ApiDescription spec, string schemaKey, int seed)
    {
        var data = new TheoryData<string>();
        foreach (var name in Factory(spec, seed).Invalid(schemaKey).Select(c => c.Name).Distinct())
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>The cases for an operation's parameters: each breaks one constraint of one query, path or header parameter.</summary>
    public static TheoryData<string> InvalidParameterNames(ApiDescription spec, string parameterSetKey, int seed)
    {
        var data = new TheoryData<string>();
        foreach (var name in Factory(spec, seed).InvalidParameters(parameterSetKey).Select(c => c.Name).Distinct())
        {
            data.Add(name);
        }

        return data;
    }

    public static TheoryData<string> BoundaryNames(ApiDescription spec, string schemaKey, int seed)
    {
        var data = new TheoryData<string>();
        foreach (var name in Factory(spec, seed).Boundaries(schemaKey).Select(c => c.Name).Distinct())
        {
            data.Add(name);
        }

        if (data.Count == 0)
        {
            data.Add(NoBoundaries);
        }

        return data;
    }

    /// <summary>The boundary cases for an operation's parameters: each puts one parameter exactly on a limit, the rest stay valid.</summary>
    public static TheoryData<string> BoundaryParameterNames(ApiDescription spec, string parameterSetKey, int seed)
    {
        var data = new TheoryData<string>();
        foreach (var name in Factory(spec, seed).BoundaryParameters(parameterSetKey).Select(c => c.Name).Distinct())
        {
            data.Add(name);
        }

        if (data.Count == 0)
        {
            data.Add(NoParameterBoundaries);
        }

        return data;
    }

    /// <summary>The invalid case with this name; its body is sent as is (raw text for malformed JSON or an empty body).</summary>
    public static ApiRequest WithInvalidBody(this ApiRequest request, TestDataFactory data, string schemaKey, string caseName, string mediaType)
    {
        var invalid = data.Invalid(schemaKey).FirstOrDefault(c => c.Name == caseName)
            ?? throw new ApiExpectationException($"No invalid case named '{caseName}' for schema {schemaKey} with seed {data.Seed}; rebuild the tests after changing the spec.");
        return invalid.RawBody is not null ? request.WithRawBody(invalid.RawBody, mediaType) : request.WithBody(invalid.Body, mediaType);
    }

    /// <summary>Sets every parameter of the operation as the named case has it (one of them breaking its constraint).</summary>
    public static ApiRequest WithInvalidParameters(this ApiRequest request, TestDataFactory data, string parameterSetKey, string caseName)
    {
        var invalid = data.InvalidParameters(parameterSetKey).FirstOrDefault(c => c.Name == caseName)
            ?? throw new ApiExpectationException($"No parameter case named '{caseName}' for {parameterSetKey} with seed {data.Seed}; rebuild the tests after changing the spec.");
        return request.WithParameters(invalid);
    }

    /// <summary>Sets every parameter of the operation as the named boundary case has it (one of them exactly on a limit).</summary>
    public static ApiRequest WithBoundaryParameters(this ApiRequest request, TestDataFactory data, string parameterSetKey, string caseName)
    {
        var boundary = caseName == NoParameterBoundaries
            ? data.ValidParameters(parameterSetKey, caseName)
            : data.BoundaryParameters(parameterSetKey).FirstOrDefault(c => c.Name == caseName);
        return request.WithParameters(boundary
            ?? throw new ApiExpectationException($"No parameter case named '{caseName}' for {parameterSetKey} with seed {data.Seed}; rebuild the tests after changing the spec."));
    }

    private static ApiRequest WithParameters(this ApiRequest request, ParameterCase parameters)
    {
        foreach (var value in parameters.Values)
        {
            _ = value.Location switch
            {
                "path" => request.WithPath(value.Name, value.Text[0]),
                "header" => request.WithHeader(value.Name, value.Text),
                _ => request.WithQuery(value.Name, value.Text),
            };
        }

        return request;
    }

    public static ApiRequest WithBoundaryBody(this ApiRequest request, TestDataFactory data, string schemaKey, string caseName, string mediaType)
    {
        if (caseName == NoBoundaries)
        {
            return request.WithBody(data.Valid(schemaKey), mediaType);
        }

        var boundary = data.Boundaries(schemaKey).FirstOrDefault(c => c.Name == caseName)
            ?? throw new ApiExpectationException($"No boundary case named '{caseName}' for schema {schemaKey} with seed {data.Seed}; rebuild the tests after changing the spec.");
        return request.WithBody(boundary.Body, mediaType);
    }

    private static TestDataFactory Factory(ApiDescription spec, int seed) => new(spec.Schemas, TestSeed.Resolve(seed));
}
