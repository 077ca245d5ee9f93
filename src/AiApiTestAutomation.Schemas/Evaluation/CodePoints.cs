namespace AiApiTestAutomation.Schemas.Evaluation;

/// <summary>JSON Schema lengths count Unicode code points: a surrogate pair (e.g. an emoji) is one character.</summary>
internal static class CodePoints
{
    public static int Count(string text)
    {
        int count = text.Length;
        foreach (char c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                count--;
            }
        }

        return count;
    }
}
