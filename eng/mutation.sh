#!/usr/bin/env bash
# Mutation testing with Stryker.NET on folders of the library (issue 13, item 6).
#
#   bash eng/mutation.sh Metrics                      # every file under src/Crm.Domain/Metrics/
#   bash eng/mutation.sh CustomerValue/Models [more…] # several folders, one run, a score each
#   bash eng/mutation.sh CustomerValue/Models/Fitting/Newton.cs  # a file: a rerun of the files a change touched
#
# One run for all the folders given, its report under artifacts/mutation/<folders>/ (HTML + JSON); the script prints,
# per folder, the mutation score (killed + timeout) / (all mutants that tests cover or not, less compile errors and ignored ones),
# the way Stryker's own summary counts it. Stryker stays out of .ci/run: a run on Metrics/ takes tens of minutes on
# a 2-core machine. The suites that probe every public member (the reflective hostile-input suite, the JSON fuzzer,
# the convention and docs tests) are excluded from the runs: they cover every mutant, so Stryker would run them for
# each one and a run would take days, and they assert contracts (no NaN out, strict JSON), not the values a mutant
# changes. For the same reason the extreme-parameter scans of the customer-value models (ExtremeParameterScanTests
# and MbgNbdPropertyTests' extreme-value property: finite and monotone over a grid of extreme parameters, 75 % of the
# Models tests' time, 20+ minutes a run under Stryker's instrumentation) are left out. The build is Release: the
# models' tests are numeric and run several times faster optimised, which is most of a run's time.
# CONCURRENCY (default 2) sets Stryker's parallel test runners. TESTS, if set, is a VsTest filter that narrows the
# tests Stryker runs further (e.g. TESTS='FullyQualifiedName~Crm.Domain.Tests.Metrics' for the tests of
# one room): the coverage pass then costs a fraction, and the score can only be lower than with every test (a
# mutant killed only by a test left out counts as survived or not covered), so a narrowed score is a floor.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bash eng/mutation.sh <folder under src/Crm.Domain> [more folders]" >&2; exit 2; }
dotnet tool restore > /dev/null
root=$(pwd)
filter='FullyQualifiedName!~Crm.Domain.Tests.Conventions&FullyQualifiedName!~Crm.Domain.Tests.Docs&FullyQualifiedName!~JsonFuzz&FullyQualifiedName!~ExtremeParameterScanTests&FullyQualifiedName!~Predictions_stay_finite_at_extreme_parameter_values'
[ -z "${TESTS:-}" ] || filter="($TESTS)&$filter"
for folder in "$@"; do
  [ -d "src/Crm.Domain/${folder%/}" ] || [ -f "src/Crm.Domain/$folder" ] || { echo "no folder or file src/Crm.Domain/$folder" >&2; exit 2; }
done
# One Stryker run for all the folders: most of a run's time is building the mutated assembly (every file is
# mutated and compiled whatever --mutate says) and the initial coverage pass, so two folders in one run cost little
# more than one. The score is then counted per folder from the one JSON report.
name=$(printf '%s+' "$@" | tr '/' '-'); name=${name%+}; name=${name:0:120}
out="$root/artifacts/mutation/$name"
rm -rf "$out"; mkdir -p "$out"
mutate=()
for folder in "$@"; do
  if [ -f "src/Crm.Domain/$folder" ]; then mutate+=(--mutate "**/$folder"); else mutate+=(--mutate "**/${folder%/}/**/*.cs"); fi
done
echo "== Stryker on src/Crm.Domain/{$*} (report: $out)"
status=0
(cd tests/Crm.Domain.Tests && dotnet stryker \
    --project Crm.Domain.csproj \
    --target-framework net10.0 \
    --configuration Release \
    "${mutate[@]}" \
    --test-case-filter "$filter" \
    --concurrency "${CONCURRENCY:-2}" \
    --reporter html --reporter json --reporter progress \
    --threshold-high 90 --threshold-low 80 --break-at 0 \
    --skip-version-check \
    --output "$out") || status=$?
report=$(find "$out" -name 'mutation-report.json' | head -1)
[ -n "$report" ] || { echo "Stryker wrote no report" >&2; exit 1; }
python3 - "$report" "$@" <<'PY'
import json, sys, collections
r = json.load(open(sys.argv[1]))
for folder in sys.argv[2:]:
    key = "/src/Crm.Domain/" + folder.strip("/") + ("" if folder.endswith(".cs") else "/")
    c = collections.Counter(m["status"] for path, f in r["files"].items() if key in path.replace("\\", "/")
                            for m in f["mutants"])
    killed = c["Killed"] + c["Timeout"]
    valid = killed + c["Survived"] + c["NoCoverage"]
    score = f"{100.0 * killed / valid:.2f} %" if valid else "n/a (no mutants)"
    print(f"{folder}: mutation score {score} ({killed} killed or timed out of {valid}; survived {c['Survived']}, "
          f"no coverage {c['NoCoverage']}, compile errors {c['CompileError']}, ignored {c['Ignored']})")
PY
exit $status
