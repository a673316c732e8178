#!/bin/sh
# Rebuild every fam6-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input.
set -e
cd "$(dirname "$0")"
for f in fam8_record.py fam8_form.py fam8_flat.py fam8_pira.py fam8_results.py fam8_tree.py fam8_points.py \
         fam8_matrix.py fam8_bands.py fam8_prose.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth8.py
