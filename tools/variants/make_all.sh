#!/bin/sh
# Regenerate every variant case (tuned and heldout) and sanity-check them.
# Usage: tools/variants/make_all.sh [tuned|heldout|case-name ...]
# Needs /usr/bin/python3 with python3-openpyxl, LibreOffice (soffice) and chromium.
set -e
cd "$(dirname "$0")"
PY=/usr/bin/python3
for g in gen_plan gen_pira gen_dashboard gen_assignment gen_report gen_list gen_multi; do
    $PY $g.py "$@"
done
$PY gen_more.py "$@"
$PY check.py
