#!/usr/bin/env bash
# Packs AiApiTestAutomation, AiApiTestAutomation.Testing and AiApiTestAutomation.Schemas into artifacts/packages (the local feed
# that nuget.config names), and forgets any earlier copy the sample's restore cache holds.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rm -f artifacts/packages/*.nupkg
rm -rf artifacts/sample-nuget/aiapitestautomation artifacts/sample-nuget/aiapitestautomation.testing artifacts/sample-nuget/aiapitestautomation.schemas
dotnet pack src/AiApiTestAutomation.Schemas -c Release -o artifacts/packages -v q -nologo
dotnet pack src/AiApiTestAutomation.Testing -c Release -o artifacts/packages -v q -nologo
dotnet pack src/AiApiTestAutomation -c Release -o artifacts/packages -v q -nologo
ls -1 artifacts/packages/*.nupkg
