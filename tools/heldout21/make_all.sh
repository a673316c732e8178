#!/bin/sh
# Rebuild every h21-* held-out case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in h21_plan.py h21_pira.py h21_assignment.py h21_dashboard.py h21_report.py h21_record.py \
         h21_form.py h21_flat.py h21_results.py h21_tree.py h21_bands.py h21_prose.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth21.py
