#!/usr/bin/env bash
# Adds every new public symbol of the packable libraries (src/Crm.Domain, src/Crm.Domain.Charts) to their
# PublicAPI.Unshipped.txt (RS0016 code fix), then sorts the files.
# Run it after adding public API; review the diff: it is the change to the packages' surface.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/Crm.Domain src/Crm.Domain.Charts; do
  dotnet format analyzers "$project/$(basename "$project").csproj" --diagnostics RS0016 RS0017 --severity warn "$@" || true
  f=$project/PublicAPI.Unshipped.txt
  { echo '#nullable enable'; grep -v '^#nullable enable$' "$f" | grep -v '^$' | LC_ALL=C sort -u; } > "$f.tmp" && mv "$f.tmp" "$f"
done
