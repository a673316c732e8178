#!/bin/sh
# Rebuild every h15-* held-out case (samples/variants/heldout), one generator at a time (the machine is shared:
# never in parallel), then check each truth.json against the text of its input and audit its consistency.
# Needs /usr/bin/python3 with openpyxl and reportlab (Debian: python3-openpyxl, python3-reportlab), chromium,
# soffice (LibreOffice Calc), pdftotext / pdfinfo (poppler-utils).
set -e
cd "$(dirname "$0")"
if ! /usr/bin/python3 -c "import reportlab" 2>/dev/null; then
    echo "make_all.sh: python3-reportlab is missing (h15_plan.py draws its PDF with it): apt-get install python3-reportlab" >&2
    exit 1
fi
for f in h15_plan.py h15_pira.py h15_report.py h15_dashboard.py h15_assignment.py h15_list.py \
         h15_record.py h15_form.py h15_flat.py h15_tree.py h15_points.py h15_bands.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth15.py
