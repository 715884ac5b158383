#!/usr/bin/env bash
# Adds every new public symbol of src/Crm.Domain to PublicAPI.Unshipped.txt (RS0016 code fix), then sorts the file.
# Run it after adding public API; review the diff: it is the change to the package's surface.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet format analyzers src/Crm.Domain/Crm.Domain.csproj --diagnostics RS0016 RS0017 --severity warn "$@" || true
f=src/Crm.Domain/PublicAPI.Unshipped.txt
{ echo '#nullable enable'; grep -v '^#nullable enable$' "$f" | grep -v '^$' | LC_ALL=C sort -u; } > "$f.tmp" && mv "$f.tmp" "$f"
