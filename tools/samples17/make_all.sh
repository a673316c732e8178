#!/bin/sh
# Rebuild every fam14-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in fam14_bands.py fam14_points.py fam14_matrix.py fam14_prose.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth17.py
