#!/bin/sh
# Rebuild every h5- held-out case, then check them. One conversion at a time.
set -e
cd "$(dirname "$0")"
for g in h5_*.py; do
    echo "== $g"
    /usr/bin/python3 "$g"
done
/usr/bin/python3 check.py
