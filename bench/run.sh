#!/usr/bin/env bash
# Times, in one run, `pdftotext -bbox-layout` (Poppler's own word boxes, the
# floor for any PDF table extractor built on Poppler) against `allegato tables
# --format json` (words + ruling lines + the whole layout engine) on a
# ~200-page PDF made by tools/make_layout_bench_pdf.sh, and prints the ratio.
# Also times `allegato import --format json` (tables, genre, reconcile and
# audit). Best of N runs each. Targets: tables under 1.5x, import under 1.2x.
# Usage: bench/run.sh [BUILD_DIR] [RUNS]   (default: builds build-bench, Release)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-bench}"
runs="${2:-3}"
if [[ ! -x "$build/allegato" ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DALLEGATO_TESTS=OFF -DALLEGATO_BENCH=OFF >/dev/null
  cmake --build "$build" --target allegato -j2 >/dev/null
fi
pdf="$(mktemp -d)/bench.pdf"
"$root/tools/make_layout_bench_pdf.sh" "$pdf" 200

best() {  # best SECONDS of "$@" over $runs runs
  local best_s="" s timing
  timing="$(mktemp)"
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e" -o "$timing" "$@" >/dev/null 2>/dev/null
    s=$(tail -1 "$timing")
    if [[ -z "$best_s" ]] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; fi
  done
  rm -f "$timing"
  echo "$best_s"
}
t_pdftotext=$(best pdftotext -bbox-layout "$pdf" /dev/stdout)
t_allegato=$(best "$build/allegato" tables "$pdf" --format json)
t_import=$(best "$build/allegato" import "$pdf" --format json)
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
echo "pages:                        $pages"
echo "pdftotext -bbox-layout:       ${t_pdftotext} s"
echo "allegato tables --format json: ${t_allegato} s"
echo "allegato import (with audit):  ${t_import} s"
awk "BEGIN{printf \"ratio allegato/pdftotext:     %.2fx (target < 1.5x)\n\", $t_allegato / $t_pdftotext}"
awk "BEGIN{printf \"ratio import+audit/pdftotext: %.2fx (target < 1.2x)\n\", $t_import / $t_pdftotext}"
rm -rf "$(dirname "$pdf")"
