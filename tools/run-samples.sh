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
# Exit code 3 means "done with warnings" (values read with doubt): still a
# finished run. Anything else stops the job with the command's own message.
run() {
  local status=0
  "$@" || status=$?
  if [[ $status -ne 0 && $status -ne 3 ]]; then
    echo "run-samples: '$*' failed with exit code $status" >&2
    exit "$status"
  fi
}
run "$allegato" import "${inputs[@]}" --format json --output "$out/model.json"
run "$allegato" import "${inputs[@]}" --format summary
run "$allegato" audit "${inputs[@]}" --no-color --fail-on none --output "$out/findings.txt"
run "$allegato" report "${inputs[@]}" --output "$out/report.html"
rm -rf "$out/plans.sqlite" "$out/csv"
run "$allegato" import "${inputs[@]}" --db "$out/plans.sqlite"
run "$allegato" export --db "$out/plans.sqlite" --format csv --output "$out/csv"
run "$allegato" export --db "$out/plans.sqlite" --format xlsx --output "$out/plans.xlsx"
echo
head -n 40 "$out/findings.txt"
echo "..."
echo
echo "written: $out/model.json $out/findings.txt $out/report.html $out/plans.sqlite $out/plans.xlsx $out/csv/"
