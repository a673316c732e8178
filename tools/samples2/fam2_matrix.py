#!/usr/bin/python3
"""Family: assignment matrix of a housing agency. Managers are columns; each objective has a
`Peso ponderale calcolato` per manager, a `Fattore di conversione` (100 / column total) and a
`Peso ponderale effettivo`. Truth: one operational node per (objective, manager) with unit =
the manager column title and weight = the effective weight; indicators once under the objective."""
import os
import sys
from decimal import ROUND_HALF_UP, Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common2 import (case_dir, chromium_pdf, doc, esc, finding, html_page, ind, lo_pdf, node,  # noqa: E402
                     write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def it2(x):
    """Decimal -> Italian text with two decimals: 38.4615 -> '38,46'."""
    q = Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{q:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def ater():
    name = "fam2-matrix-lo-1"
    org = "ATER della Provincia di Montecastro"
    managers = ["Dirigente Area Tecnica", "Dirigente Area Amministrativa e Legale", "Responsabile Gestione Utenza"]
    objs = [
        ("OB.1", "Ridurre la morosità degli assegnatari", [None, 30, 25],
         [("Morosità corrente sul monte canoni emesso", "%", "<= 8,5%"),
          ("Piani di rientro sottoscritti", "N.", ">= 150")]),
        ("OB.2", "Completare il programma di ripristino degli alloggi sfitti", [25, None, 20],
         [("Alloggi sfitti ripristinati e riassegnati", "N.", ">= 60")]),
        ("OB.3", "Digitalizzare il fascicolo dell'assegnatario", [10, 20, 20],
         [("Fascicoli digitalizzati sul totale", "%", "> 95%")]),
        ("OB.4", "Aggiornare l'anagrafe dell'utenza ai fini del calcolo dei canoni", [15, 30, None],
         [("Nuclei con ISEE aggiornato", "%", "maggiore di 75,00%")]),
    ]
    totals = [sum(o[2][m] or 0 for o in objs) for m in range(3)]          # 50, 80, 65
    factors = [Decimal(100) / Decimal(t) for t in totals]
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Sans"
    f_n, f_b = Font(name=fn, size=9), Font(name=fn, size=9, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Matrice 2025"
    for col, w in zip("ABCDEF", [8, 44, 24, 17, 17, 17]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2025 – Matrice di assegnazione degli obiettivi ai dirigenti e ai "
           "responsabili", font=Font(name=fn, size=10), wrap=False)
    for c, v in enumerate(["Cod.", "Obiettivo", "Peso"] + managers, 1):
        xl_put(ws, 4, c, v, font=f_b, fill="DDEBF7", border=grid, halign="center", valign="center")
    r = 5
    nodes = []
    for code, title, calc, _ in objs:
        xl_put(ws, r, 1, code, font=f_b, border=grid)
        xl_put(ws, r, 2, title, font=f_n, border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
        xl_put(ws, r, 3, "Peso ponderale calcolato", font=f_n, border=grid)
        xl_put(ws, r + 1, 3, "Peso ponderale effettivo", font=f_n, border=grid, fill="F2F2F2")
        for m in range(3):
            v = calc[m]
            xl_put(ws, r, 4 + m, v if v is not None else "-", font=f_n, border=grid, halign="center", fmt="0")
            if v is None:
                xl_put(ws, r + 1, 4 + m, "-", font=f_n, border=grid, halign="center", fill="F2F2F2")
            else:
                eff = (Decimal(v) * factors[m] / 100).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
                xl_put(ws, r + 1, 4 + m, float(eff), font=f_b, border=grid, halign="center", fmt="0.00%",
                       fill="F2F2F2")
                nodes.append(node(code, "operational", title, weight=it2(eff * 100) + "%", unit=managers[m]))
        xl_box(ws, r, 1, r + 1, 6, grid)
        r += 2
    xl_put(ws, r, 1, "Totale peso calcolato", font=f_b, border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    xl_put(ws, r + 1, 1, "Fattore di conversione (100 / totale)", font=f_b, border=grid)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=3)
    xl_put(ws, r + 2, 1, "Totale peso effettivo", font=f_b, border=grid)
    ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=3)
    for m in range(3):
        xl_put(ws, r, 4 + m, totals[m], font=f_b, border=grid, halign="center", fmt="0")
        xl_put(ws, r + 1, 4 + m, float(factors[m]), font=f_b, border=grid, halign="center", fmt="0.00")
        xl_put(ws, r + 2, 4 + m, 1.0, font=f_b, border=grid, halign="center", fmt="0.00%")
    xl_box(ws, r, 1, r + 2, 6, grid)
    last_matrix = r + 2
    r += 4
    xl_put(ws, r, 1, "Indicatori e target 2025", font=Font(name=fn, size=10, bold=True), wrap=False)
    r += 1
    for c, v in enumerate(["Cod.", "Indicatore", "Target 2025"], 1):
        xl_put(ws, r, c if c < 3 else 3, v, font=f_b, fill="DDEBF7", border=grid, halign="center")
    first_ind = r
    r += 1
    inds = []
    for code, _, _, ilist in objs:
        for iname, unit, tgt in ilist:
            xl_put(ws, r, 1, code, font=f_n, border=grid)
            xl_put(ws, r, 2, iname, font=f_n, border=grid)
            xl_put(ws, r, 3, tgt, font=f_n, border=grid, halign="center")
            inds.append(ind(iname, code, unit=unit, targets=[(2025, tgt)]))
            r += 1
    xl_fit_rows(ws, 4, last_matrix, pt=9)
    xl_fit_rows(ws, first_ind, r - 1, pt=9)
    xl_page(ws, landscape=True)
    d = case_dir(name)
    tmpx = os.path.join(d, "_src.xlsx")
    xl_save(wb, tmpx)
    lo_pdf(tmpx, os.path.join(d, "input.pdf"))
    os.remove(tmpx)
    write_truth(d, [doc(org, [2025])], nodes, inds)
    write_readme(d, name, """
Landscape A4 printed by LibreOffice from a workbook, ruled grid. One matrix with header
`Cod. | Obiettivo | Peso | Dirigente Area Tecnica | Dirigente Area Amministrativa e Legale | Responsabile Gestione Utenza`.
Each objective takes TWO rows (code and title merged over both): the row `Peso ponderale calcolato` gives the raw weight per
manager (number cells, `-` where the manager has no share), the shaded row `Peso ponderale effettivo` gives the normalised
weight (number cells with format `0.00%`, e.g. `38,46%`). Closing rows: `Totale peso calcolato` (50, 80, 65),
`Fattore di conversione (100 / totale)` (`2,00`, `1,25`, `1,54`: the last printed rounded, the effective weights are computed
with the exact 100/65), `Totale peso effettivo` (`100,00%`). Below, a second table `Indicatori e target 2025`
(`Cod. | Indicatore | Target 2025`) lists each indicator once under its objective code.
Truth: one `operational` node per (objective, manager with a share) with `unit` = the manager column title, parent null,
weight raw = the displayed effective weight; indicators once, node = objective code, unit_org null.
""", "Workbook written with openpyxl by `tools/samples2/fam2_matrix.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`); weights are number cells (formats `0`, `0.00`, `0.00%`).",
                 ["calculated and effective weights on two rows per objective (a `Peso` label column)",
                  "conversion factor `1,54` printed rounded while the weights use the exact factor",
                  "managers with no share marked `-`", "indicators in a separate table below",
                  "target form `maggiore di 75,00%`"], [])


def acer():
    name = "fam2-matrix-chromium-2"
    org = "Azienda Casa Val di Serena"
    managers = ["Direttore Generale", "Dirigente Servizio Tecnico", "Dirigente Servizio Amministrativo",
                "Responsabile Ufficio Utenza"]
    objs = [
        ("A1", "Contenere i tempi di riassegnazione degli alloggi di risulta", [2, 3, 1, 4],
         [("Giorni medi tra rilascio e riassegnazione", "gg", "<= 120 gg")]),
        ("A2", "Incrementare la riscossione dei canoni e degli oneri accessori", [2, None, 4, 3],
         [("Canoni riscossi sul bollettato dell'anno", "%", ">= 92%"),
          ("Crediti pregressi recuperati", "EUR", ">= € 850.000,00")]),
        ("A3", "Attuare il programma di efficientamento energetico degli edifici", [1, 5, 1, None],
         [("Alloggi migliorati di almeno due classi energetiche", "N.", "= 240")]),
    ]
    totals = [sum(o[2][m] or 0 for o in objs) for m in range(4)]      # 5, 8, 6, 7
    factors = [Decimal(100) / Decimal(t) for t in totals]
    css = """body { font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; }
h1 { font-size: 12pt; margin: 0; } h2 { font-size: 9.5pt; font-weight: normal; margin: 2pt 0 10pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #333; padding: 2pt 3pt; vertical-align: top; }
th { background: #e7e6e6; }
th.g { background: #c9d8ea; }
td.n { text-align: center; white-space: nowrap; }
tr.tot td { font-weight: bold; background: #f4f4f4; }
p.n { font-size: 7.5pt; }"""
    h = [f"<h1>{esc(org)}</h1>",
         "<h2>Piano della performance 2025 – Allegato B: matrice obiettivi / responsabili</h2>",
         "<table><thead><tr><th rowspan=2>Cod.</th><th rowspan=2 style='width:20%'>Obiettivo</th>"
         "<th rowspan=2 style='width:17%'>Indicatore</th><th rowspan=2>Target 2025</th>"
         "<th class=g colspan=4>Peso ponderale calcolato</th><th class=g colspan=4>Peso ponderale effettivo</th></tr><tr>"
         + "".join(f"<th>{esc(m)}</th>" for m in managers) * 2 + "</tr></thead><tbody>"]
    nodes, inds = [], []
    effs = []
    for code, title, calc, ilist in objs:
        n = len(ilist)
        rs = f" rowspan={n}" if n > 1 else ""
        row_eff = []
        for m in range(4):
            if calc[m] is None:
                row_eff.append(None)
                continue
            e = (Decimal(calc[m]) * factors[m]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            if code == "A2" and m == 3:
                e = e + 10   # the fault: 42,86% printed as 52,86%
            row_eff.append(e)
            nodes.append(node(code, "operational", title, weight=it2(e) + "%", unit=managers[m]))
        effs.append(row_eff)
        for k, (iname, unit, tgt) in enumerate(ilist):
            h.append("<tr>")
            if k == 0:
                h.append(f"<td{rs}><b>{code}</b></td><td{rs}>{esc(title)}</td>")
            h.append(f"<td>{esc(iname)}</td><td class=n>{esc(tgt)}</td>")
            if k == 0:
                h.append("".join(f"<td class=n{rs}>{'–' if v is None else v}</td>" for v in calc))
                h.append("".join(f"<td class=n{rs}>{'–' if v is None else it2(v) + '%'}</td>" for v in row_eff))
            h.append("</tr>")
            inds.append(ind(iname, code, unit=unit, targets=[(2025, tgt)]))
    h.append("<tr class=tot><td colspan=4>Totale</td>" + "".join(f"<td class=n>{t}</td>" for t in totals)
             + "<td class=n>100,00%</td>" * 4 + "</tr>")
    h.append("<tr class=tot><td colspan=4>Fattore di conversione</td>"
             + "".join(f"<td class=n>{it2(f)}</td>" for f in factors) + "<td colspan=4></td></tr>")
    h.append("</tbody></table>")
    h.append("<p class=n>Peso ponderale effettivo = peso ponderale calcolato × fattore di conversione "
             "(100 / totale del peso calcolato del responsabile).</p>")
    d = case_dir(name)
    chromium_pdf(html_page("\n".join(h), css, landscape=True, margin="12mm"), os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [2025])], nodes, inds, [finding(
        "weight.sum", "Responsabile Ufficio Utenza",
        "effective weights of Responsabile Ufficio Utenza sum to 110,00% (57,14% + 52,86%): A2 prints 52,86% where "
        "3 × 14,29 gives 42,86%; the Totale row prints 100,00%")])
    write_readme(d, name, """
Landscape A4, Chromium, ruled grid, Liberation Sans 8.5 pt. One table whose two-row header puts ALL managers twice:
`Cod. | Obiettivo | Indicatore | Target 2025 | Peso ponderale calcolato (Direttore Generale, Dirigente Servizio Tecnico,
Dirigente Servizio Amministrativo, Responsabile Ufficio Utenza) | Peso ponderale effettivo (same four)`. Indicators sit in
the matrix rows; objective code, title and the weight cells span the objective's indicator rows (A2 has two). Calculated
weights are small bare integers (1-5), `–` where a manager has no share; effective weights are percentages with two
decimals. Closing rows: `Totale` (5, 8, 6, 7 and `100,00%` under every effective column) and `Fattore di conversione`
(`20,00`, `12,50`, `16,67`, `14,29`). The Servizio Amministrativo column sums to 100,01% (16,67 + 66,67 + 16,67): that is
rounding, not a fault (at most a `weight.rounding` info). Truth: one `operational` node per (objective, manager with a
share), unit = the manager column title, parent null, weight raw = the effective weight; indicators listed once under
their objective code (unit_org null).
""", "Chromium headless `--print-to-pdf` from HTML written by `tools/samples2/fam2_matrix.py`.",
                 ["calculated and effective weights as two column groups repeating the managers",
                  "indicators and targets inside the matrix rows, weight cells spanning them",
                  "a column summing to 100,01% by rounding", "`>= € 850.000,00` target with a currency sign"],
                 ["`weight.sum` on `Responsabile Ufficio Utenza`: its effective weights sum to 110,00% (57,14% + 52,86%): "
                  "A2 prints 52,86% where 3 × 14,29 gives 42,86%; the `Totale` row still prints 100,00%"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "chromium"]
    if "lo" in which:
        ater()
    if "chromium" in which:
        acer()
