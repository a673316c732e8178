#!/bin/sh
# Rebuild every gen8-* and fam8-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in gen8_plan.py gen8_pira.py gen8_report.py gen8_dashboard.py gen8_assignment.py gen8_list.py \
         fam8_record.py fam8_form.py fam8_flat.py fam8_results.py fam8_tree.py fam8_points.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth11.py
