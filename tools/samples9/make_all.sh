#!/bin/sh
# Rebuild every gen7-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in gen7_plan.py gen7_pira.py gen7_report.py gen7_dashboard.py gen7_assignment.py gen7_list.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth9.py
