#!/bin/sh
# Rebuild every gen11-* case, one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in gen11_assignment.py gen11_dashboard.py gen11_flat.py gen11_list.py gen11_pira.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth14.py
