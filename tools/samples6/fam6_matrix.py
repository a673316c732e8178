#!/usr/bin/python3
"""fam5-matrix-lo-1: assignment matrix transposed (managers as rows, objectives as columns), a workbook printed
by LibreOffice. Content invented."""
import os
import tempfile
from fractions import Fraction

from openpyxl import Workbook

from common6 import (LO_PRODUCER, case_dir, doc, ind, it_num, lo_pdf, node, write_readme, write_truth, xl_box,
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

ORG = "Azienda Territoriale per l'Edilizia Residenziale di Valdoria"
YEAR = 2026

OBJ = [
    ("OB.1", "Ridurre la morosità degli assegnatari", "Morosità corrente sul monte canoni emesso", "%", "<= 7,5%"),
    ("OB.2", "Accelerare la riassegnazione degli alloggi di risulta",
     "Tempo medio tra rilascio e nuova assegnazione dell'alloggio", "gg", "<= 120 gg"),
    ("OB.3", "Completare gli interventi di efficientamento energetico finanziati",
     "Alloggi con lavori conclusi e collaudati", "N.", ">= 180"),
    ("OB.4", "Aggiornare l'anagrafe dell'utenza e dei redditi dei nuclei assegnatari",
     "Nuclei con dichiarazione reddituale aggiornata", "%", "maggiore di 92,00%"),
    ("OB.5", "Digitalizzare le richieste di manutenzione su segnalazione",
     "Segnalazioni gestite tramite il portale on line", "%", ">= 60%"),
]
# manager -> calculated weight per objective (None: no share)
MGR = [
    ("Direttore Generale", [30, 20, None, None, 30]),
    ("Dirigente Area Tecnica", [None, 10, 40, 30, 20]),
    ("Dirigente Area Amministrativa", [20, None, 10, 20, 10]),
    ("Responsabile Servizio Gestione Utenza", [25, 25, None, 20, None]),
]


def pct_disp(fr):
    """A fraction shown by the format 0.00% in an Italian file (round half up on the exact value)."""
    v = (Fraction(fr) * 10000)
    n = int(v + Fraction(1, 2))
    return f"{n // 100},{n % 100:02d}%"


def build():
    name = "fam5-matrix-lo-1"
    d = case_dir(name)
    st = xl_styles()
    F, grid = st["Font"], st["grid"]
    base = "Liberation Sans"
    wb = Workbook()
    ws = wb.active
    ws.title = "Pesatura 2026"
    widths = [34, 12, 12, 12, 12, 12, 12, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    b9 = F(name=base, size=9)
    hb = F(name=base, size=9, bold=True)
    xl_put(ws, 1, 1, ORG, font=F(name=base, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026 – Pesatura degli obiettivi operativi assegnati ai dirigenti",
           font=F(name=base, size=10), wrap=False)
    r = 4
    # --- objectives table (columns A | B | C:G | H): the title first, its code after it
    xl_put(ws, r, 1, "Obiettivi operativi 2026", font=F(name=base, size=10, bold=True), wrap=False)
    r += 1
    heads = [("Obiettivo", 1, 1), ("Cod.", 2, 2), ("Indicatore", 3, 7), ("Valore atteso 2026", 8, 8)]
    for h, c1, c2 in heads:
        if c2 > c1:
            ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
        xl_put(ws, r, c1, h, font=hb, fill="D9E2D0", valign="center")
        xl_box(ws, r, c1, r, c2, grid)
    first_obj = r
    r += 1
    inds = []
    for code, title, iname, unit, target in OBJ:
        for val, c1, c2 in ((title, 1, 1), (code, 2, 2), (iname, 3, 7), (target, 8, 8)):
            if c2 > c1:
                ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
            xl_put(ws, r, c1, val, font=b9, halign="center" if c1 in (2, 8) else None)
            xl_box(ws, r, c1, r, c2, grid)
        inds.append(ind(iname, code, unit=unit, targets=[(YEAR, target)]))
        r += 1
    xl_fit_rows(ws, first_obj, r - 1, pt=9)
    r += 1
    # --- calculated weights
    xl_put(ws, r, 1, "Peso ponderale calcolato", font=F(name=base, size=10, bold=True), wrap=False)
    r += 1
    for c, h in enumerate(["Dirigente"] + [o[0] for o in OBJ] + ["Totale", "Fattore di conversione"], 1):
        xl_put(ws, r, c, h, font=hb, fill="D9E2D0", border=grid, halign="center" if c > 1 else None,
               valign="center")
    ws.row_dimensions[r].height = 26
    r += 1
    totals = {}
    for mgr, ws_ in MGR:
        tot = sum(w for w in ws_ if w)
        totals[mgr] = tot
        xl_put(ws, r, 1, mgr, font=b9, border=grid)
        for k, w in enumerate(ws_):
            xl_put(ws, r, 2 + k, w if w else "–", font=b9, border=grid, halign="center", fmt="0")
        xl_put(ws, r, 7, tot, font=hb, border=grid, halign="center", fmt="0")
        xl_put(ws, r, 8, 100 / tot, font=b9, border=grid, halign="center", fmt="0.00")
        r += 1
    r += 1
    # --- effective weights
    xl_put(ws, r, 1, "Peso ponderale effettivo (peso calcolato × fattore di conversione)",
           font=F(name=base, size=10, bold=True), wrap=False)
    r += 1
    for c, h in enumerate(["Dirigente"] + [o[0] for o in OBJ] + ["Totale"], 1):
        xl_put(ws, r, c, h, font=hb, fill="D9E2D0", border=grid, halign="center" if c > 1 else None)
    r += 1
    nodes = []
    for mgr, ws_ in MGR:
        tot = totals[mgr]
        xl_put(ws, r, 1, mgr, font=b9, border=grid)
        for k, w in enumerate(ws_):
            if w:
                xl_put(ws, r, 2 + k, w / tot, font=b9, border=grid, halign="center", fmt="0.00%")
                code, title = OBJ[k][0], OBJ[k][1]
                nodes.append(node(code, "operational", title, weight=pct_disp(Fraction(w, tot)), unit=mgr))
            else:
                xl_put(ws, r, 2 + k, "–", font=b9, border=grid, halign="center")
        xl_put(ws, r, 7, 1, font=hb, border=grid, halign="center", fmt="0.00%")
        r += 1
    r += 1
    xl_put(ws, r, 1, "Il fattore di conversione è pari a 100 diviso il totale dei pesi calcolati del dirigente; i "
                     "pesi effettivi sono arrotondati alla seconda cifra decimale.",
           font=F(name=base, size=8, italic=True), wrap=False)
    xl_page(ws, landscape=True)
    ws.oddFooter.left.text = "ATER Valdoria – Piano della performance 2026"
    ws.oddFooter.left.size = 7
    ws.oddFooter.right.text = "Pag. &P"
    ws.oddFooter.right.size = 7
    tmp = tempfile.mkdtemp(prefix="s6mat-")
    src = os.path.join(tmp, "pesatura.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    rows = "; ".join(f"{m}: " + ", ".join(f"{OBJ[k][0]} {pct_disp(Fraction(w, totals[m]))}"
                                          for k, w in enumerate(ws_) if w) for m, ws_ in MGR)
    write_readme(d, name, f"""
Landscape A4 printed by LibreOffice from a workbook, Liberation Sans 9, ruled grid, one page. Title (the housing
agency) and `Piano della performance 2026 – Pesatura degli obiettivi operativi assegnati ai dirigenti`. THREE stacked
tables. First `Obiettivi operativi 2026`: `Obiettivo | Cod. | Indicatore | Valore atteso 2026` (title BEFORE its
code; one indicator per objective). Then the matrix TRANSPOSED with respect to the earlier cases: managers are ROWS and objectives are
COLUMNS (headed by their codes only, `OB.1 … OB.5`). `Peso ponderale calcolato`: `Dirigente | OB.1 | … | OB.5 |
Totale | Fattore di conversione`, bare integers (number cells, `–` where the manager has no share), the row total and
100/total (`1,25`, `1,00`, `1,67`, `1,43`, format `0.00`). `Peso ponderale effettivo (peso calcolato × fattore di
conversione)`: `Dirigente | OB.1 | … | OB.5 | Totale`, number cells with format `0.00%` (exact fractions, so thirds
show `33,33%` + `16,67%` …, sevenths `35,71%` + `35,71%` + `28,57%` = 99,99% by rounding: not a fault), total
`100,00%`. An italic note on the conversion. Printed effective weights: {rows}. Truth: one `operational` node per
(objective, manager with a share), `code` = the column's code, `title` = the objective's title from the first table,
`unit` = the manager (row title), parent null, weight raw = the displayed effective weight; indicators once, node =
the objective code, unit_org null.
""", LO_PRODUCER.format(script="fam6_matrix.py"), [
        "matrix transposed: managers as rows, objectives as columns headed by code only",
        "objective titles and indicators only in a separate legend table above, title column before the code column",
        "calculated and effective weights as two stacked tables, each with a row total",
        "weights as number cells (`0`, `0.00`, `0.00%`), `–` for no share",
        "rounded sevenths summing to 99,99%",
    ], [])


if __name__ == "__main__":
    build()
