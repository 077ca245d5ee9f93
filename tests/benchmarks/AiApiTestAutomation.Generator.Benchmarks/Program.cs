using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AiApiTestAutomation.Generator.Benchmarks.GenerationBenchmarks).Assembly).Run(args);
