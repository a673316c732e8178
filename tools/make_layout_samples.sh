#!/usr/bin/env bash
# Generates the generic layout samples samples/layout-*/input.pdf (HTML+CSS
# printed by headless Chromium; LibreOffice for the encrypted one; qpdf for
# the /Rotate page). The expected-tables.json beside each is written by hand
# review, not by this script. Usage: tools/make_layout_samples.sh [NAME...]
# Needs: chromium, libreoffice-calc, qpdf, poppler-utils (tools/install-deps.sh --samples).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# shellcheck source=tools/print_pdf.sh
. "$root/tools/print_pdf.sh"

style="<style>
$sample_css
</style>"

page() {  # page NAME BODY [EXTRA_STYLE]: writes $work/NAME.html
  printf '<!doctype html><html lang="it"><head><meta charset="utf-8">%s%s</head><body>%s</body></html>\n' \
    "$style" "${3:-}" "$2" > "$work/$1.html"
}

make_ruled() {
  page ruled '<h3>Tabella 1 - Indicatori di efficienza</h3>
<p>Valori rilevati al 31 dicembre.</p>
<table class="ruled">
<tr><th>Codice</th><th>Indicatore</th><th>Peso</th><th>Target 2023</th></tr>
<tr><td>EC01</td><td>Tempo medio pratiche</td><td class="num">25,00%</td><td>&lt;= 5 gg</td></tr>
<tr><td>EC02</td><td>Pratiche evase</td><td class="num">25,00%</td><td>&gt;= 90,00 %</td></tr>
<tr><td>EC03</td><td>Costo per pratica</td><td class="num">50,00%</td><td>&lt;= 12,50 Euro</td></tr>
<tr><td>EC04</td><td>Indice di soddisfazione</td><td class="num"></td><td>N/D</td></tr>
</table>
<p>Fonte: elaborazione interna.</p>'
}

make_borderless() {
  page borderless '<h3>Risorse per programma</h3>
<p>La tabella riporta le risorse assegnate a ciascun programma nel triennio.</p>
<table style="margin-top:8pt">
<tr><th>Programma</th><th class="num">2023</th><th class="num">2024</th><th class="num">2025</th></tr>
<tr><td>Competitivit&agrave; delle imprese</td><td class="num">229.447,35</td><td class="num">230.000,00</td><td class="num">231.500,00</td></tr>
<tr><td>Regolazione del mercato</td><td class="num">98.120,00</td><td class="num">99.000,00</td><td class="num">99.500,00</td></tr>
<tr><td>Commercio internazionale</td><td class="num">45.000,00</td><td class="num">46.250,50</td><td class="num">47.000,00</td></tr>
<tr><td>Servizi generali</td><td class="num">1.419,00</td><td class="num">N/D</td><td class="num">-</td></tr>
<tr><td>Totale</td><td class="num">373.986,35</td><td class="num">375.250,50</td><td class="num">378.000,00</td></tr>
</table>
<p style="margin-top:14pt">Gli importi sono espressi in euro e comprendono gli oneri riflessi.</p>'
}

make_wrapped() {
  page wrapped '<h3>Obiettivi operativi</h3>
<table style="width:150mm">
<tr><th style="width:25mm">Codice</th><th style="width:70mm">Descrizione</th><th style="width:20mm" class="num">Peso</th><th style="width:30mm">Target</th></tr>
<tr><td>1.1.1</td><td>Produrre e diffondere analisi e informazione economica sul territorio provinciale con cadenza trimestrale</td><td class="num">33,33%</td><td>&gt;= 4 N.</td></tr>
<tr><td>1.1.2</td><td>Supporto alle imprese</td><td class="num">33,33%</td><td>&gt;= 90,00 % delle richieste evase entro trenta giorni</td></tr>
<tr><td>1.1.3</td><td>Promuovere il benessere organizzativo e la formazione delle risorse umane attraverso corsi dedicati e indagini periodiche di clima</td><td class="num">33,34%</td><td>100,00 %</td></tr>
<tr><td>1.1.4</td><td>Comunicazione</td><td class="num">-</td><td>N/D</td></tr>
</table>' '<style>td, th { padding: 5pt 5pt; }</style>'
}

make_merged() {
  page merged '<h3>Target per anno</h3>
<table class="ruled">
<tr><th rowspan="2">Indicatore</th><th rowspan="2">Peso</th><th colspan="3">Target</th></tr>
<tr><th>2023</th><th>2024</th><th>2025</th></tr>
<tr><td colspan="5">1 - Area anagrafica</td></tr>
<tr><td>Tempi di evasione</td><td rowspan="2">50,00%</td><td>&lt;= 5 gg</td><td>&lt;= 5 gg</td><td>&lt;= 4 gg</td></tr>
<tr><td>Pratiche telematiche</td><td>&gt;= 95 %</td><td colspan="2">&gt;= 97 %</td></tr>
<tr><td colspan="5">2 - Area promozione</td></tr>
<tr><td>Imprese assistite</td><td>50,00%</td><td>&gt;= 100 N.</td><td>&gt;= 110 N.</td><td>&gt;= 120 N.</td></tr>
</table>'
}

