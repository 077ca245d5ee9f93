#!/usr/bin/env bash
# Load benchmark of the relay's accept path on loopback: 1,000 concurrent senders (one keep-alive connection
# each), durable SQLite inbox (WAL, synchronous=FULL), path-secret auth, every body distinct so every delivery
# is a new stored event.
# Usage: tests/benchmarks/relay/run.sh [rate/s (default 5000)] [seconds (default 20)]
# Prints accepted/s and p50/p90/p99 accept latency for an open-loop run at the target rate, then a closed-loop
# run for the saturation throughput, checks that every 202 is in the inbox file (lost must be 0), the relay's CPU
# time per accepted webhook over the measured window (robust to other load on the machine, unlike latency), the
# load average and CPU pressure at the time, and the relay's own group-commit figures from GET /status. Ends with
# one summary line per mode: the medians over RELAY_BENCH_REPEAT runs.
# Environment:
#   RELAY_BENCH_REPEAT=3            runs of each mode (default 1); quote the median
#   RELAY_BENCH_MODES="open closed" which runs to do
#   RELAY_BENCH_RELAY_CPUS=0        pin the relay to these CPUs (taskset -c); default unpinned
#   RELAY_BENCH_CLIENT_CPUS=1       pin the load client likewise
#   RELAY_BENCH_RELAY_ENV="DOTNET_gcServer=1 ..."  extra environment for the relay process
#   RELAY_BENCH_NICE=-10            run relay and client at this nice level (needs root for < 0): measures the
#                                   relay as if it had the machine when other work shares the cores
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
rate=${1:-5000}
seconds=${2:-20}
port=${RELAY_BENCH_PORT:-5099}
repeat=${RELAY_BENCH_REPEAT:-1}
modes=${RELAY_BENCH_MODES:-open closed}
nice_prefix=${RELAY_BENCH_NICE:+nice -n $RELAY_BENCH_NICE}
relay_pin="$nice_prefix ${RELAY_BENCH_RELAY_CPUS:+taskset -c $RELAY_BENCH_RELAY_CPUS}"
client_pin="$nice_prefix ${RELAY_BENCH_CLIENT_CPUS:+taskset -c $RELAY_BENCH_CLIENT_CPUS}"
work=$(mktemp -d /tmp/relay-bench.XXXXXX)

dotnet build -c Release -v q -nologo "$root/src/AiApiTestAutomation.Relay" >/dev/null
dotnet build -c Release -v q -nologo "$here/LoadClient" -o "$work/client" >/dev/null

start_relay() {
  rm -f "$work"/relay.db*
  # The worker is held off (1 h quiet window): this measures accepting and persisting, not exporting.
  # shellcheck disable=SC2086
  env Relay__DatabasePath="$work/relay.db" \
  Relay__QuietWindow="01:00:00" Relay__MaxCoalesceDelay="01:00:00" Relay__ReconcileInterval="00:00:00" \
  Relay__IdempotencyWindow="00:10:00" \
  Relay__Projects__0__Key=bench Relay__Projects__0__Source=SpecUrl Relay__Projects__0__SpecUrl=http://127.0.0.1:9/none \
  Relay__Projects__0__Auth__Mode=PathSecret Relay__Projects__0__Auth__PathSecret=bench-path-secret-0123456789 \
  Relay__Projects__0__RepositoryPath="$work/repo" \
  Logging__LogLevel__Default=Warning ${RELAY_BENCH_RELAY_ENV:-} \
    $relay_pin dotnet "$root/src/AiApiTestAutomation.Relay/bin/Release/net10.0/AiApiTestAutomation.Relay.dll" \
      --contentRoot="$work" --urls="http://127.0.0.1:$port" >"$work/relay.log" 2>&1 &
  relay_pid=$!
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "relay did not start; see $work/relay.log" >&2
  exit 1
}

stop_relay() { kill "$relay_pid" 2>/dev/null || true; wait "$relay_pid" 2>/dev/null || true; }
trap stop_relay EXIT

pressure() { [ -r /proc/pressure/cpu ] && sed -n 's/^some avg10=\([0-9.]*\).*/\1%/p' /proc/pressure/cpu || echo '?'; }

run_client() {
  # shellcheck disable=SC2086
  $client_pin dotnet "$work/client/LoadClient.dll" --url "http://127.0.0.1:$port" --connections 1000 --rate "$1" \
    --duration "$seconds" --warmup 3 --db "$work/relay.db" --relay-pid "$relay_pid" | tee -a "$work/$2.out" \
    || echo "LOAD CLIENT FAILED (exit $?)" | tee -a "$work/$2.out"
  echo "relay inbox      $(curl -fs "http://127.0.0.1:$port/status" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin).get("inbox")))' 2>/dev/null || echo '?')"
}

# Medians over the runs of one mode, from the client's lines collected in $work/<mode>.out.
summarise() {
  python3 - "$1" "$work/$1.out" "$2" <<'PY'
import re, statistics, sys
mode, path, before = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(path).read()
def values(pattern):
    return [float(v) for v in re.findall(pattern, text)]
def median(pattern, fmt):
    v = values(pattern)
    return fmt.format(statistics.median(v)) + (f" (runs: {', '.join(fmt.format(x) for x in v)})" if len(v) > 1 else "") if v else "-"
lost = values(r"lost (\d+)")
print(f"SUMMARY {mode}: accepted/s {median(r'accepted/s +([0-9.]+)', '{:.0f}')}; p50 {median(r'latency p50 +([0-9.]+)', '{:.1f}')} ms;"
      f" p99 {median(r'latency p99 +([0-9.]+)', '{:.1f}')} ms; relay cpu {median(r'relay cpu +([0-9.]+) ', '{:.0f}')} µs/webhook;"
      f" lost {int(sum(lost))} in total; loadavg before runs: {before}")
PY
}

echo "machine: $(nproc) cores, loadavg $(cut -d' ' -f1-3 /proc/loadavg), cpu pressure $(pressure), $(uname -r); relay cpus: ${RELAY_BENCH_RELAY_CPUS:-all}, client cpus: ${RELAY_BENCH_CLIENT_CPUS:-all}; nice: ${RELAY_BENCH_NICE:-0}; relay env: ${RELAY_BENCH_RELAY_ENV:-default}"
declare -A loads
for run in $(seq 1 "$repeat"); do
  for mode in $modes; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    loads[$mode]="${loads[$mode]:+${loads[$mode]}, }$load"
    case $mode in
      open) echo "== run $run: open loop at $rate/s, 1000 senders, ${seconds}s; loadavg before: $(cut -d' ' -f1-3 /proc/loadavg), cpu pressure $(pressure)"; start_relay; run_client "$rate" open ;;
      closed) echo "== run $run: closed loop (saturation), 1000 senders, ${seconds}s; loadavg before: $(cut -d' ' -f1-3 /proc/loadavg), cpu pressure $(pressure)"; start_relay; run_client 0 closed ;;
    esac
    stop_relay
    echo "loadavg after    $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
for mode in $modes; do summarise "$mode" "${loads[$mode]}"; done
trap - EXIT
rm -rf "$work"
