#!/bin/sh
# Rebuild every h11-* held-out case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input, audit its consistency and its structure.
set -e
cd "$(dirname "$0")"
export LANG=it_IT.UTF-8
for f in h11_plan.py h11_pira.py h11_report.py h11_dashboard.py h11_assignment.py h11_list.py \
         h11_record.py h11_form.py h11_flat.py h11_tree.py h11_matrix.py h11_bands.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth11.py
