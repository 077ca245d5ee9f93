using System;
using Bogus;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>The per-call state of generation: a seeded Faker (never Bogus' global seed) and the body's direction.</summary>
internal sealed class GenerationContext
{
    /// <summary>A fixed "now" so dates do not depend on the day the tests run.</summary>
    public static readonly DateTime ReferenceDate = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public GenerationContext(int seed, SchemaUsage usage)
    {
        Seed = seed;
        Faker = new Faker { Random = new Randomizer(seed) };
        Usage = usage;
    }

    public int Seed { get; }

    public Faker Faker { get; }

    public Randomizer Random => Faker.Random;

    public SchemaUsage Usage { get; }

    /// <summary>Invalid and boundary cases start from a body with every top-level property, so each gets its cases.</summary>
    public bool IncludeEveryTopLevelProperty { get; init; }

    /// <summary>A short token that differs per seed and per value, appended to free text so parallel tests do not collide.</summary>
    public string NextUniqueToken() => Random.String2(6, "abcdefghijkmnpqrstuvwxyz23456789");
}
