using BenchmarkDotNet.Running;

namespace AiApiTestAutomation.Testing.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*' --job short</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
