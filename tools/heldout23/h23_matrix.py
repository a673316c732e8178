#!/usr/bin/python3
"""h23-matrix-chromium-1: assignment matrix (family) of a metropolitan city 2026, HTML printed by Chromium. Managers
as columns, objectives as rows; EVERY CELL HOLDS TWO STACKED VALUES: the calculated weight on top (`1,54`) and the
effective weight below in italics (`9,04%`). Header cells name the direzione and, on a second line, the manager.
Totals, conversion factor and effective totals as the last rows; indicators in a second table. Clean.
Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (CHROMIUM, D, case_dir23, chromium_pdf, dnum, doc, dpct, esc, html_page3, ind, node,  # noqa
                      q, readme13, write_truth)

SCRIPT = "h23_matrix.py"
NAME = "h23-matrix-chromium-1"
ORG = "Città Metropolitana dello Stretto"
YEAR = 2026

MGR = [("Direzione Viabilità e Trasporti", "Ing. Carmelo Rizzotti"),
       ("Direzione Ambiente e Tutela del Territorio", "Dott.ssa Ilaria Manganaro"),
       ("Direzione Edilizia Scolastica", "Arch. Pietro Scibilia"),
       ("Direzione Risorse Finanziarie", "Dott. Antonino Cusumano"),
       ("Segreteria Generale", "Dott.ssa Lucia Bonanno")]
# code, title, calculated weight per manager (None = not assigned), indicator, target, unit
OBJ = [
    ("OG.01", "Manutenzione straordinaria della rete stradale metropolitana", ["9", None, None, None, None],
     "Km di strade metropolitane con pavimentazione rinnovata", ">= 45 km", "km"),
    ("OG.02", "Attuazione delle azioni 2026 del Piano urbano della mobilità sostenibile", ["6", "3", None, None, None],
     "Azioni del PUMS avviate nell'anno", ">= 6", "N."),
    ("OG.03", "Messa in sicurezza sismica degli istituti scolastici superiori", [None, None, "12", None, None],
     "Edifici scolastici con verifica di vulnerabilità sismica completata", ">= 14", "N."),
    ("OG.04", "Controlli sugli impianti termici e sulle emissioni in atmosfera", [None, "8", None, None, None],
     "Impianti termici ispezionati", ">= 2.400", "N."),
    ("OG.05", "Riduzione dei tempi medi di pagamento delle fatture", ["1,5", None, "1,54", "10", None],
     "Tempo medio di pagamento delle fatture", "<= 30 gg", "gg"),
    ("OG.06", "Attuazione del Piano triennale per la prevenzione della corruzione e la trasparenza",
     ["1,5", "1,5", "1,5", "1,5", "4"], "Misure del piano attuate nei termini", ">= 95%", "%"),
    ("OG.07", "Digitalizzazione dei procedimenti amministrativi", [None, "2,5", "2", "3", "4"],
     "Procedimenti gestiti interamente in modalità digitale", ">= 60%", "%"),
]


def dec(s):
    return D(s.replace(",", "."))


def gen(x):
    """General format, Italian: shortest decimal with a comma."""
    s = format(D(x).normalize(), "f")
    return s.replace(".", ",")


def largest_remainder(vals):
    """Effective percentages (2 decimals) of the calculated weights, summing to exactly 100,00."""
    tot = sum(vals)
    exact = [v * 100 / tot for v in vals]
    floor = [e.quantize(Decimal("0.01"), rounding="ROUND_DOWN") for e in exact]
    left = int((Decimal(100) - sum(floor)) / Decimal("0.01"))
    order = sorted(range(len(vals)), key=lambda k: (-(exact[k] - floor[k]), k))
    for k in order[:left]:
        floor[k] += Decimal("0.01")
    return floor


CSS = """body { font-family: "Nimbus Roman", "Liberation Serif", serif; font-size: 8.6pt; }
h1 { font-size: 13pt; margin: 0; } p.sub { font-size: 9.5pt; margin: 1mm 0 2mm 0; }
p.leg { font-size: 7.6pt; margin: 0 0 3mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-bottom: 5mm; }
th { border: 0.6pt solid #000; background: #e9e4d4; padding: 3pt; font-size: 8pt; vertical-align: bottom; }
th i { font-weight: normal; } td { border: 0.6pt solid #000; padding: 2.5pt 3pt; vertical-align: top; }
td.m { text-align: center; } td.m i { color: #7a1f1f; } td.off { background: #d9d9d9; }
tr.tot td { font-weight: bold; background: #f4f1e8; } h2 { font-size: 10pt; margin: 3mm 0 1.5mm 0; }"""


def build():
    eff = {}
    for j in range(len(MGR)):
        ks = [k for k, o in enumerate(OBJ) if o[2][j] is not None]
        vals = [dec(OBJ[k][2][j]) for k in ks]
        for k, e in zip(ks, largest_remainder(vals)):
            eff[(k, j)] = e
    nodes, inds, rows = [], [], []
    for k, (code, title, calc, iname, tg, um) in enumerate(OBJ):
        cells = []
        for j, c in enumerate(calc):
            if c is None:
                cells.append("<td class='m off'></td>")
            else:
                cells.append(f"<td class=m>{c}<br><i>{dpct(eff[(k, j)], 2)}</i></td>")
        rows.append(f"<tr><td>{code}</td><td>{esc(title)}</td>{''.join(cells)}</tr>")
    for j, (dname, person) in enumerate(MGR):
        for k, (code, title, calc, *_rest) in enumerate(OBJ):
            if calc[j] is not None:
                nodes.append(node(code, "operational", title, weight=dpct(eff[(k, j)], 2), owners=[person],
                                  unit=dname))
    tots = [sum(dec(o[2][j]) for o in OBJ if o[2][j] is not None) for j in range(len(MGR))]
    rows.append("<tr class=tot><td></td><td>Totale peso ponderale calcolato</td>"
                + "".join(f"<td class=m>{gen(t)}</td>" for t in tots) + "</tr>")
    rows.append("<tr class=tot><td></td><td>Fattore di conversione (100 / totale calcolato)</td>"
                + "".join(f"<td class=m>{dnum(Decimal(100) / t, 4, group=False)}</td>" for t in tots) + "</tr>")
    rows.append("<tr class=tot><td></td><td>Totale peso ponderale effettivo</td>"
                + "".join("<td class=m>100,00%</td>" for _ in tots) + "</tr>")
    head = ("<colgroup><col style='width:15mm'><col style='width:78mm'>" + "<col>" * len(MGR) + "</colgroup>"
            "<thead><tr><th>Cod.</th><th>Obiettivo</th>"
            + "".join(f"<th>{esc(dn)}<br><i>{esc(p)}</i></th>" for dn, p in MGR) + "</tr></thead>")
    irows = []
    for code, title, calc, iname, tg, um in OBJ:
        irows.append(f"<tr><td>{code}</td><td>{esc(iname)}</td><td class=m>{esc(tg)}</td></tr>")
        inds.append(ind(iname, code, unit=um, targets=[(YEAR, tg)]))
    html = (f"<h1>{esc(ORG)}</h1><p class=sub>Piano della performance {YEAR} – Matrice di assegnazione degli "
            "obiettivi ai dirigenti</p><p class=leg>In ogni cella: in alto il <b>peso ponderale calcolato</b>, in "
            "basso in corsivo il <i>peso ponderale effettivo</i> (peso calcolato × fattore di conversione del "
            "dirigente). Celle grigie: obiettivo non assegnato.</p>"
            f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"
            "<h2>Indicatori e valori attesi</h2><table style='width:70%'><colgroup><col style='width:15mm'><col>"
            "<col style='width:32mm'></colgroup><thead><tr><th>Cod.</th><th>Indicatore</th><th>Valore atteso "
            f"{YEAR}</th></tr></thead><tbody>{''.join(irows)}</tbody></table>")
    h = html_page3(html, CSS, landscape=True, margin="12mm 12mm 13mm 12mm",
                   bottom_right=q("pag. ") + " counter(page)", hf_font='7.5pt "Nimbus Roman"')
    d = case_dir23(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    readme13(d, NAME, "assignment matrix (family; kind `unknown`)", CHROMIUM.format(script=SCRIPT), """
Landscape A4, Nimbus Roman 8.6 pt, full grid. Title, subtitle and a legend. The matrix has objectives as rows
(`Cod. | Obiettivo`) and five managers as columns; each header cell names the direzione and, in italics on a second
line, the manager. EVERY ASSIGNED CELL HOLDS TWO VALUES on two lines: the calculated weight (General, `9`, `1,5`,
`1,54`) and, below in italics, the effective weight (`50,00%`); unassigned cells are grey and empty. Three closing
rows: `Totale peso ponderale calcolato`, `Fattore di conversione (100 / totale calcolato)` (four decimals) and
`Totale peso ponderale effettivo` (`100,00%`). A second table `Cod. | Indicatore | Valore atteso 2026`.
Truth: one `operational` node per (objective, manager) with weight = the EFFECTIVE weight, `unit` = the direzione
(first line of the header), owners = [the manager on the second line], parent null; indicators one per objective,
node = its code, unweighted.
""", ["calculated and effective weight STACKED in one cell (not two blocks, two columns or two rows)",
      "header cell with direzione and manager on two lines", "grey empty cells for unassigned objectives",
      "factor row between the two totals, with its formula in the label", "serif landscape, full grid"],
     ["effective weights sum to 100,00% PER MANAGER (column), not per objective (OG.06 carries 8,33% + 10,00% + "
      "8,80% + 10,34% + 50,00%)", "`8,34%` (OG.05) and `8,33%` (OG.06) for the same calculated `1,5` in one column: largest remainder "
      "rounding to exactly 100,00% (50,00 + 33,33 + 8,34 + 8,33)", "calculated weights (`1,54`, totals `17,04`) are not percentages and do not sum to 100",
      "`<= 30 gg`: a lower-is-better target"], [])
    return NAME


if __name__ == "__main__":
    print(build())
