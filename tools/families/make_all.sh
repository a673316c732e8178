#!/bin/sh
# Regenerate every family sample (tuned and heldout) under samples/variants/.
# Needs /usr/bin/python3 with openpyxl, chromium and soffice (LibreOffice).
set -e
cd "$(dirname "$0")"
for f in record form flat pira results tree points matrix bands prose; do
  /usr/bin/python3 "fam_$f.py"
done
/usr/bin/python3 check_truth.py
