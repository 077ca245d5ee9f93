using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Testing.Data.Generation;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Testing.Data;

/// <summary>
/// Schema-driven test data, deterministic per seed: the same seed and the same calls give the same bodies.
/// Every valid body is checked with <see cref="SchemaValidator"/> before it is handed out; free-text values carry a
/// seed-derived token so parallel tests do not collide. Thread-safe.
/// </summary>
public sealed class TestDataFactory
{
    private const int ValidAttempts = 4;

    private readonly SchemaSet set;
    private readonly SchemaValidator validator;
    private readonly Dictionary<string, int> callsPerKey = new(StringComparer.Ordinal);
    private readonly object gate = new();

    /// <summary>Creates a factory over the schemas of <paramref name="set"/>; <paramref name="seed"/> fixes every value.</summary>
    public TestDataFactory(SchemaSet set, int seed)
    {
        ArgumentNullException.ThrowIfNull(set);
        this.set = set;
        validator = new SchemaValidator(set);
        Seed = seed;
    }

    /// <summary>The seed every value derives from (print it on failure; rerun with API_TESTS_SEED).</summary>
    public int Seed { get; }

    /// <summary>
    /// A valid body for the schema under <paramref name="key"/>. Each call gives a new value (the n-th call for a key
    /// is the same on every run with this seed).
    /// </summary>
    public JsonNode? Valid(string key, SchemaUsage usage = SchemaUsage.Request)
    {
        JsonNode schema = set.SchemaOf(key);
        JsonNode? candidate = null;
        for (int attempt = 0; attempt < ValidAttempts; attempt++)
        {
            candidate = CreateGenerator(key, usage).Generate(schema);
            if (validator.Validate(candidate, key, usage).IsValid)
            {
                return candidate;
            }
        }

        return candidate;
    }

    /// <summary>A value for an ad-hoc schema written in this set's terms (its $refs point into the set). Not validated.</summary>
    public JsonNode? ValidFor(JsonNode schema, SchemaUsage usage = SchemaUsage.Request)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return CreateGenerator("(ad hoc)" + schema.ToJsonString(), usage).Generate(schema);
    }

    /// <summary>
    /// One request body per constraint of the schema's top level and its direct properties, each breaking exactly
    /// that constraint (checked with the validator; a mutation that breaks more is left out), plus an empty and a malformed body.
    /// </summary>
    public IReadOnlyList<InvalidCase> Invalid(string key)
    {
        JsonNode? valid = Baseline(key);
        return new InvalidCaseBuilder(set, validator, key, valid, Context(key, "invalid", SchemaUsage.Request)).Build();
    }

    /// <summary>
    /// An operation's parameters (the parameter-set schema under <paramref name="key"/>) with one constraint broken
    /// per case, as the text a request carries; only cases that stay invalid once bound from text are returned.
    /// </summary>
    public IReadOnlyList<ParameterCase> InvalidParameters(string key) =>
        new ParameterCaseBuilder(set, validator, key).Build(Invalid(key));

    /// <summary>
    /// An operation's parameters with one of them exactly at its minLength/maxLength/minimum/maximum, as the text a
    /// request carries; only cases that stay valid once bound from text are returned.
    /// </summary>
    public IReadOnlyList<ParameterCase> BoundaryParameters(string key) =>
        new ParameterCaseBuilder(set, validator, key).BuildBoundaries(Boundaries(key));

    /// <summary>Valid values for an operation's parameters, as text (null when none survive the trip through text).</summary>
    public ParameterCase? ValidParameters(string key, string name) =>
        new ParameterCaseBuilder(set, validator, key).BuildValid(name, Baseline(key));

    /// <summary>Bodies with a direct property exactly at its minLength/maxLength/minimum/maximum, each still valid.</summary>
    public IReadOnlyList<BoundaryCase> Boundaries(string key)
    {
        JsonNode? valid = Baseline(key);
        return new BoundaryCaseBuilder(set, validator, key, valid).Build();
    }

    /// <summary>The valid body mutations start from: independent of how often <see cref="Valid"/> was called.</summary>
    private JsonNode? Baseline(string key)
    {
        JsonNode schema = set.SchemaOf(key);
        var context = new GenerationContext(StableHash.Combine(Seed, StableHash.Of(key), StableHash.Of("baseline")), SchemaUsage.Request)
        {
            IncludeEveryTopLevelProperty = true,
        };
        JsonNode? baseline = new ValueGenerator(validator, context).Generate(schema);
        return validator.Validate(baseline, key, SchemaUsage.Request).IsValid ? baseline : Valid(key);
    }

    private ValueGenerator CreateGenerator(string key, SchemaUsage usage)
    {
        int call;
        lock (gate)
        {
            callsPerKey.TryGetValue(key, out call);
            callsPerKey[key] = call + 1;
        }

        var context = new GenerationContext(StableHash.Combine(Seed, StableHash.Of(key), call), usage);
        return new ValueGenerator(validator, context);
    }

    private GenerationContext Context(string key, string purpose, SchemaUsage usage) =>
        new(StableHash.Combine(Seed, StableHash.Of(key), StableHash.Of(purpose)), usage);
}
