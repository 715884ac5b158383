#!/usr/bin/env bash
# Marks the current public API of src/Crm.Domain as shipped: moves every line of PublicAPI.Unshipped.txt into
# PublicAPI.Shipped.txt (a "*REMOVED*X" line deletes X from Shipped), sorted, and leaves Unshipped empty.
# Run it when a version is released (0.1.0 was), then eng/make-package-baseline.sh for package validation.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=src/Crm.Domain
shipped=$dir/PublicAPI.Shipped.txt unshipped=$dir/PublicAPI.Unshipped.txt
removed=$(mktemp); trap 'rm -f "$removed"' EXIT
grep '^\*REMOVED\*' "$unshipped" | sed 's/^\*REMOVED\*//' > "$removed" || true
{
  echo '#nullable enable'
  cat "$shipped" "$unshipped" | grep -v '^#nullable enable$' | grep -v '^\*REMOVED\*' | grep -v '^$' \
    | grep -vxF -f "$removed" | LC_ALL=C sort -u
} > "$shipped.tmp"
mv "$shipped.tmp" "$shipped"
echo '#nullable enable' > "$unshipped"
echo "$(grep -vc '^#nullable enable$' "$shipped") lines in $shipped; $unshipped is empty"
