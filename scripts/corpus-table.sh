#!/usr/bin/env bash
# Regenerates docs/corpus.md: runs the corpus compile test (every spec in ../shared/specs) and collects its rows.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rows="$(mktemp -d)"
CORPUS_TABLE_DIR="$rows" dotnet test "$root/tests/AiApiTestAutomation.Generator.Tests" -c Release --nologo --filter "FullyQualifiedName~CorpusCompileTests" >/dev/null
{
  sed -n '1,/^<!-- table -->$/p' "$root/docs/corpus.md"
  echo '| Spec | Version | Operations (SOURCES.md) | Operations generated | CRUD | Error | Validation | Performance | Spec diagnostics | Compile |'
  echo '|---|---|---|---|---|---|---|---|---|---|'
  LC_ALL=C sort "$rows"/*.md
  sed -n '/^<!-- end table -->$/,$p' "$root/docs/corpus.md"
} > "$rows.out"
mv "$rows.out" "$root/docs/corpus.md"
rm -rf "$rows"
