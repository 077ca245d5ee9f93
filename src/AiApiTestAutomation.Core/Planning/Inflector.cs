using System;

namespace AiApiTestAutomation.Core.Planning;

/// <summary>English singular forms for resource names taken from path segments ("categories" → "category").</summary>
internal static class Inflector
{
    public static string Singular(string word)
    {
        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 3)
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        if (word.EndsWith("sses", StringComparison.OrdinalIgnoreCase) || word.EndsWith("xes", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ches", StringComparison.OrdinalIgnoreCase) || word.EndsWith("shes", StringComparison.OrdinalIgnoreCase))
        {
            return word.Substring(0, word.Length - 2);
        }

        if (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && word.Length > 1)
        {
            return word.Substring(0, word.Length - 1);
        }

        return word;
    }
}
