#!/usr/bin/python3
"""h5-bands-chromium-1: a hospital trust's objectives with graded target bands, HTML printed by Chromium."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "h5-bands-chromium-1"
ORG = "Azienda Ospedaliero-Universitaria San Gerardo dei Colli"
YEAR = 2026
E = html.escape

# code, objective, weight, indicator, unit, baseline 2025, bands [(value, score)]
DATA = [
 ("OB.1", "Ridurre i tempi di attesa per le prestazioni ambulatoriali di primo accesso", "30",
  "Tempo medio di attesa per la prima visita cardiologica (classe D)", "gg", "31 gg",
  [("≤ 28 gg", "100%"), ("29-30 gg", "75%"), ("31-32 gg", "50%"), ("> 32 gg", "0%")]),
 ("OB.2", "Migliorare la tempestività degli interventi chirurgici in urgenza", "25",
  "Pazienti over 65 con frattura del femore operati entro 48 ore", "%", "68%",
  [("≥ 80%", "100%"), ("75-79%", "75%"), ("70-74%", "50%"), ("< 70%", "0%")]),
 ("OB.3", "Contenere la degenza media preoperatoria", "25",
  "Degenza media preoperatoria negli interventi chirurgici programmati", "gg", "1,4 gg",
  [("≤ 1,0 gg", "100%"), ("1,1-1,2 gg", "75%"), ("1,3-1,4 gg", "50%"), ("> 1,4 gg", "0%")]),
 ("OB.4", "Garantire la completezza della documentazione sanitaria", "20",
  "Cartelle cliniche complete al controllo a campione trimestrale", "%", "91%",
  [("≥ 95%", "100%"), ("92-94%", "60%"), ("< 92%", "0%")]),
]

def build():
    d = case_dir(NAME)
    rows, nodes, inds = [], [], []
    for code, ot, w, nm, un, base, bands in DATA:
        n = len(bands)
        for k, (bv, sc) in enumerate(bands):
            lead = ""
            if k == 0:
                lead = ('<td rowspan="{n}">{c}</td><td rowspan="{n}">{o}</td><td rowspan="{n}" class="c">{w}</td>'
                        '<td rowspan="{n}">{i}</td><td rowspan="{n}" class="c">{b}</td>').format(n=n, c=code, o=E(ot), w=w, i=E(nm), b=E(base))
            rows.append('<tr class="%s">%s<td class="c">%s</td><td class="c">%s</td></tr>' % ("first" if k == 0 else "", lead, E(bv), sc))
        nodes.append(node(code, "strategic", ot, weight=w))
        inds.append(ind(None, nm, code, unit=un, baselines=[Y(2025, base)], targets=[Y(YEAR, bands[0][0])]))
    page = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 14mm 14mm; }
body { font-family: 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; font-size: 10pt; }
.head { display: flex; justify-content: space-between; border-bottom: 2pt solid #7b2c2c; padding-bottom: 4pt; margin-bottom: 10pt; }
.head .org { font-size: 13pt; font-weight: bold; color: #7b2c2c; } .head .doc { text-align: right; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #444; padding: 3pt 4pt; vertical-align: middle; }
th { background: #f4e3e3; }
td.c { text-align: center; white-space: nowrap; }
tr.first td { border-top: 1.4pt solid #444; }
tbody { page-break-inside: avoid; }
.nota { font-size: 8.5pt; margin-top: 8pt; }
</style></head><body>
<div class="head"><div class="org">{{ORG}}</div><div class="doc">Piano della performance 2026-2028<br>Allegato B &ndash; Obiettivi aziendali 2026 e fasce di valutazione</div></div>
<table><thead>
<tr><th rowspan="2" style="width:6%">Cod.</th><th rowspan="2" style="width:27%">Obiettivo</th><th rowspan="2" style="width:6%">Peso</th><th rowspan="2">Indicatore</th><th rowspan="2" style="width:9%">Valore 2025</th><th colspan="2">Target 2026</th></tr>
<tr><th style="width:11%">Fascia di risultato</th><th style="width:9%">Punteggio</th></tr>
</thead>
{{BODY}}
</table>
<div class="nota">Il punteggio indica la percentuale del peso dell'obiettivo riconosciuta per il risultato raggiunto nella fascia.
La prima fascia corrisponde al pieno raggiungimento dell'obiettivo.</div>
</body></html>"""
    body = []
    i = 0
    for code, ot, w, nm, un, base, bands in DATA:
        body.append("<tbody>" + "".join(rows[i:i + len(bands)]) + "</tbody>")
        i += len(bands)
    page = page.replace("{{ORG}}", E(ORG)).replace("{{BODY}}", "\n".join(body))
    html_to_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [{"kind": "plan", "organisation": ORG, "title": None, "years": [YEAR]}], nodes, inds)
    write_readme(d, """
# h5-bands-chromium-1

- kind: bands (family) — a hospital trust's yearly objectives with graded
  target bands (plan)
- producer: HTML printed by Chromium
- layout: A4 landscape, narrow sans font; a title band with the body on the
  left and the document on the right over a coloured rule; a fully ruled
  table, header over two rows (`Target 2026` merged over `Fascia di
  risultato` and `Punteggio`); code, objective, weight, indicator and 2025
  value merged vertically over the indicator's bands (three or four rows),
  one band per row; a note under the table.
- variations: weights as bare numbers summing to 100; ranges like `29-30 gg`
  and `1,1-1,2 gg` for the lower bands; the 100% band is the target (truth
  lists only that band as the 2026 target; the other bands are printed with
  their scores 75% / 60% / 50% / 0%); one indicator per objective, no codes.
- fault: none (clean).
""")

if __name__ == "__main__":
    build()
