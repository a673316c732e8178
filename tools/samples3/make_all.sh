#!/bin/sh
# Rebuild every fam3-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input.
set -e
cd "$(dirname "$0")"
for f in fam3_record.py fam3_form.py fam3_flat.py fam3_pira.py fam3_results.py fam3_tree.py \
         fam3_points.py fam3_matrix.py fam3_bands.py fam3_prose.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth3.py
