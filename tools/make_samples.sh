#!/bin/sh
# Regenerate the sample documents under samples/ (inputs + truth files).
# Needs chromium, libreoffice (calc), poppler-utils and Debian's python3-openpyxl.
# Usage: tools/make_samples.sh [--build DIR] [sample ...]
set -eu
for tool in chromium libreoffice pdftotext pdfinfo; do
  command -v "$tool" >/dev/null 2>&1 || { echo "make_samples.sh: $tool not found (apt-get install chromium libreoffice-calc poppler-utils)" >&2; exit 2; }
done
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || { echo "make_samples.sh: /usr/bin/python3 lacks openpyxl (apt-get install python3-openpyxl)" >&2; exit 2; }
export TZ=UTC
exec /usr/bin/python3 "$(dirname "$0")/make_samples.py" "$@"
