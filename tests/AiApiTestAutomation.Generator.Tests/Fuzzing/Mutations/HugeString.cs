using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>Replaces a string (a description, an operationId, a pattern, a path, a property name...) with one of 1 MB (1 to 4 MB in the benchmark mode).</summary>
internal sealed class HugeString : IMutation
{
    public string Kind => "huge-string";

    public string Apply(FuzzDocument document, Random random)
    {
        // 1 MB in CI keeps the run short (a megabyte spec costs about a second); the benchmark mode goes to 4 MB.
        var megabytes = random.Next(1, 5);
        var size = (FuzzSettings.FromEnvironment().BenchmarkMode ? megabytes : 1) * 1024 * 1024;
        var huge = Content(size, random);
        var slots = NodeSlot.All(document.Root);
        if (random.Next(4) == 0)
        {
            // A huge key: an operation path, a property name, a schema name or a response code.
            var keyed = slots.Where(s => s.Key is not null).ToList();
            if (keyed.Count > 0)
            {
                var slot = NodeSlot.Pick(random, keyed);
                var parent = (JsonObject)slot.Parent;
                var value = slot.Value;
                parent.Remove(slot.Key!);
                parent[slot.Key!.StartsWith('/') ? "/" + huge : huge] = value;
                return $"renamed {slot.Pointer} to a {size / 1024} KB name";
            }
        }

        var strings = slots.Where(s => s.Value is JsonValue v && v.TryGetValue<string>(out _)).ToList();
        if (strings.Count == 0)
        {
            return "no string to grow";
        }

        var target = NodeSlot.Pick(random, strings);
        target.Set(JsonValue.Create(huge));
        return $"{target.Pointer} is now {size / 1024} KB";
    }

    private static string Content(int size, Random random)
    {
        var kind = random.Next(4);
        var builder = new StringBuilder(size);
        while (builder.Length < size)
        {
            builder.Append(kind switch
            {
                0 => "a",
                1 => "lorem ipsum \"quoted\" \\ back\nslash ",
                2 => "\u4e2d\u6587\u00e9\U0001F600",
                _ => ((char)random.Next(32, 127)).ToString(),
            });
        }

        return builder.ToString(0, size);
    }
}
