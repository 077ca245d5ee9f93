#!/usr/bin/env bash
# Accuracy and cost of the performance engine on loopback against the sample API (docs/performance-tests.md).
#   1. fast endpoint (GET /products), closed loop, same connections: engine vs wrk — p50, p99, max throughput;
#      and the same at the other connection counts of SWEEP (default "1 200"; wrk runs one thread per connection
#      up to two);
#   2. slow endpoint (GET /products/1 with STORE_API_FAULTS=slow-endpoint, 300 ms): engine vs wrk — p50, p99;
#   3. engine CPU per 10,000 requests: closed loop at saturation (the epoll engine, the task-based raw client and
#      HttpClient; wrk's own CPU in the fast case for reference) and open loop at a fixed rate;
#   4. time the sample's performance tests add to `dotnet test` (with vs. without Category=Performance).
# Each comparison runs ROUNDS times (default 3); the summary quotes medians. Needs wrk (apt-get install wrk).
# Usage: tests/benchmarks/performance/run.sh [connections (50)] [seconds (5)]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
connections=${1:-50}
seconds=${2:-5}
rounds=${ROUNDS:-3}
sweep=${SWEEP:-1 200}
port=${PERF_BENCH_PORT:-5311}
slow_port=$((port + 1))
work=$(mktemp -d /tmp/perf-bench.XXXXXX)
results="$work/results.jsonl"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

dotnet build -c Release -v q -nologo "$root/samples/Store.Api" >/dev/null
dotnet build -c Release -v q -nologo "$here/LoadBench" >/dev/null
bench="$root/tests/benchmarks/performance/LoadBench/bin/Release/net10.0/LoadBench.dll"
api="$root/samples/Store.Api/bin/Release/net10.0/Store.Api.dll"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

start_api() { # port faults
  STORE_API_FAULTS="$2" Logging__LogLevel__Default=Warning dotnet "$api" --urls "http://127.0.0.1:$1" >"$work/api-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$1/products" && return 0; sleep 0.1; done
  echo "the sample API did not start on port $1" >&2; exit 1
}

record() { # case round json
  python3 -c 'import json,sys; d=json.loads(sys.argv[3]); d["case"]=sys.argv[1]; d["round"]=int(sys.argv[2]); d["loadavg"]=open("/proc/loadavg").read().split()[0]; print(json.dumps(d))' "$1" "$2" "$3" >>"$results"
}

start_api "$port" ""
start_api "$slow_port" "slow-endpoint"
curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' \
  -d '{"name":"Bench","price":1.5,"sku":"BEN-0001","category":"tools"}' "http://127.0.0.1:$slow_port/products"
fast="http://127.0.0.1:$port/products"
slow="http://127.0.0.1:$slow_port/products/1"
wrk -t2 -c"$connections" -d2s "$fast" >/dev/null # warm the API's JIT before the first round

for round in $(seq 1 "$rounds"); do
  echo "round $round/$rounds, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  record fast "$round" "$(python3 "$here/timed.py" wrk -t2 -c"$connections" -d"${seconds}s" -s "$here/wrk-report.lua" "$fast")"
  record fast "$round" "$(dotnet "$bench" "$fast" "$connections" "$seconds")"
  # The portable task-based client, which the engine uses off Linux (AAT_PERFORMANCE_CLIENT=tasks forces it).
  record fast "$round" "$(AAT_PERFORMANCE_CLIENT=tasks dotnet "$bench" "$fast" "$connections" "$seconds")"
  for c in $sweep; do
    record "fast-c$c" "$round" "$(python3 "$here/timed.py" wrk -t"$((c < 2 ? c : 2))" -c"$c" -d"${seconds}s" -s "$here/wrk-report.lua" "$fast")"
    record "fast-c$c" "$round" "$(dotnet "$bench" "$fast" "$c" "$seconds")"
  done
  record slow "$round" "$(python3 "$here/timed.py" wrk -t2 -c10 -d"${seconds}s" --timeout 5s -s "$here/wrk-report.lua" "$slow")"
  record slow "$round" "$(dotnet "$bench" "$slow" 10 "$seconds")"
  record cpu-closed "$round" "$(dotnet "$bench" "$fast" "$connections" 20000r)"
  record cpu-closed "$round" "$(AAT_PERFORMANCE_CLIENT=tasks dotnet "$bench" "$fast" "$connections" 20000r)"
  record cpu-closed "$round" "$(AAT_PERFORMANCE_CLIENT=httpclient dotnet "$bench" "$fast" "$connections" 20000r)"
  record cpu-open-2000rps "$round" "$(dotnet "$bench" "$fast" "$connections" "$seconds" 2000)"
  record cpu-open-2000rps "$round" "$(AAT_PERFORMANCE_CLIENT=tasks dotnet "$bench" "$fast" "$connections" "$seconds" 2000)"
done

# The time the performance tests add to the sample's `dotnet test` (already built; same process start-up both ways).
"$root/scripts/pack.sh" >/dev/null # the sample test project consumes the package from artifacts/packages
dotnet build -c Release -v q -nologo "$root/samples/Store.Api.Tests" >/dev/null
for round in $(seq 1 "$rounds"); do
  for filter in "Category!=Performance" "all"; do
    args=(); [ "$filter" = all ] || args=(--filter "$filter")
    start=$(date +%s.%N)
    dotnet test "$root/samples/Store.Api.Tests" -c Release --no-build -nologo "${args[@]}" >/dev/null
    end=$(date +%s.%N)
    record "dotnet-test $filter" "$round" "{\"tool\":\"dotnet test\",\"seconds\":$(python3 -c "print($end-$start)")}"
  done
done

python3 "$here/summarize.py" "$results"
echo "raw results: $results" >&2
