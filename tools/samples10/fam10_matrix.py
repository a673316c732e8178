#!/usr/bin/python3
"""fam7-matrix-chromium-1: assignment matrix split by COLUMN GROUPS over two tables (managers 1-3, then 4-5, the
code and objective columns repeated), printed by Chromium. Content invented."""
import os
from decimal import ROUND_HALF_UP, Decimal

from common10 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, dnum, doc, esc, html_page3, ind, node, q, vars_of,
                      write_readme, write_truth)

ORG = "Ente Regionale per il Diritto allo Studio Universitario del Basso Tirreno"
YEAR = 2022
MGR = ["Direttore Generale", "Dirigente Area Benefici e Servizi agli studenti",
       "Dirigente Area Residenze e Ristorazione", "Dirigente Area Amministrazione e Bilancio",
       "Dirigente Area Tecnica e Patrimonio"]

# objective: (code, title, [calc per manager or None], [(indicator, formula, unit, target)])
OBJ = [
    ("OO.01", "Erogare le borse di studio entro il 31 dicembre a tutti gli idonei",
     ["5,7", "4,25", None, None, "1,54"], [
         ("Idonei beneficiari della prima rata entro il 31/12", "BEN_rata1 / IDON_tot x 100", "%", ">= 98%"),
     ]),
    ("OO.02", "Ampliare i servizi di orientamento e di supporto psicologico", ["3,2", "6", "2,5", None, None], [
        ("Colloqui di supporto psicologico erogati", "N_coll", "N.", ">= 1.400"),
        ("Tempo medio di attesa per il primo colloquio", "GG_att / N_rich", "gg", "<= 12 gg"),
    ]),
    ("OO.03", "Aumentare i posti alloggio disponibili nelle residenze universitarie",
     ["2,85", None, "5,7", None, "3,6"], [
         ("Posti alloggio assegnati al 30 novembre", "PA_ass", "N.", ">= 1.850"),
     ]),
    ("OO.04", "Ridurre i tempi di pagamento dei fornitori dei servizi di ristorazione",
     ["4", "1,54", None, "6,3", None], [
         ("Indicatore di tempestività dei pagamenti", "ITP_ggrit / ITP_imp", "gg", "<= 0 gg"),
     ]),
    ("OO.05", "Completare l'efficientamento energetico della residenza di via del Porto",
     ["1,54", None, "3,25", "4,1", "5,7"], [
         ("Stato di avanzamento dei lavori", "SAL_esec / SAL_prog x 100", "%", "= 100%"),
         ("Riduzione dei consumi termici rispetto al 2021", "(KWH_2021 - KWH_2022) / KWH_2021 x 100", "%",
          ">= 20%"),
     ]),
    ("OO.06", "Digitalizzare le domande di contributo per la mobilità internazionale",
     ["2,5", "2", "1,5", "3", "2,25"], [
         ("Domande presentate tramite lo sportello on line", "DOM_onl / DOM_tot x 100", "%", "> 95%"),
     ]),
]


def dec(s):
    return Decimal(s.replace(",", "."))


def effective():
    """Per manager: total, factor (4 decimals, printed), effective weights summing to exactly 100,00."""
    out = []
    for m in range(len(MGR)):
        vals = [(k, dec(o[2][m])) for k, o in enumerate(OBJ) if o[2][m] is not None]
        tot = sum(v for _, v in vals)
        raw = {k: v * 100 / tot for k, v in vals}
        rd = {k: x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for k, x in raw.items()}
        diff = Decimal(100) - sum(rd.values())
        if diff:
            # largest remainder: give the cent to the value rounded the most
            k = max(raw, key=lambda j: (raw[j] - rd[j]) * (1 if diff > 0 else -1))
            rd[k] += diff
        fac = (Decimal(100) / tot).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
        out.append((tot, fac, {k: dnum(v, 2, group=False) + "%" for k, v in rd.items()}))
    return out


CSS = """
body { font: 8pt "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; color: #151515; }
h1 { font-size: 12pt; margin: 0; }
p.sub { font-size: 9.6pt; margin: 0.8mm 0 3mm 0; }
h2 { font-size: 9.6pt; margin: 4mm 0 1.5mm 0; color: #6b1d1d; }
h2.brk { break-before: page; }
p.note { font-size: 7.8pt; margin: 0 0 2mm 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid #6b6b6b; padding: 0.8mm 1.2mm; vertical-align: top; }
th { background: #efe3e3; font-weight: bold; text-align: center; vertical-align: middle; }
th.m { background: #6b1d1d; color: #fff; }
td.n { text-align: center; white-space: nowrap; }
td.e { text-align: center; white-space: nowrap; background: #faf5f5; font-weight: bold; }
td.x { background: #e6e6e6; }
tr.tot td { font-weight: bold; background: #efe3e3; }
"""


def matrix_table(mgrs, eff):
    h = ['<table><thead><tr><th rowspan="2" style="width:6%">Cod.</th>'
         '<th rowspan="2">Obiettivo operativo</th>']
    h += [f'<th class="m" colspan="2">{esc(MGR[m])}</th>' for m in mgrs]
    h.append("</tr><tr>")
    h += ['<th style="width:8%">Peso ponderale calcolato</th><th style="width:8%">Peso ponderale effettivo</th>'
          for _ in mgrs]
    h.append("</tr></thead><tbody>")
    for k, (code, title, calc, _) in enumerate(OBJ):
        cells = ""
        for m in mgrs:
            if calc[m] is None:
                cells += '<td class="x"></td><td class="x"></td>'
            else:
                cells += f'<td class="n">{esc(calc[m])}</td><td class="e">{esc(eff[m][2][k])}</td>'
        h.append(f"<tr><td>{esc(code)}</td><td>{esc(title)}</td>{cells}</tr>")
    tot = "".join(f'<td class="n">{esc(dnum(eff[m][0], 2, group=False).rstrip("0").rstrip(","))}</td>'
                  f'<td class="n">100,00%</td>' for m in mgrs)
    fac = "".join(f'<td class="n">{esc(dnum(eff[m][1], 4, group=False))}</td><td></td>' for m in mgrs)
    h.append(f'<tr class="tot"><td></td><td>Totale</td>{tot}</tr>')
    h.append(f'<tr class="tot"><td></td><td>Fattore di conversione (100 / totale)</td>{fac}</tr>')
    h.append("</tbody></table>")
    return "\n".join(h)


