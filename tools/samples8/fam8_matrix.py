#!/usr/bin/python3
"""fam6-matrix-chromium-1: assignment matrix with rotated manager headers and decimal calculated weights, printed by
Chromium. Content invented."""
import os
from decimal import ROUND_HALF_UP, Decimal

from common8 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, unit_of,
                     write_readme, write_truth)

ORG = "Ministero per le Politiche del Mare"
DG = "Direzione generale per la vigilanza sulle autorità portuali e il demanio marittimo"
YEAR = 2026
MANAGERS = ["Div. I – Affari generali e bilancio", "Div. II – Autorità portuali", "Div. III – Demanio marittimo",
            "Div. IV – Sicurezza della navigazione"]

# (code, objective, indicator, target, {manager index: calculated weight as printed})
OBJ = [
    ("DG.01", "Digitalizzare il fascicolo delle concessioni demaniali marittime",
     "Concessioni con fascicolo digitale completo sul totale", ">= 80%", {0: "5,7", 1: "3,8"}),
    ("DG.02", "Ridurre i tempi di approvazione dei bilanci delle autorità di sistema portuale",
     "Tempo medio di approvazione dei bilanci", "<= 45 gg", {0: "1,54", 2: "4,25"}),
    ("DG.03", "Rafforzare la vigilanza sui piani operativi triennali dei porti",
     "Piani operativi esaminati entro 60 giorni dalla trasmissione", "=100%", {1: "5,7", 3: "2,5"}),
    ("DG.04", "Aggiornare il sistema informativo del demanio marittimo",
     "Rilascio in produzione del nuovo modulo cartografico", "31.12.2026", {1: "2,5", 2: "4,25"}),
    ("DG.05", "Coordinare i controlli sulla sicurezza delle unità da diporto",
     "Controlli coordinati con le capitanerie di porto", ">= 1.200", {0: "2,85", 3: "5,7"}),
    ("DG.06", "Razionalizzare la spesa per i servizi di supporto alla direzione",
     "Riduzione della spesa per servizi esterni rispetto al 2025", ">= 5%", {0: "3,2", 2: "1,54", 3: "1,8"}),
]


def D(s):
    return Decimal(s.replace(",", "."))


def it(v, dec):
    q_ = Decimal(1).scaleb(-dec)
    s = f"{v.quantize(q_, rounding=ROUND_HALF_UP):f}"
    return s.replace(".", ",")


CSS = """
body { font: 8pt "Liberation Sans", sans-serif; color: #111; }
h1 { font-size: 12pt; margin: 0; }
.dg { font-size: 9.5pt; margin: 0.6mm 0 0 0; }
h2 { font-size: 9.5pt; margin: 4mm 0 1.5mm 0; border-bottom: 0.8pt solid #333; padding-bottom: 0.6mm; }
p { margin: 2mm 0; font-size: 8pt; }
table { border-collapse: collapse; width: 100%; }
table.ind th, table.ind td { border: 0.5pt solid #777; padding: 0.9mm 1.2mm; vertical-align: top; }
table.ind th { background: #e6e6e6; text-align: left; }
table.mx th, table.mx td { border: 0.5pt solid #555; padding: 0.8mm 1mm; }
table.mx th { background: #dde4ee; font-size: 7.4pt; }
table.mx th.grp { background: #b8c7dc; font-size: 8pt; }
table.mx th.rot { height: 48mm; vertical-align: bottom; padding: 1mm 0.5mm; }
table.mx th.rot div { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; margin: 0 auto;
                      font-weight: normal; }
table.mx td.n { text-align: right; white-space: nowrap; }
table.mx td.e { text-align: right; white-space: nowrap; background: #f3f6fa; }
table.mx tr.tot td { font-weight: bold; border-top: 1.3pt solid #333; }
table.mx tr.fc td { font-style: italic; }
"""


