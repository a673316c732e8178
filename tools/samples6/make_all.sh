#!/bin/sh
# Rebuild every fam5-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input.
set -e
cd "$(dirname "$0")"
for f in fam6_record.py fam6_form.py fam6_flat.py fam6_pira.py fam6_results.py fam6_tree.py fam6_points.py \
         fam6_matrix.py fam6_bands.py fam6_prose.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth6.py
