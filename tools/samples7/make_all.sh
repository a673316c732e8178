#!/bin/sh
# Rebuild every gen6-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in gen6_plan.py gen6_report.py gen6_pira.py gen6_assignment.py gen6_dashboard.py gen6_list.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth7.py