make_multipage() {
  local rows="" i
  for i in $(seq 1 70); do
    rows+="<tr><td>IND_$(printf '%02d' "$i")</td><td>Indicatore numero $i del piano</td><td class=\"num\">$((i * 3)),00%</td><td>&gt;= $((i + 10)) N.</td></tr>"
  done
  page multipage "<h3>Elenco degli indicatori</h3>
<table class=\"ruled\" style=\"width:100%\"><thead><tr><th>Codice</th><th>Nome</th><th>Valore</th><th>Target</th></tr></thead>
<tbody>$rows</tbody></table>
<p>Fine elenco.</p>" '<style>tr { break-inside: avoid; }
@page { @top-center { content: "Ente di prova - Piano 2023"; font-size: 8pt; } @bottom-right { content: "Pagina " counter(page) " di " counter(pages); font-size: 8pt; } }</style>'
}

make_landscape() {
  local cols="" cells="" r c
  for c in $(seq 2019 2030); do cols+="<th>$c</th>"; done
  for r in 1 2 3 4; do
    cells+="<tr><td>Indicatore $r</td>"
    for c in $(seq 2019 2030); do cells+="<td class=\"num\">$((r * 10 + c - 2019)),0</td>"; done
    cells+="</tr>"
  done
  page landscape "<h3>Serie storica (pagina orizzontale)</h3>
<table class=\"ruled\"><tr><th>Indicatore</th>$cols</tr>$cells</table>" '<style>@page { size: A4 landscape; }</style>'
  # Page 2: a portrait page whose content is drawn turned a quarter left; the
  # /Rotate 90 added below shows it upright in landscape.
  page landscape-rotated "<div class=\"turned\"><h3>Serie storica (pagina ruotata)</h3>
<table class=\"ruled\"><tr><th>Indicatore</th>$cols</tr>$cells</table></div>" '<style>
.turned { position: absolute; top: 0; left: 0; width: 250mm; transform-origin: top left; transform: rotate(-90deg) translate(-100%, 0); }
</style>'
}

make_rotated_header() {
  page rotated-header '<h3>Matrice di assegnazione</h3>
<table class="ruled">
<tr><th>Obiettivo</th><th class="v"><div>Registro imprese</div></th><th class="v"><div>Promozione</div></th><th class="v"><div>Servizi generali</div></th></tr>
<tr><td>1.1 Digitalizzazione</td><td>X</td><td></td><td>X</td></tr>
<tr><td>1.2 Trasparenza</td><td></td><td>X</td><td></td></tr>
<tr><td>2.1 Formazione</td><td>X</td><td>X</td><td>X</td></tr>
</table>' '<style>th.v { vertical-align: bottom; height: 30mm; } th.v div { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }</style>'
}

make_encrypted() {
  printf 'Codice;Nome;Target\nA1;Evase;90\nA2;Tempi;5\nA3;Imprese;120\n' > "$work/encrypted.csv"
  ( cd "$work" && soffice --headless --infilter="CSV:59,34,76,1" --convert-to \
      'pdf:calc_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
      encrypted.csv >/dev/null 2>&1 )
  test -s "$work/encrypted.pdf" || { echo "libreoffice produced no encrypted.pdf" >&2; exit 1; }
}

make_scanned() {
  make_ruled
  print_pdf "$work/ruled.html" "$work/ruled-for-scan.pdf"
  pdftoppm -r 60 -gray -png -singlefile "$work/ruled-for-scan.pdf" "$work/scan"
  page scanned '<img src="scan.png" style="width:180mm">'
}

for name in "${@:-ruled borderless wrapped merged multipage landscape rotated-header encrypted scanned}"; do
  for n in $name; do
    fn="make_${n//-/_}"
    "$fn"
    out="$root/samples/layout-$n"
    mkdir -p "$out"
    if [[ "$n" == encrypted ]]; then
      cp "$work/encrypted.pdf" "$out/input.pdf"
    elif [[ "$n" == landscape ]]; then
      print_pdf "$work/$n.html" "$work/$n.pdf"
      print_pdf "$work/$n-rotated.html" "$work/$n-rotated.pdf"
      # Page 2 is stored portrait with /Rotate 90 and displayed landscape:
      # the engine must normalise to the displayed frame before geometry.
      qpdf --empty --pages "$work/$n.pdf" "$work/$n-rotated.pdf" -- "$work/$n-both.pdf"
      qpdf "$work/$n-both.pdf" --rotate=+90:2 "$out/input.pdf"
    else
      print_pdf "$work/$n.html" "$out/input.pdf"
    fi
    echo "samples/layout-$n/input.pdf $(stat -c %s "$out/input.pdf") bytes"
  done
done
