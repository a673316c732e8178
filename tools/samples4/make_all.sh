#!/bin/sh
# Rebuild every fam4-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input.
set -e
cd "$(dirname "$0")"
for f in fam4_results.py fam4_prose.py fam4_points.py fam4_pira.py fam4_tree.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth4.py
