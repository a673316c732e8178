#!/usr/bin/python3
"""h11-matrix-lo-1: assignment matrix (objectives x managers) of a regional environmental agency, printed by LibreOffice.
Content invented. Clean case. See the case README for the layout."""
import os
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import LO, case_dir, doc, ind, node, readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xlsx_to_pdf  # noqa: E402

NAME = "h11-matrix-lo-1"
ORG = "Agenzia Regionale per la Protezione Ambientale della Val Seriola"
YEAR = 2026
MGRS = ["Direttore tecnico", "Dirigente Servizio Qualità dell'aria", "Dirigente Servizio Acque",
        "Dirigente Servizio Amministrativo"]
# (code, title, indicator, unit, target, [calculated weight per manager or None])
OBJ = [
    ("OP.01", "Garantire la copertura della rete di monitoraggio della qualità dell'aria",
     "Rendimento strumentale medio delle stazioni", "%", "≥ 90%", [3, 5, None, None]),
    ("OP.02", "Ridurre i tempi di refertazione delle analisi sulle acque destinate al consumo umano",
     "Tempo medio di emissione del rapporto di prova", "gg", "≤ 12 gg", [3, None, 5, None]),
    ("OP.03", "Estendere i controlli sugli scarichi degli impianti industriali",
     "Impianti soggetti ad AIA controllati nell'anno", "N.", "≥ 48", [2, 2, 3, None]),
    ("OP.04", "Pubblicare i dati ambientali in formato aperto", "Dataset pubblicati sul portale open data", "N.",
     "≥ 35", [2, 3, 2, 2]),
    ("OP.05", "Ridurre i tempi di pagamento dei fornitori", "Indicatore di tempestività dei pagamenti", "gg",
     "≤ -5 gg", [1, None, None, 5]),
    ("OP.06", "Completare la digitalizzazione del protocollo e dei fascicoli", "Fascicoli informatici aperti sul totale",
     "%", "≥ 95%", [1, None, None, 3]),
]


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    d = case_dir(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrice 2026"
    F = "Liberation Sans"
    n = len(MGRS)
    widths = [8, 36, 30, 10] + [12] * (2 * n)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    s = Side(style="thin", color="595959")
    grid = Border(left=s, right=s, top=s, bottom=s)
    xl_put(ws, 1, 1, ORG, font=Font(name=F, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Sistema di misurazione e valutazione 2026 – Matrice di attribuzione degli obiettivi operativi "
           "ai dirigenti", font=Font(name=F, size=10), wrap=False)
    xl_put(ws, 3, 1, "Peso ponderale effettivo = peso ponderale calcolato × fattore di conversione (100 / totale dei pesi "
           "calcolati del dirigente).", font=Font(name=F, size=8, italic=True), wrap=False)
    hf = Font(name=F, size=8, bold=True)
    for c, h in enumerate(["Cod.", "Obiettivo operativo", "Indicatore", "Target 2026"], 1):
        xl_put(ws, 5, c, h, font=hf, fill="DDEBF7", border=grid, halign="center", valign="center")
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
        xl_box(ws, 5, c, 6, c, grid)
    for b, (label, fill) in enumerate([("Peso ponderale calcolato", "FFF2CC"), ("Peso ponderale effettivo", "E2EFDA")]):
        c0 = 5 + b * n
        xl_put(ws, 5, c0, label, font=hf, fill=fill, border=grid, halign="center")
        ws.merge_cells(start_row=5, start_column=c0, end_row=5, end_column=c0 + n - 1)
        xl_box(ws, 5, c0, 5, c0 + n - 1, grid)
        for j, m in enumerate(MGRS):
            xl_put(ws, 6, c0 + j, m, font=Font(name=F, size=7.5, bold=True), fill=fill, border=grid, halign="center",
                   valign="center")
    ws.row_dimensions[6].height = 40
    totals = [sum(o[5][j] or 0 for o in OBJ) for j in range(n)]
    r = 7
    nodes, inds = [], []
    body = Font(name=F, size=8)
    for oc, ot, kn, ku, tg, ws_calc in OBJ:
        for c, v in enumerate([oc, ot, kn, tg], 1):
            xl_put(ws, r, c, v, font=body, border=grid, halign="right" if c == 4 else None)
        for j, w in enumerate(ws_calc):
            cc, ce = 5 + j, 5 + n + j
            if w is None:
                xl_put(ws, r, cc, None, fill="D9D9D9", border=grid)
                xl_put(ws, r, ce, None, fill="D9D9D9", border=grid)
                continue
            eff = Fraction(w, totals[j])
            xl_put(ws, r, cc, w, font=body, border=grid, halign="center")
            xl_put(ws, r, ce, float(eff), font=body, border=grid, fmt="0.00%", halign="center")
            shown = f"{float(eff) * 100 + 1e-9:.2f}".replace(".", ",") + "%"
            nodes.append(node(oc, "operational", ot, weight=shown, unit=MGRS[j]))
        inds.append(ind(kn, oc, unit=ku, targets=[(YEAR, tg)]))
        r += 1
    xl_put(ws, r, 1, "Totale", font=hf, border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    xl_box(ws, r, 1, r, 4, grid)
    for j in range(n):
        xl_put(ws, r, 5 + j, totals[j], font=hf, border=grid, halign="center")
        xl_put(ws, r, 5 + n + j, 1.0, font=hf, border=grid, fmt="0.00%", halign="center")
    r += 1
    xl_put(ws, r, 1, "Fattore di conversione (100 / totale)", font=Font(name=F, size=8, italic=True), border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    xl_box(ws, r, 1, r, 4, grid)
    for j in range(n):
        xl_put(ws, r, 5 + j, 100 / totals[j], font=Font(name=F, size=8, italic=True), border=grid, fmt="0.0000",
               halign="center")
    xl_fit_rows(ws, 7, r - 2, pt=8)
    xl_page(ws, landscape=True, margins=0.45)
    ws.oddFooter.right.text = "Pagina &P"
    xlsx_to_pdf(wb, d)
    write_truth(d, [doc(ORG, [YEAR], kind="unknown")], nodes, inds, [])
    readme(d, NAME, "Family: **assignment matrix**", LO.format(script="h11_matrix.py"), """
Landscape A4, Liberation Sans 8 pt, full grey grid, printed by LibreOffice on one page (`Pagina n` at the foot
right). Three title lines (the agency; `Sistema di misurazione e valutazione 2026 – Matrice di attribuzione degli
obiettivi operativi ai dirigenti`; an italic line with the conversion rule). ONE matrix with a two-row header: `Cod. |
Obiettivo operativo | Indicatore | Target 2026` (merged over both header rows), then TWO BLOCKS of manager columns
side by side: a yellow band `Peso ponderale calcolato` over the four managers (`Direttore tecnico`,
`Dirigente Servizio …`), then a green band `Peso ponderale effettivo` over the SAME four managers again. Each
objective is one row with its single indicator and target; calculated weights are small integers, effective weights
fraction cells `0.00%` (`25,00%`, `16,67%`, `8,33%`, `50,00%`); cells of managers without a share are grey and empty
in both blocks. Closing rows: `Totale` (12, 10, 10, 10 | 100,00% each) and `Fattore di conversione (100 / totale)`
under the calculated block only (`8,3333`, `10,0000`). Each manager's effective weights sum to exactly 100,00%.
Truth: one `operational` node per (objective, manager with a share), unit = the manager column title, parent null,
weight = the effective weight; indicators once under their objective code (unit_org null), target 2026.
""", [
        "input: `input.pdf`",
        "calculated and effective weights as two separate column blocks, managers repeated in each",
        "grey empty cells where a manager has no share",
        "conversion factor row with four decimals under the calculated block only",
        "a negative target `≤ -5 gg`",
    ], [])


if __name__ == "__main__":
    main()
