#!/usr/bin/env bash
# The whole test suite, as CI runs it: pack the package into the local feed (the sample and the
# package tests consume it from there), then run every test project in the solution.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
"$root/scripts/pack.sh"
dotnet test AiApiTestAutomation.sln -c Release --nologo "$@"
