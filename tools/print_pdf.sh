# Sourced by the scripts that make sample and test PDFs from HTML:
# print_pdf HTML_FILE OUT_PDF prints with headless Chromium (a fresh profile,
# no header or footer) and stops the script when no PDF comes out.
print_pdf() {
  local profile; profile="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
  rm -rf "$profile"
  test -s "$2" || { echo "chromium produced no $2" >&2; exit 1; }
}

# The page and table style the samples share: A4, Liberation Sans 9pt,
# collapsed borders, `.ruled` tables with every border, `.num` right-aligned.
sample_css='@page { size: A4; margin: 15mm; }
body { font-family: "Liberation Sans", sans-serif; font-size: 9pt; }
table { border-collapse: collapse; }
td, th { padding: 3pt 5pt; vertical-align: top; text-align: left; }
.ruled td, .ruled th { border: 0.75pt solid #000; }
th { font-weight: bold; }
.num { text-align: right; }'
