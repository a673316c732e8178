#!/usr/bin/env bash
# Generates the small PDFs of the layout engine's tests, tests/layout/pdfs/*.pdf
# (HTML+CSS printed by headless Chromium), committed so that the tests need
# no producer. Each page holds one case of issue 12 that the synthetic pages
# of phases_test.cpp cannot show as a real producer writes it:
#   turned-ruled:      a ruled table printed sideways (CSS rotate(-90deg),
#                      text bottom to top) with upright text above and below
#   turned-borderless: a borderless table turned the other way (rotate(90deg))
#   rotate-page:       an upright ruled table on a page whose /Rotate 90
#                      shows it sideways (qpdf --rotate)
# Usage: tools/make_layout_test_pdfs.sh [NAME...]   Needs: chromium, qpdf.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/tests/layout/pdfs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# shellcheck source=tools/print_pdf.sh
. "$root/tools/print_pdf.sh"

style="<style>
$sample_css
.turned { transform-origin: top left; position: absolute; }
</style>"

page() {  # page NAME BODY: writes $work/NAME.html
  printf '<!doctype html><html lang="it"><head><meta charset="utf-8">%s</head><body>%s</body></html>\n' \
    "$style" "$2" > "$work/$1.html"
}

rows='<tr><th>Codice</th><th>Obiettivo operativo</th><th class="num">Peso</th><th class="num">Target 2024</th><th class="num">Target 2025</th></tr>
<tr><td>OB01</td><td>Riduzione dei tempi di pagamento</td><td class="num">30,00%</td><td class="num">&lt;= 30 gg</td><td class="num">&lt;= 25 gg</td></tr>
<tr><td>OB02</td><td>Digitalizzazione delle pratiche</td><td class="num">25,00%</td><td class="num">80,00%</td><td class="num">90,00%</td></tr>
<tr><td>OB03</td><td>Formazione del personale</td><td class="num">20,00%</td><td class="num">24 ore</td><td class="num">30 ore</td></tr>
<tr><td>OB04</td><td>Customer satisfaction</td><td class="num">25,00%</td><td class="num">3,5</td><td class="num">4,0</td></tr>'

make_turned_ruled() {
  page turned-ruled "<h3>Allegato 2 - Obiettivi operativi</h3>
<p>La tabella seguente, stampata in orizzontale, riporta gli obiettivi.</p>
<div class=\"turned\" style=\"top: 80mm; left: 10mm; transform: translateY(165mm) rotate(-90deg);\">
<table class=\"ruled\">$rows</table></div>
<p style=\"position: absolute; top: 250mm;\">Fonte: piano della performance 2024-2026.</p>"
}

make_turned_borderless() {
  page turned-borderless "<h3>Allegato 3 - Obiettivi operativi</h3>
<div class=\"turned\" style=\"top: 30mm; left: 190mm; width: 200mm; transform: rotate(90deg);\">
<p>Obiettivi e target del triennio.</p>
<table>$rows</table></div>"
}

make_rotate_page() {
  page rotate-page "<h3>Allegato 4 - Obiettivi operativi</h3>
<table class=\"ruled\">$rows</table>"
}

names=("$@")
[[ ${#names[@]} -gt 0 ]] || names=(turned-ruled turned-borderless rotate-page)
for name in "${names[@]}"; do
  "make_${name//-/_}"
  print_pdf "$work/$name.html" "$work/$name.pdf"
  if [[ $name == rotate-page ]]; then qpdf --rotate=+90 "$work/$name.pdf" "$out/$name.pdf"
  else cp "$work/$name.pdf" "$out/$name.pdf"; fi
  echo "wrote tests/layout/pdfs/$name.pdf"
done
