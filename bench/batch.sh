#!/usr/bin/env bash
# A benchmark (not a test) for whole archives (issue 14):
#  1. a batch of generated annexes (PDF plans and workbooks) into one store,
#     with --jobs 1 and --jobs 2: wall time, pages/s, peak memory of the
#     process (max RSS), the store's size;
#  2. import against tables for sheets of growing size (CSV, then XLSX): time and peak memory,
#     to show that both grow linearly with the cells.
# Files are generated in a temporary folder (PDFs by repeating the committed
# plan sample with pdfunite, each made distinct by a trailing comment; CSV and
# XLSX lists with /usr/bin/python3 + openpyxl), never in the repository.
# Usage: bench/batch.sh [BUILD_DIR] [PDF_FILES] [PAGES_PER_PDF] [WORKBOOKS] [CELLS...]
# Defaults: build, 410 PDFs of 49 pages, 100 workbooks, cells 10000 100000 500000.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
pdfs="${2:-410}"
pages_per="${3:-49}"
workbooks="${4:-100}"
shift $(( $# < 4 ? $# : 4 ))
cells=("${@:-}")
[[ -z "${cells[0]}" ]] && cells=(10000 100000 500000)
bin="$build/allegato"
[[ -x "$bin" ]] || { echo "build allegato first (tools/build.sh)"; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"

# --- the batch -------------------------------------------------------------
src="$root/samples/plan/input.pdf"
per=$(pdfinfo "$src" | awk '/^Pages:/ {print $2}')
copies=$(( (pages_per + per - 1) / per ))
args=(); for ((i = 0; i < copies; i++)); do args+=("$src"); done
pdfunite "${args[@]}" "$work/base.pdf"
base_pages=$(pdfinfo "$work/base.pdf" | awk '/^Pages:/ {print $2}')
for ((i = 0; i < pdfs; i++)); do
  cp "$work/base.pdf" "$work/in/plan-$i.pdf"
  printf '%% copy %d\n' "$i" >> "$work/in/plan-$i.pdf"   # a comment after %%EOF: new bytes, same pages
done
/usr/bin/python3 - "$work/in" "$workbooks" <<'PY'
import sys, openpyxl
out, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    rows = [["Codice", "Indicatore", "Peso", "Target 2024", "Target 2025"]]
    rows += [[f"IND_{i}_{r}", f"Indicatore {r} della camera {i}", f"{5 + r % 10}%", f">= {r + i}", f">= {r + i + 1}"]
             for r in range(40)]
    if i % 2:
        with open(f"{out}/list-{i}.csv", "w") as f:
            f.write("\n".join(";".join(map(str, r)) for r in rows) + "\n")
    else:
        wb = openpyxl.Workbook(); ws = wb.active
        for r in rows: ws.append(r)
        wb.save(f"{out}/list-{i}.xlsx")
PY
files=$(ls "$work/in" | wc -l)
total_pages=$(( pdfs * base_pages ))
echo "batch: $files files ($pdfs PDFs of $base_pages pages = $total_pages pages, $workbooks workbooks)"
# Timings on a shared machine are noisy: say how busy it was.
echo "  load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
# CPU time (user+sys) against wall time tells the machine from the code: the
# same CPU time with 1 and 2 jobs means no work is added by running side by
# side; a wall time above CPU time / jobs then is time spent waiting, either
# for a core other processes hold (preempted: involuntary context switches)
# or for a lock or the disk (voluntary ones: the store's single writer).
declare -A wall cpu
for jobs in 1 2; do
  rm -f "$work/plans.sqlite"
  echo "  load average before --jobs $jobs: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "%e %M %U %S %c %w" -o "$work/time" "$bin" import "$work/in" --db "$work/plans.sqlite" --jobs "$jobs" \
    2>"$work/err" >/dev/null || true
  read -r secs kb user sys preempted waits < "$work/time"
  wall[$jobs]=$secs
  cpu[$jobs]=$(awk "BEGIN{printf \"%.1f\", $user + $sys}")
  echo "  --jobs $jobs: ${secs} s wall, $(awk "BEGIN{printf \"%.0f\", $total_pages / $secs}") pages/s," \
       "peak $(( kb / 1024 )) MB, store $(( $(stat -c %s "$work/plans.sqlite") / 1048576 )) MB;" \
       "$(tail -1 "$work/err")"
  echo "    CPU ${cpu[$jobs]} s (user+sys), $(awk "BEGIN{printf \"%.2f\", ${cpu[$jobs]} / $secs}") cores busy on average;" \
       "$preempted preemptions, $waits waits (lock, disk)"
done
echo "  speed-up from 1 to 2 jobs: $(awk "BEGIN{printf \"%.2f\", ${wall[1]} / ${wall[2]}}")x (aim >= 1.8x);" \
     "CPU time 2 jobs / 1 job: $(awk "BEGIN{printf \"%.2f\", ${cpu[2]} / ${cpu[1]}}")" \
     "(1.00: running side by side adds no work; two free cores would then give ~2x less the writer's waits)"

# --- import against tables, by cells ---------------------------------------
echo "import against tables (CSV lists, 10 columns):"
for n in "${cells[@]}"; do
  rows=$(( n / 10 ))
  awk -v rows="$rows" 'BEGIN {
    print "Codice;Indicatore;Descrizione;Unita;Peso;Baseline;Target 2024;Target 2025;Target 2026;Note"
    for (r = 1; r < rows; r++)
      printf "IND_%d;Indicatore numero %d;Descrizione %d;N.;%d%%;%d;>= %d;>= %d;>= %d;nota %d\n", r, r, r, r % 50, r, r, r + 1, r + 2, r
  }' > "$work/cells-$n.csv"
  /usr/bin/time -f "%e %M" -o "$work/t1" "$bin" tables "$work/cells-$n.csv" --format json >/dev/null 2>&1 || true
  /usr/bin/time -f "%e %M" -o "$work/t2" "$bin" import "$work/cells-$n.csv" --genre list --format json \
    >/dev/null 2>&1 || true
  read -r ts tk < "$work/t1"; read -r is ik < "$work/t2"
  echo "  $n cells: tables ${ts} s / $(( tk / 1024 )) MB, import+audit ${is} s / $(( ik / 1024 )) MB" \
       "(ratio $(awk "BEGIN{printf \"%.1f\", $is / ($ts > 0 ? $ts : 0.01)}")x)"
done

# --- the same for XLSX: the sheet part is streamed, so peak memory follows
# the cells held (grid, tables, model), not the size of the sheet's XML.
echo "import against tables (XLSX lists, 10 columns, openpyxl inline strings):"
for n in "${cells[@]}"; do
  /usr/bin/python3 - "$n" "$work/cells-$n.xlsx" <<'PY'
import sys, openpyxl
n, out = int(sys.argv[1]), sys.argv[2]
wb = openpyxl.Workbook(write_only=True); ws = wb.create_sheet("Indicatori")
ws.append(["Codice", "Indicatore", "Descrizione", "Unita", "Peso", "Baseline", "Target 2024", "Target 2025",
           "Target 2026", "Note"])
for r in range(1, n // 10):
    ws.append([f"IND_{r}", f"Indicatore numero {r}", f"Descrizione {r}", "N.", (r % 50) / 100, r, f">= {r}",
               f">= {r + 1}", f">= {r + 2}", f"nota {r}"])
wb.save(out)
PY
  /usr/bin/time -f "%e %M" -o "$work/t1" "$bin" tables "$work/cells-$n.xlsx" --format json >/dev/null 2>&1 || true
  /usr/bin/time -f "%e %M" -o "$work/t2" "$bin" import "$work/cells-$n.xlsx" --genre list --format json \
    >/dev/null 2>&1 || true
  read -r ts tk < "$work/t1"; read -r is ik < "$work/t2"
  echo "  $n cells: tables ${ts} s / $(( tk / 1024 )) MB, import+audit ${is} s / $(( ik / 1024 )) MB" \
       "(ratio $(awk "BEGIN{printf \"%.1f\", $is / ($ts > 0 ? $ts : 0.01)}")x)"
done
echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
