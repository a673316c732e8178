#!/usr/bin/python3
"""h7-matrix-chromium-1: a public care-services agency's weighting matrix (managers as columns, calculated and
effective weights), too wide for one page: printed as two tables, managers 1-3 then 4-6. HTML printed by Chromium.
Clean. Content invented."""
import os
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, num, q, readme,  # noqa: E402
                     td, th, write_truth)

NAME = "h7-matrix-chromium-1"
ORG = "Azienda di Servizi alla Persona Villa Serena di Colleverde"
YEAR = 2026
MGR = ["Direttore Generale", "Responsabile Area Servizi Residenziali", "Responsabile Area Servizi Domiciliari",
       "Responsabile Area Amministrativa", "Responsabile Ufficio Tecnico e Patrimonio", "Coordinatore Infermieristico"]
# (code, title, [(indicator, unit, target)], calculated weight per manager (None = no share))
OBJ = [
    ("OP-01", "Mantenere il tasso di occupazione dei posti letto accreditati",
     [("Giornate di presenza sul totale delle giornate disponibili", "%", "≥ 97%")], [3, 5, None, None, None, 4]),
    ("OP-02", "Ridurre le cadute degli ospiti nelle strutture residenziali",
     [("Cadute ogni 1.000 giornate di presenza", "N.", "≤ 1,8"),
      ("Ospiti con valutazione del rischio di caduta aggiornata nel semestre", "%", "≥ 95%")],
     [2, 4, None, None, None, 5]),
    ("OP-03", "Ampliare il servizio di assistenza domiciliare integrata",
     [("Utenti ADI presi in carico nell'anno", "N.", "≥ 240")], [2, None, 5, None, None, 2]),
    ("OP-04", "Ridurre i tempi di pagamento dei fornitori",
     [("Tempo medio di pagamento delle fatture", "gg", "≤ 30 gg")], [1, None, None, 5, None, None]),
    ("OP-05", "Completare l'adeguamento antincendio della RSA Il Glicine",
     [("Certificato di prevenzione incendi rilasciato", "date", "entro il 31/12/2026")], [2, 1, None, 2, 5, None]),
    ("OP-06", "Migliorare la soddisfazione degli ospiti e dei familiari",
     [("Giudizi positivi nell'indagine annuale di soddisfazione", "%", "≥ 85%"),
      ("Reclami chiusi entro 30 giorni dalla presentazione", "%", "≥ 90%")], [3, 3, 4, None, None, 3]),
]


def eff(w, tot):
    return num(Fraction(w, tot) * 100, 2, group=False) + "%"


CSS = """
body { font: 8pt "Liberation Sans Narrow", "Liberation Sans", sans-serif; color: #1a1a1a; }
h1 { font-size: 12pt; margin: 0; }
h2 { font-size: 9.5pt; font-weight: normal; margin: 1mm 0 2mm 0; }
p.n { font-size: 7.5pt; margin: 0 0 3mm 0; color: #444; }
h3 { font-size: 9pt; margin: 4mm 0 1.5mm 0; color: #5b2c6f; }
h3.brk { break-before: page; margin-top: 0; }
table.m { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.m th { background: #ece3f0; font-weight: bold; font-size: 7.4pt; padding: 1mm; border-bottom: 0.8pt solid #5b2c6f;
  vertical-align: bottom; }
table.m th.mg { border-left: 1.4pt solid #5b2c6f; text-align: center; background: #d7c4e0; }
table.m th.sub { font-weight: normal; font-style: italic; font-size: 6.8pt; text-align: center; }
table.m th.sub.l, table.m td.l { border-left: 1.4pt solid #5b2c6f; }
table.m td { padding: 1mm; vertical-align: top; border-bottom: 0.3pt solid #c9b8d3; }
table.m td.w { text-align: center; }
table.m td.e { text-align: center; font-weight: bold; }
table.m tbody.z td { background: #f7f3f9; }
table.m tr.tot td { border-top: 1pt solid #5b2c6f; font-weight: bold; background: #fff; }
table.m tr.fc td { font-style: italic; background: #fff; }
"""