def build():
    name = "fam7-matrix-chromium-1"
    d = case_dir(name)
    eff = effective()
    html = [f"<h1>{esc(ORG)}</h1>",
            '<p class="sub">Piano della performance 2022 – Allegato 4: obiettivi operativi e matrice di assegnazione '
            'ai dirigenti</p>',
            "<h2>1. Obiettivi operativi, indicatori e target 2022</h2>",
            '<table><thead><tr><th style="width:6%">Cod.</th><th style="width:30%">Obiettivo operativo</th>'
            '<th>Indicatore</th><th style="width:22%">Formula</th><th style="width:9%">Target 2022</th></tr>'
            "</thead><tbody>"]
    inds, nodes = [], []
    for code, title, calc, its in OBJ:
        for j, (nm, fo, unit, tg) in enumerate(its):
            lead = (f'<td rowspan="{len(its)}">{esc(code)}</td><td rowspan="{len(its)}">{esc(title)}</td>'
                    if j == 0 else "")
            html.append(f'<tr>{lead}<td>{esc(nm)}</td><td>{esc(fo)}</td><td class="n">{esc(tg)}</td></tr>')
            inds.append(ind(nm, code, unit=unit, formula=fo, variables=vars_of(fo), targets=[(YEAR, tg)]))
    html.append("</tbody></table>")
    html.append('<h2 class="brk">2. Matrice di assegnazione degli obiettivi operativi</h2>')
    html.append('<p class="note">Il peso ponderale calcolato di ciascun obiettivo per ciascun dirigente è il prodotto '
                'dei punteggi di rilevanza strategica e di complessità attribuiti in sede di negoziazione; il peso '
                'ponderale effettivo è il peso calcolato moltiplicato per il fattore di conversione del dirigente '
                '(100 / totale dei pesi calcolati), così che i pesi effettivi di ogni dirigente sommino a 100. Le '
                'celle grigie indicano obiettivi non assegnati al dirigente. Per ragioni di spazio la matrice è '
                'riportata in due parti.</p>')
    html.append("<h2>2a. Direzione generale e aree dei servizi agli studenti</h2>")
    html.append(matrix_table([0, 1, 2], eff))
    html.append('<h2 class="brk">2b. Aree di supporto</h2>')
    html.append(matrix_table([3, 4], eff))
    for m in range(len(MGR)):
        for k, (code, title, calc, _) in enumerate(OBJ):
            if calc[m] is not None:
                nodes.append(node(code, "operational", title, weight=eff[m][2][k], unit=MGR[m]))
    page = html_page3("\n".join(html), CSS, landscape=True, margin="13mm 14mm 14mm 14mm",
                      bottom_right=q("pag. ") + " counter(page)", top_right=q("Piano della performance 2022"),
                      hf_font='7pt "DejaVu Sans Condensed"')
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    write_readme(d, name, """
Landscape A4, Chromium, DejaVu Sans Condensed 8 pt, ruled (dark red), three pages; a regional student-support body.
Title and `Piano della performance 2022 – Allegato 4: obiettivi operativi e matrice di assegnazione ai dirigenti`.
Section `1.` (page 1): `Cod. | Obiettivo operativo | Indicatore | Formula | Target 2022`, code and title merged down
over one or two indicator rows (`OO.01` … `OO.06`). Section `2.` (page 2) opens with a paragraph on the method, then
the matrix is SPLIT BY COLUMN GROUPS into two tables, `2a.` with the first three managers and `2b.` (page 3) with the
other two; BOTH repeat the `Cod. | Obiettivo operativo` columns and all six objectives. Each table has a two-row
header: the manager's title (`Direttore Generale`, `Dirigente Area Benefici e Servizi agli studenti`, …) spans two
sub-columns `Peso ponderale calcolato | Peso ponderale effettivo`. Calculated weights are decimals (`5,7`, `4,25`,
`1,54`, `6`); an objective not assigned to a manager leaves both cells EMPTY and grey. Effective weights print two
decimals and a percent sign (`49,35%`), rounded by largest remainder so each manager's column sums to exactly
100,00%. Closing rows `Totale` (calculated total, `100,00%`) and `Fattore di conversione (100 / totale)` with four
decimals. Truth: one `operational` node per (objective, manager) with a share, `unit` = the manager column title,
parent null, weight raw = the effective weight; each indicator listed once (unit_org null) under its objective code,
targets of 2022.
""", CHROMIUM_PRODUCER.format(script="fam10_matrix.py"), [
        "matrix split by column groups into two tables on two pages, code/objective columns repeated",
        "manager groups of two sub-columns (calculated | effective) under a merged manager header",
        "decimal calculated weights `5,7`, `1,54`, `4,25`; empty grey cells for no share",
        "`Fattore di conversione` with four decimals, `Totale` row",
        "indicators with formulas over measure codes in a separate first table",
    ], [])


if __name__ == "__main__":
    build()
