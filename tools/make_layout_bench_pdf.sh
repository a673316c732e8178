#!/usr/bin/env bash
# Writes a ~200-page PDF for bench/run.sh by repeating a committed sample
# (samples/plan/input.pdf, 7 pages, ruled tables over pages) with pdfunite.
# The result is several MB: it goes to /tmp (or $1), never into the repository.
# Usage: tools/make_layout_bench_pdf.sh [OUT.pdf] [PAGES]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/allegato-bench-200.pdf}"
want="${2:-200}"
src="$root/samples/plan/input.pdf"
[[ -f "$src" ]] || src="$root/samples/layout-multipage/input.pdf"
per=$(pdfinfo "$src" | awk '/^Pages:/ {print $2}')
copies=$(( (want + per - 1) / per ))
args=()
for ((i = 0; i < copies; i++)); do args+=("$src"); done
pdfunite "${args[@]}" "$out"
echo "$out: $(pdfinfo "$out" | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$out") bytes"