def build():
    name = "fam6-matrix-chromium-1"
    d = case_dir(name)
    nodes, inds = [], []
    tot = [sum((D(o[4][m]) for o in OBJ if m in o[4]), Decimal(0)) for m in range(4)]
    fac = [Decimal(100) / t for t in tot]
    eff = {}
    for code, title, nm, tg, w in OBJ:
        for m, cw in w.items():
            eff[(code, m)] = it(D(cw) * fac[m], 2) + "%"
    sums = [sum((D(eff[(o[0], m)][:-1]) for o in OBJ if m in o[4]), Decimal(0)) for m in range(4)]
    for m, s in enumerate(sums):
        assert abs(s - 100) <= Decimal("0.011"), (m, s)
    # indicators table
    irows = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{esc(n)}</td><td>{esc(g)}</td></tr>"
                    for c, t, n, g, _ in OBJ)
    rot = "".join(f'<th class="rot"><div>{esc(m)}</div></th>' for m in MANAGERS)
    mrows = []
    for code, title, nm, tg, w in OBJ:
        cells = "".join(f'<td class="n">{w.get(m, "")}</td>' for m in range(4))
        cells += "".join(f'<td class="e">{eff.get((code, m), "")}</td>' for m in range(4))
        mrows.append(f"<tr><td>{code}</td><td>{esc(title)}</td>{cells}</tr>")
        for m in sorted(w):
            nodes.append(node(code, "operational", title, weight=eff[(code, m)], unit=MANAGERS[m]))
        inds.append(ind(nm, code, targets=[(YEAR, tg)], unit=unit_of(tg)))
    mrows.append('<tr class="tot"><td></td><td>Totale</td>' +
                 "".join(f'<td class="n">{it(t, 2)}</td>' for t in tot) +
                 "".join('<td class="e">100,00%</td>' for _ in tot) + "</tr>")
    mrows.append('<tr class="fc"><td></td><td>Fattore di conversione (100 / totale)</td>' +
                 "".join(f'<td class="n">{it(f_, 4)}</td>' for f_ in fac) + '<td colspan="4"></td></tr>')
    body = f"""
<h1>{esc(ORG)}</h1>
<div class="dg">{esc(DG)} – Piano della performance 2026: assegnazione degli obiettivi operativi ai dirigenti</div>
<h2>1. Obiettivi operativi, indicatori e target 2026</h2>
<table class="ind"><colgroup><col style="width:7%"><col style="width:41%"><col style="width:38%"><col style="width:14%">
</colgroup><thead><tr><th>Cod.</th><th>Obiettivo operativo</th><th>Indicatore</th><th>Target 2026</th></tr></thead>
<tbody>{irows}</tbody></table>
<h2>2. Matrice di assegnazione</h2>
<p>Il peso ponderale calcolato è il prodotto dei coefficienti di rilevanza e di complessità attribuiti a ciascun
obiettivo per la divisione; il peso ponderale effettivo è il peso calcolato moltiplicato per il fattore di conversione
della divisione, così che i pesi effettivi di ogni dirigente sommino a 100. Una cella vuota indica che l'obiettivo non è
assegnato alla divisione.</p>
<table class="mx"><colgroup><col style="width:6%"><col style="width:38%">{'<col style="width:7%">' * 8}</colgroup>
<thead><tr><th rowspan="2">Cod.</th><th rowspan="2">Obiettivo operativo</th>
<th class="grp" colspan="4">Peso ponderale calcolato</th><th class="grp" colspan="4">Peso ponderale effettivo</th></tr>
<tr>{rot}{rot}</tr></thead>
<tbody>{''.join(mrows)}</tbody></table>
"""
    page = html_page3(body, CSS, landscape=True, margin="13mm 14mm",
                      bottom_right=q("Pag. ") + " counter(page)", hf_font='7pt "Liberation Sans"')
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    printed = "; ".join(f"{m}: " + ", ".join(f"{o[0]} {eff[(o[0], k)]}" for o in OBJ if k in o[4])
                        for k, m in enumerate(MANAGERS))
    write_readme(d, name, f"""
Landscape A4, Chromium, Liberation Sans 8 pt, ruled; a ministry's directorate. Title (the ministry), the directorate
and `Piano della performance 2026: assegnazione degli obiettivi operativi ai dirigenti`. Section `1. Obiettivi
operativi, indicatori e target 2026`: a table `Cod. | Obiettivo operativo | Indicatore | Target 2026`, one indicator
per objective (`DG.01`). Section `2. Matrice di assegnazione`: a paragraph on the method, then the matrix with a
two-row header: `Cod. | Obiettivo operativo` and two groups `Peso ponderale calcolato` and `Peso ponderale effettivo`,
each over the four divisions, whose names are printed ROTATED 90° (read bottom to top) in tall header cells
(`Div. I – Affari generali e bilancio`, …). Calculated weights are DECIMALS (`5,7`, `1,54`, `4,25`, `2,85`, `3,2`);
an objective not assigned to a division leaves the cell EMPTY (no `–`). Effective weights = calculated × 100 / the
division's total, two decimals, on a light shade. Closing rows: `Totale` (`13,29`, `12,00`, `10,04`, `10,00` and
`100,00%` under every effective column) and `Fattore di conversione (100 / totale)` with four decimals (`7,5245`,
`8,3333`, `9,9602`, `10,0000`). The rounded effective weights of a division sum to 100,00% (±0,01 at most: rounding,
not a fault). Printed effective weights: {printed}. Footer `Pag. n`. Truth: one `operational` node per (objective,
division with a share), `unit` = the division as printed in the header, parent null, weight raw = the effective
weight; indicators once, node = the objective code, unit_org null; unit from the target (`%`, `gg`, `date`, null).
""", CHROMIUM_PRODUCER.format(script="fam8_matrix.py"), [
        "manager names in ROTATED header cells, printed twice (calculated and effective groups)",
        "decimal calculated weights `5,7`, `1,54`, `4,25`; empty cells where a division has no share",
        "`Fattore di conversione` with four decimals",
        "indicators and targets in a separate table above the matrix",
        "a ministry's directorate with four divisions as the managers",
    ], [])


if __name__ == "__main__":
    build()
