#!/usr/bin/env bash
# The main job: pack the package, then build the sample test project (which references it from the
# local feed, like any user project) and run its generated tests against the live sample API.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
"$root/scripts/pack.sh"
dotnet test samples/Store.Api.Tests -c Release --nologo --logger "console;verbosity=normal" "$@"
