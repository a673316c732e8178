#!/bin/sh
# Rebuild every h19-* held-out case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in gen19_plan.py gen19_pira.py gen19_assignment.py gen19_dashboard.py gen19_report.py \
         fam19_record.py fam19_points.py fam19_bands.py fam19_prose.py fam19_matrix.py fam19_form.py fam19_tree.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth19.py
