#!/bin/sh
# Rebuild every h17-* case (held out), one generator at a time (the machine is shared: never in parallel),
# then check each truth.json against the text of its input and audit its consistency.
set -e
cd "$(dirname "$0")"
for f in h17_plan.py h17_pira.py h17_report.py h17_dashboard.py h17_assignment.py h17_list.py \
         h17_record.py h17_form.py h17_flat.py h17_pirayears.py h17_results.py h17_points.py; do
    echo "== $f"
    /usr/bin/python3 "$f"
done
/usr/bin/python3 check_truth17.py
