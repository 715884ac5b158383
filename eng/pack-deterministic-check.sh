#!/usr/bin/env bash
# Deterministic pack: clones the repository (its committed HEAD) to two different paths, packs src/Crm.Domain
# (Release) in each, and compares the DLLs and XML docs inside the two packages byte for byte. Fails, printing the
# differing files, if the clone's path (or anything else that varies between clones) leaks into the build.
# Usage: bash eng/pack-deterministic-check.sh [repository]   (default: this repository)
set -euo pipefail
repo=$(cd "${1:-$(dirname "$0")/..}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pack() { # $1 = clone path
  git clone --quiet --no-hardlinks "$repo" "$1"
  # ContinuousIntegrationBuild maps source paths to /_/ (no clone path in the PDB or the DLL); SourceLink is on and
  # points at the public repository even though this clone's remote is a local path (eng/SourceLink.targets).
  dotnet pack "$1/src/Crm.Domain" -c Release -p:ContinuousIntegrationBuild=true -o "$1/nupkg" --nologo -v:q > "$1.log" 2>&1 \
    || { tail -n 30 "$1.log"; echo "pack failed in $1"; exit 1; }
  mkdir -p "$1/unzipped" && (cd "$1/unzipped" && unzip -q "$1"/nupkg/Crm.Domain.*.nupkg)
}

pack "$work/first"
pack "$work/second-clone-at-another-path"

status=0; compared=0
for f in $(cd "$work/first/unzipped" && find lib -type f | sort); do
  compared=$((compared + 1))
  if ! cmp -s "$work/first/unzipped/$f" "$work/second-clone-at-another-path/unzipped/$f"; then
    echo "differs between clone paths: $f"; status=1
  fi
done
if [ "$compared" -eq 0 ]; then echo "no files under lib/ in the package"; exit 1; fi
# The PDB must not name either clone: SourceLink maps /_/ to the repository URL.
if grep -aq "$work" "$work"/first/src/Crm.Domain/bin/Release/*/Crm.Domain.dll "$work"/first/src/Crm.Domain/bin/Release/*/Crm.Domain.pdb; then
  echo "the clone path is embedded in the DLL or PDB"; status=1
fi
if ! grep -aq "raw.githubusercontent.com/crm-domain/Crm.Domain/" "$work"/first/src/Crm.Domain/bin/Release/net10.0/Crm.Domain.pdb; then
  echo "no SourceLink map to the repository in the PDB"; status=1
fi
[ "$status" -eq 0 ] && echo "deterministic pack: $compared files under lib/ identical across two clone paths; SourceLink points at the repository"
exit "$status"
