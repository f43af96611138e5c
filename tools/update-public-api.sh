#!/usr/bin/env bash
# Records the library's public API changes in PublicAPI.Unshipped.txt (PublicApiAnalyzers).
# A type becomes public only on purpose: review the diff of PublicAPI.Unshipped.txt after running this.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet format analyzers src/Supervision.Reporting/Supervision.Reporting.csproj \
  --diagnostics RS0016 RS0017 RS0026 RS0027 RS0036 RS0037 RS0041 --severity info -v q
# Keep the file sorted so that parallel branches merge cleanly.
f=src/Supervision.Reporting/PublicAPI.Unshipped.txt
{ head -n 1 "$f"; tail -n +2 "$f" | LC_ALL=C sort -u; } > "$f.tmp" && mv "$f.tmp" "$f"
