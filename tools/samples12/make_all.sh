#!/bin/sh
# Rebuild every gen9-* and fam9-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in gen9_plan.py gen9_pira.py gen9_report.py gen9_dashboard.py gen9_assignment.py gen9_list.py \
         fam9_bands.py fam9_prose.py fam9_matrix.py fam9_points.py fam9_record.py fam9_pira.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth12.py
