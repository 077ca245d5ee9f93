namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>FNV-1a: string.GetHashCode is randomised per process, and seeds must be the same on every run.</summary>
internal static class StableHash
{
    public static int Of(string text)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)hash;
        }
    }

    public static int Combine(int first, int second, int third)
    {
        unchecked
        {
            return (((first * 397) ^ second) * 397) ^ third;
        }
    }
}
