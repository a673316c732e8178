#!/bin/sh
# Rebuild every h13-* held-out case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in h13_plan.py h13_pira.py h13_report.py h13_dashboard.py h13_assignment.py h13_list.py \
         h13_record.py h13_tree.py h13_bands.py h13_prose.py h13_results.py h13_flat.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth13.py
