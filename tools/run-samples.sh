#!/usr/bin/env bash
# Installs what the build needs, builds, and runs the main job on the bundled
# samples: imports every sample annex into one model, audits it, and writes
# the results to out/ (model.json, findings.txt, report.html, plans.sqlite, csv/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/install-deps.sh"
"$root/tools/build.sh"
build=${ALLEGATO_BUILD_DIR:-$root/build}
allegato="$build/allegato"
out=${ALLEGATO_OUT:-$root/out}
mkdir -p "$out"
cd "$root"
mapfile -t inputs < <(ls samples/{plan,plan-portrait,pira,assignment,report,dashboard}/input.{pdf,xlsx} 2>/dev/null || true)
if [[ ${#inputs[@]} -eq 0 ]]; then echo "no samples found under samples/" >&2; exit 2; fi
echo "importing ${#inputs[@]} sample annexes: ${inputs[*]}"
# Exit code 3 means "done with warnings": still a finished run.
status=0
"$allegato" import "${inputs[@]}" --format json --output "$out/model.json" || status=$?
[[ $status -eq 0 || $status -eq 3 ]] || exit $status
"$allegato" import "${inputs[@]}" --format summary || true
"$allegato" audit "${inputs[@]}" --no-color > "$out/findings.txt" || true
"$allegato" report "${inputs[@]}" -o "$out/report.html" || true
rm -f "$out/plans.sqlite"
"$allegato" import "${inputs[@]}" --db "$out/plans.sqlite" || true
"$allegato" export --db "$out/plans.sqlite" --format csv -o "$out/csv" || true
echo
head -n 40 "$out/findings.txt"
echo
echo "written: $out/model.json $out/findings.txt $out/report.html $out/plans.sqlite $out/csv/"