def matrix(mgr_idx, with_ind):
    cols = (["5%", "25%"] + (["21%", "9%"] if with_ind else []))
    rest = 100 - sum(float(c[:-1]) for c in cols)
    mw = rest / (2 * len(mgr_idx))
    cg = "<colgroup>" + "".join(f"<col style='width:{c}'>" for c in cols) + "".join(
        f"<col style='width:{mw:.2f}%'>" for _ in range(2 * len(mgr_idx))) + "</colgroup>"
    left = [th("Cod.", rowspan=2), th("Obiettivo operativo", rowspan=2)]
    if with_ind:
        left += [th("Indicatore", rowspan=2), th(f"Target {YEAR}", rowspan=2)]
    head = ("<thead><tr>" + "".join(left) + "".join(th(MGR[m], "mg", colspan=2) for m in mgr_idx) + "</tr><tr>"
            + "".join(th("Peso ponderale calcolato", "sub l") + th("Peso ponderale effettivo", "sub")
                      for _ in mgr_idx) + "</tr></thead>")
    totals = [sum(o[3][m] or 0 for o in OBJ) for m in range(len(MGR))]
    bodies = []
    for k, (code, title, inds, ws) in enumerate(OBJ):
        n = len(inds) if with_ind else 1
        rows = []
        for j in range(n):
            cells = []
            if j == 0:
                cells += [td(code, rowspan=n), td(title, rowspan=n)]
            if with_ind:
                cells += [td(inds[j][0]), td(inds[j][2], "w")]
            if j == 0:
                for m in mgr_idx:
                    w = ws[m]
                    cells += [td(str(w) if w else "–", "w l", rowspan=n),
                              td(eff(w, totals[m]) if w else "–", "e", rowspan=n)]
            rows.append("<tr>" + "".join(cells) + "</tr>")
        bodies.append(f"<tbody class='{'z' if k % 2 else ''}'>" + "".join(rows) + "</tbody>")
    span = 4 if with_ind else 2
    tot = ("<tbody><tr class='tot'>" + td("Totale", colspan=span)
           + "".join(td(str(totals[m]), "w l") + td("100,00%", "e") for m in mgr_idx) + "</tr>"
           + "<tr class='fc'>" + td("Fattore di conversione (100 / totale peso calcolato)", colspan=span)
           + "".join(td(num(Fraction(100, totals[m]), 2, group=False), "w l") + td("", "e") for m in mgr_idx)
           + "</tr></tbody>")
    return f"<table class='m'>{cg}{head}{''.join(bodies)}{tot}</table>", totals


def build():
    d = case_dir(NAME)
    t1, totals = matrix([0, 1, 2], True)
    t2, _ = matrix([3, 4, 5], False)
    body = (f"<h1>{esc(ORG)}</h1><h2>Piano della performance {YEAR} – Matrice di pesatura degli obiettivi operativi "
            "per responsabile</h2>"
            "<p class='n'>Il peso ponderale calcolato esprime il contributo richiesto a ciascun responsabile (da 1 a 5); "
            "il peso ponderale effettivo è il peso calcolato moltiplicato per il fattore di conversione, in modo che "
            "gli obiettivi di ciascun responsabile sommino a 100. Per ragioni di formato la matrice è suddivisa in due "
            "parti: gli indicatori e i target sono riportati nella prima.</p>"
            "<h3>Parte 1 – Responsabili 1-3</h3>" + t1
            + "<h3 class='brk'>Parte 2 – Responsabili 4-6 (segue)</h3>" + t2)
    h = html_page3(body, CSS, landscape=True, margin="12mm 11mm 13mm 11mm",
                   top_right=q("ASP Villa Serena – Piano della performance 2026"),
                   bottom_right='"Pag. " counter(page) " di " counter(pages)', hf_font='7pt "Liberation Sans"')
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    nodes, inds = [], []
    for code, title, ilist, ws in OBJ:
        for m, w in enumerate(ws):
            if w:
                nodes.append(node(code, "operational", title, weight=eff(w, totals[m]), unit=MGR[m]))
        for nm, unit, tg in ilist:
            inds.append(ind(nm, code, unit=unit, targets=[(YEAR, tg)]))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    lines = "; ".join(f"{MGR[m]}: " + ", ".join(f"{o[0]} {eff(o[3][m], totals[m])}" for o in OBJ if o[3][m])
                      for m in range(len(MGR)))
    readme(d, NAME, "Family: **matrix**", CHROMIUM.format(script="h7_matrix.py"), f"""
Landscape A4, Liberation Sans Narrow 8 pt, two pages. Title (the ASP), `Piano della performance 2026 – Matrice di
pesatura …` and a note saying the matrix is split in two parts for format reasons. SIX managers as columns, too many
for one page: `Parte 1 – Responsabili 1-3` (page 1) is `Cod. | Obiettivo operativo | Indicatore | Target 2026 |`
then per manager a group of TWO columns under the manager's name (`Direttore Generale`, …):
`Peso ponderale calcolato | Peso ponderale effettivo` (italic sub-headers); `Parte 2 – Responsabili 4-6 (segue)` on
page 2 repeats only `Cod. | Obiettivo operativo` (no indicators, no targets) with the other three managers. No
vertical grid except a thick purple rule before each manager group; zebra per objective; objectives with two
indicators span two rows (code, title and weight cells rowspan). Calculated weights are small integers (`–` when no
share); effective weights `23,08%`… (two decimals, exact fractions: the Direttore Generale's column sums to 99,99% by
rounding, not a fault). Closing rows in each part: `Totale` (calculated total and `100,00%`) and `Fattore di
conversione (100 / totale peso calcolato)` (`7,69`, `11,11`, …). Effective weights printed: {lines}.
Truth: one `operational` node per (objective, manager with a share), unit = the manager (column group title),
parent null, weight raw = the effective weight; indicators once (page 1) under the objective code, unit_org null.
""", [
        "matrix split horizontally over two pages (managers 1-3, then 4-6), the second part without indicators",
        "manager groups of two sub-columns (calculated | effective) separated by thick rules",
        "rowspan objectives with two indicators; zebra per objective",
        "sevenths, thirteenths and ninths: rounding sums 99,99% / 100,00%",
        "a date target `entro il 31/12/2026`, `≤ 1,8`, `≤ 30 gg`",
    ], [])
    return NAME


if __name__ == "__main__":
    print(build())
