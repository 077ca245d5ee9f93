"""Runs a command and prints its JSON result line with the CPU the command used (user + system, all its threads)."""
import json
import resource
import subprocess
import sys

out = subprocess.run(sys.argv[1:], capture_output=True, text=True, check=True).stdout
line = next(l for l in out.splitlines() if l.startswith("{"))
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
result = json.loads(line)
result["cpuMs"] = (usage.ru_utime + usage.ru_stime) * 1000
result["cpuMsPer10k"] = result["cpuMs"] * 10_000 / max(1, result["requests"])
print(json.dumps(result))
