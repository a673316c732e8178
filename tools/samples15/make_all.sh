#!/bin/sh
# Rebuild every gen12-* and fam12-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in gen12_plan.py gen12_pira.py gen12_assignment.py gen12_dashboard.py gen12_report.py gen12_list.py \
         fam12_record.py fam12_tree.py fam12_prose.py fam12_bands.py fam12_matrix.py fam12_results.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth15.py
