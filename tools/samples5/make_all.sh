#!/bin/sh
# Rebuild every gen5-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input.
set -e
cd "$(dirname "$0")"
for f in gen5_plan.py gen5_pira.py gen5_report.py gen5_dashboard.py gen5_assignment.py gen5_list.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth5.py
