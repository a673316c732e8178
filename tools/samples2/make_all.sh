#!/usr/bin/env bash
# Regenerates every samples/variants/tuned/fam2-* case, one renderer at a time (never in
# parallel: the machine is shared), then checks each truth.json against its input.
# Needs: python3 with openpyxl (python3-openpyxl), chromium, LibreOffice (soffice), poppler-utils.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
[[ -x $py ]] || py=python3
for fam in tree points prose matrix bands results form pira; do
  echo "== fam2_$fam"
  "$py" "$here/fam2_$fam.py"
done
"$py" "$here/check_truth.py"
