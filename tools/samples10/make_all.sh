#!/bin/sh
# Rebuild every fam7-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input (and the small audit of check_truth7).
set -e
cd "$(dirname "$0")"
for f in fam10_record.py fam10_form.py fam10_flat.py fam10_pira.py fam10_results.py fam10_tree.py \
         fam10_points.py fam10_matrix.py fam10_bands.py fam10_prose.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth10.py
