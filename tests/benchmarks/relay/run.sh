#!/usr/bin/env bash
# Load benchmark of the relay's accept path on loopback: 1,000 concurrent senders, durable SQLite inbox
# (WAL, synchronous=FULL), path-secret auth, every body distinct so every delivery is a new stored event.
# Usage: tests/benchmarks/relay/run.sh [rate/s (default 5000)] [seconds (default 20)]
# Prints accepted/s and p50/p90/p99 accept latency for an open-loop run at the target rate, then a closed-loop
# run for the saturation throughput, and checks that every 202 is in the inbox file (lost must be 0).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
rate=${1:-5000}
seconds=${2:-20}
port=${RELAY_BENCH_PORT:-5099}
work=$(mktemp -d /tmp/relay-bench.XXXXXX)

dotnet build -c Release -v q -nologo "$root/src/AiApiTestAutomation.Relay" >/dev/null
dotnet build -c Release -v q -nologo "$here/LoadClient" -o "$work/client" >/dev/null

start_relay() {
  rm -f "$work"/relay.db*
  # The worker is held off (1 h quiet window): this measures accepting and persisting, not exporting.
  Relay__DatabasePath="$work/relay.db" \
  Relay__QuietWindow="01:00:00" Relay__MaxCoalesceDelay="01:00:00" Relay__ReconcileInterval="00:00:00" \
  Relay__IdempotencyWindow="00:10:00" \
  Relay__Projects__0__Key=bench Relay__Projects__0__Source=SpecUrl Relay__Projects__0__SpecUrl=http://127.0.0.1:9/none \
  Relay__Projects__0__Auth__Mode=PathSecret Relay__Projects__0__Auth__PathSecret=bench-path-secret-0123456789 \
  Relay__Projects__0__RepositoryPath="$work/repo" \
  Logging__LogLevel__Default=Warning DOTNET_gcServer=0 \
    dotnet "$root/src/AiApiTestAutomation.Relay/bin/Release/net10.0/AiApiTestAutomation.Relay.dll" \
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

echo "== open loop at $rate/s, 1000 senders, ${seconds}s (machine: $(nproc) cores, $(uname -r))"
start_relay
dotnet "$work/client/LoadClient.dll" --url "http://127.0.0.1:$port" --connections 1000 --rate "$rate" --duration "$seconds" --warmup 3 --db "$work/relay.db"
stop_relay

echo "== closed loop (saturation), 1000 senders, ${seconds}s"
start_relay
dotnet "$work/client/LoadClient.dll" --url "http://127.0.0.1:$port" --connections 1000 --rate 0 --duration "$seconds" --warmup 3 --db "$work/relay.db"
stop_relay
trap - EXIT
rm -rf "$work"
