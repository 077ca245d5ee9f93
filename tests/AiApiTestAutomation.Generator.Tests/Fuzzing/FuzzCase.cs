using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing;

/// <summary>
/// One mutated spec. Fully determined by its kind, its seed and whether the big specs were in the draw (benchmark
/// mode draws one more number first), so a failure reruns with <see cref="Reproduce"/>.
/// </summary>
internal sealed record FuzzCase(string Kind, int Seed, bool BigSpecsAllowed, string Source, string FileName, string Text, string Description)
{
    public static IReadOnlyList<IMutation> Mutations { get; } = new IMutation[]
    {
        new Truncate(), new DeleteKeys(), new RenameKey(), new SwapType(), new RefCycle(), new DanglingRef(), new HugeString(),
        new DeepNesting(), new YamlAliasBomb(), new BrokenText(), new DuplicateKey(), new OutOfRangeNumber(), new InvalidPattern(),
        new VersionSwap(),
    };

    // Damage that keeps the document parseable, stacked under the main mutation now and then so that
    // the later stages (model, planner, emitter) meet combinations too.
    private static readonly IMutation[] Stackable = { new DeleteKeys(), new RenameKey(), new SwapType(), new RefCycle(), new DanglingRef(), new OutOfRangeNumber() };

    public string Reproduce => (BigSpecsAllowed ? $"AAT_FUZZ_CASES={FuzzSettings.DefaultCases + 1} " : string.Empty) + $"AAT_FUZZ_CASE={Kind}:{Seed}";

    public static FuzzCase Create(string kind, int seed, bool allowBigSpecs)
    {
        var random = new Random(seed);
        var mutation = Mutations.Single(m => m.Kind == kind);
        var source = allowBigSpecs && random.Next(100) == 0
            ? NodeSlot.Pick(random, FuzzSource.BigSet)
            : NodeSlot.Pick(random, FuzzSource.SmallSet);
        var document = source.NewDocument();
        var steps = new List<string>();
        if (random.Next(4) == 0)
        {
            var extra = NodeSlot.Pick(random, Stackable);
            steps.Add(extra.Kind + ": " + extra.Apply(document, random));
        }

        steps.Add(mutation.Kind + ": " + mutation.Apply(document, random));
        var text = document.Render();
        var stem = source.Name.Substring(0, source.Name.LastIndexOf('.'));
        var fileName = stem + (document.Format == FuzzFormat.Json ? ".json" : ".yaml");
        return new FuzzCase(kind, seed, allowBigSpecs, source.Name, fileName, text, string.Join("; ", steps));
    }

    /// <summary>The seed of case <paramref name="index"/> of a kind: stable across runs and machines (no string hash codes).</summary>
    public static int SeedFor(string kind, int index)
    {
        var kindIndex = Mutations.Select(m => m.Kind).ToList().IndexOf(kind);
        return unchecked((kindIndex + 1) * 1_000_003 + index * 7_919);
    }

    public override string ToString() => $"{Kind}:{Seed} on {Source} ({Text.Length:N0} chars): {Description}";
}
