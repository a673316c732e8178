#!/bin/sh
# Rebuild every gen13-* and fam13-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in gen13_assignment.py gen13_dashboard.py fam13_tree.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth16.py
