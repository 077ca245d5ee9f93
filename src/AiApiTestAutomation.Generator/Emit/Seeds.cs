using System.Text;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>A stable seed per test: the same spec and test name always give the same data (FNV-1a, not string.GetHashCode, which is randomised per process).</summary>
internal static class Seeds
{
    public static int For(string specPath, string testName)
    {
        var fileName = System.IO.Path.GetFileName(specPath.Split('#')[0]);
        unchecked
        {
            var hash = 2166136261u;
            foreach (var b in Encoding.UTF8.GetBytes(fileName + "#" + testName))
            {
                hash = (hash ^ b) * 16777619u;
            }

            return (int)(hash % 9_000_000u) + 1_000_000;
        }
    }
}
