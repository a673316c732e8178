#!/bin/sh
# Rebuild every gen10-* and fam10-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in gen10_plan.py gen10_pira.py gen10_report.py gen10_dashboard.py gen10_assignment.py gen10_list.py \
         fam10_bands.py fam10_points.py fam10_matrix.py fam10_results.py fam10_tree.py fam10_flat.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth13.py
