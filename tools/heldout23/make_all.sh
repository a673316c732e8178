#!/bin/sh
# Rebuild every h23-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in h23_record.py h23_form.py h23_flat.py h23_tree.py h23_points.py h23_matrix.py h23_bands.py \
         h23_prose.py h23_plan.py h23_pira.py h23_dashboard.py h23_list.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth23.py
