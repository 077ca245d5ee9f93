#!/usr/bin/env bash
# The generator benchmark suite of issue 7, in one go (docs/performance.md explains every figure):
#   warm generation vs the bare Microsoft.OpenApi parse vs NSwag (one process, one run), cold starts,
#   compile time of the generated code, and peak memory (one fresh process per spec and mode).
# Usage: tests/benchmarks/generator/run.sh [results-dir]    (AAT_BENCH_SPECS=store,github-rest-3.0.json to narrow)
# Takes about 25 minutes on a quiet 2-core machine (the warm job has 40 warm-ups: see WarmConfig).
set -euo pipefail
cd "$(dirname "$0")/../../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="${1:-artifacts/benchmarks/generator}"
mkdir -p "$results"
project=tests/benchmarks/AiApiTestAutomation.Generator.Benchmarks
dotnet build -c Release "$project" -v:q -nologo
dll="$project/bin/Release/net10.0/AiApiTestAutomation.Generator.Benchmarks.dll"

# BenchmarkDotNet looks for the project below the current directory, so it runs from the repository root.
for suite in GenerationBenchmarks ColdStartBenchmarks CompileBenchmarks; do
  dotnet "$dll" --filter "*.${suite}.*" --artifacts "$results/bdn"
done

# Peak memory: one cold run per process; columns: spec, mode, peak working set MB, growth during the run MB, allocated MB.
specs="${AAT_BENCH_SPECS:-store,github-rest-3.0.json,stripe-3.0.json,kubernetes-1.25-swagger-2.0.json}"
{
  printf 'spec\tmode\tpeak_ws_mb\tgrowth_mb\tallocated_mb\n'
  for spec in ${specs//,/ }; do
    for mode in parse generate nswag; do
      dotnet "$dll" --peak "$spec" "$mode"
    done
  done
} | tee "$results/peak-memory.tsv"

# The target's ratio from parse/generation batches measured back to back (drift between benchmarks cancels out),
# with the workstation collector (as the BenchmarkDotNet job) and with the server collector, which csc and the
# compiler server run with: the two place collections differently, and the ratios differ by up to a tenth.
for spec in ${specs//,/ }; do
  dotnet "$dll" --paired "$spec" 30
  DOTNET_gcServer=1 dotnet "$dll" --paired "$spec" 30
done | tee "$results/paired.txt"

# Where warm generation spends its CPU time, per spec.
for spec in ${specs//,/ }; do
  dotnet "$dll" --stages "$spec" 5
done | tee "$results/stages.txt"

cat "$results"/bdn/results/*-report-github.md
