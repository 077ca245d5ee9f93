using System;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>Cuts the text at a random offset, as a half-written file or an interrupted download would.</summary>
internal sealed class Truncate : IMutation
{
    public string Kind => "truncate";

    public string Apply(FuzzDocument document, Random random)
    {
        var fraction = random.NextDouble();
        document.EditText(text => text.Substring(0, (int)(text.Length * fraction)));
        return $"truncated at {fraction:P1} of the text";
    }
}
