#!/usr/bin/env bash
# Records the library's public API changes in PublicAPI.Unshipped.txt (PublicApiAnalyzers): new public symbols are
# added (the analyzer's code fix, through `dotnet format`), removed ones deleted. A type becomes public only on
# purpose: review the diff of PublicAPI.Unshipped.txt after running this.
#   tools/update-public-api.sh          record changes in Unshipped
#   tools/update-public-api.sh --ship   then move everything to Shipped (at a release; Unshipped is left empty)
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/Supervision.Reporting/Supervision.Reporting.csproj
dir=src/Supervision.Reporting
dotnet format analyzers "$project" --diagnostics RS0016 RS0026 RS0027 RS0036 RS0037 RS0041 --severity info -v q || true

# RS0017: declared but no longer public. The code fix does not remove these, so delete the lines the build names.
log=$(mktemp)
dotnet build "$project" -f net10.0 -v q -nologo -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
python3 - "$dir" "$log" <<'PY'
import re, sys
folder, log = sys.argv[1], sys.argv[2]
gone = set(re.findall(r"RS0017: Symbol '(.*?)' is part of the declared API", open(log, encoding="utf-8").read()))
for name in ("PublicAPI.Unshipped.txt", "PublicAPI.Shipped.txt"):
    path = f"{folder}/{name}"
    lines = open(path, encoding="utf-8").read().splitlines()
    kept = [l for l in lines if l not in gone]
    if kept != lines:
        open(path, "w", encoding="utf-8").write("\n".join(kept) + "\n")
PY
rm -f "$log"

sort_api() { { head -n 1 "$1"; tail -n +2 "$1" | grep -v '^$' | LC_ALL=C sort -u; } > "$1.tmp" && mv "$1.tmp" "$1"; }
if [ "${1:-}" = "--ship" ]; then
  tail -n +2 "$dir/PublicAPI.Unshipped.txt" >> "$dir/PublicAPI.Shipped.txt"
  head -n 1 "$dir/PublicAPI.Unshipped.txt" > "$dir/PublicAPI.Unshipped.txt.tmp" && mv "$dir/PublicAPI.Unshipped.txt.tmp" "$dir/PublicAPI.Unshipped.txt"
  sort_api "$dir/PublicAPI.Shipped.txt"
fi
# Keep the files sorted so that parallel branches merge cleanly.
sort_api "$dir/PublicAPI.Unshipped.txt"
