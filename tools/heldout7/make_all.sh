#!/bin/sh
# Rebuild every h7-* held-out case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input (tools/heldout7/check7.py).
set -e
cd "$(dirname "$0")"
for f in h7_plan.py h7_pira.py h7_assignment.py h7_dashboard.py h7_report.py h7_list.py \
         h7_record.py h7_form.py h7_tree.py h7_points.py h7_matrix.py h7_prose.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check7.py
