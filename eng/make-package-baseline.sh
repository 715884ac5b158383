#!/usr/bin/env bash
# Produces the package-validation baseline: the committed HEAD, packed as the released version (0.1.0 by default)
# into eng/baseline/Crm.Domain.<version>.nupkg. Crm.Domain.csproj validates every later pack against it
# (PackageValidationBaselinePath): removing or changing shipped API then fails the pack (CP0002 and friends).
# Run it once per release, right after eng/ship-public-api.sh, from a commit that is the release.
# Usage: bash eng/make-package-baseline.sh [version]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=${1:-0.1.0}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
git clone --quiet --no-hardlinks "$root" "$work/repo"
rm -f "$work"/repo/eng/baseline/*.nupkg   # a baseline is not validated against itself
# Only the assemblies matter to validation: no symbol package. (Docs stay on: the build requires them for IDE0005.)
dotnet pack "$work/repo/src/Crm.Domain" -c Release -o "$work/out" --nologo -v:q \
  -p:Version="$version" -p:ContinuousIntegrationBuild=true -p:EnablePackageValidation=false \
  -p:IncludeSymbols=false
mkdir -p "$root/eng/baseline"
rm -f "$root"/eng/baseline/*.nupkg
cp "$work/out/Crm.Domain.$version.nupkg" "$root/eng/baseline/"
ls -l "$root/eng/baseline/"
