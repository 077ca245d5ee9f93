"""Medians of run.sh's rounds, and the accuracy checks of issue 6 (p50/p99 within 15 % of wrk, throughput >= 80 %)."""
import json
import statistics
import sys
from collections import defaultdict

rows = [json.loads(line) for line in open(sys.argv[1])]
groups = defaultdict(list)
for row in rows:
    groups[(row["case"], row["tool"])].append(row)


def median(case, tool, key):
    values = [r[key] for r in groups[(case, tool)] if key in r]
    return statistics.median(values) if values else float("nan")


print("loadavg during rounds:", ", ".join(sorted({r["loadavg"] for r in rows})))
cases = ["fast"] + sorted({r["case"] for r in rows if r["case"].startswith("fast-c")}, key=lambda c: int(c[6:])) + ["slow"]
for case in cases:
    print(f"\n{case}: median of {len(groups[(case, 'wrk')])} rounds")
    print(f"{'tool':12} {'req/s':>10} {'p50 ms':>9} {'p90 ms':>9} {'p99 ms':>9} {'max ms':>9} {'errors':>7} {'CPU ms/10k':>11}")
    tools = [t for t in ("wrk", "engine", "engine-tasks") if groups[(case, t)]]
    for tool in tools:
        print(f"{tool:12} {median(case, tool, 'rps'):10.0f} {median(case, tool, 'p50'):9.3f} {median(case, tool, 'p90'):9.3f} "
              f"{median(case, tool, 'p99'):9.3f} {median(case, tool, 'max'):9.3f} {median(case, tool, 'errors'):7.0f} "
              f"{median(case, tool, 'cpuMsPer10k'):11.0f}")
    for engine in tools[1:]:
        for key in ("p50", "p99"):
            ratio = median(case, engine, key) / median(case, "wrk", key)
            print(f"  {engine}/wrk {key}: {ratio:.3f} ({'within' if abs(ratio - 1) <= 0.15 else 'OUTSIDE'} +-15 %)")
        ratio = median(case, engine, "rps") / median(case, "wrk", "rps")
        print(f"  {engine}/wrk throughput: {ratio:.3f} ({'>=' if ratio >= 0.8 else 'BELOW'} 0.8)")

for case in ("cpu-closed", "cpu-open-2000rps"):
    for tool in ("engine", "engine-tasks", "engine-httpclient"):
        if groups[(case, tool)]:
            print(f"\n{case}, {tool}: CPU {median(case, tool, 'cpuMsPer10k'):.0f} ms per 10,000 requests "
                  f"({median(case, tool, 'rps'):.0f} req/s, p50 {median(case, tool, 'p50'):.3f} ms, p99 {median(case, tool, 'p99'):.3f} ms, "
                  f"{median(case, tool, 'bytesPerRequest'):.0f} B allocated per request)")

without = median("dotnet-test Category!=Performance", "dotnet test", "seconds")
everything = median("dotnet-test all", "dotnet test", "seconds")
print(f"\ndotnet test (sample, --no-build): {without:.2f} s without performance tests, {everything:.2f} s with; they add {everything - without:.2f} s")
