#!/bin/sh
# Rebuild every h9-* held-out case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
export LANG=it_IT.UTF-8
for f in h9_plan.py h9_pira.py h9_report.py h9_dashboard.py h9_assignment.py h9_list.py \
         h9_record.py h9_form.py h9_tree.py h9_bands.py h9_prose.py h9_points.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth9.py
