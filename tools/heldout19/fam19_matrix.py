#!/usr/bin/python3
"""h19-matrix-lo-1 (family: assignment matrix): a consortium of comuni (BIM) assigns 2026 objectives to its four
structures, an openpyxl workbook printed to PDF by LibreOffice. Landscape, DejaVu Serif Condensed. Managers as
COLUMNS (structure name + head in parentheses on a second line); each objective takes TWO INTERLEAVED ROWS — `calcolato`
(General numbers `5,7`, `1,54`, `6`) then `effettivo` (`0.00%`) — with code and title merged over both; closing rows
`Totale peso calcolato`, `Fattore di conversione` (`0.0000`), `Totale peso effettivo`; an indicator table below.
Clean. Content is invented."""
import os
import sys
from decimal import ROUND_DOWN, Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import (LO_XLSX, case_dir, disp12, doc, font, ind, lo_pdf_of, node, readme13, widths,  # noqa: E402
                      write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "fam19_matrix.py"
NAME = "h19-matrix-lo-1"
ORG = "Consorzio dei Comuni del Bacino Imbrifero Montano dell'Alto Piave"
YEAR = 2026
FONT = "DejaVu Serif Condensed"
UNITS = [("Area Amministrativa", "dott.ssa Elena Da Rin"), ("Area Tecnica", "ing. Paolo Zanella"),
         ("Area Finanziaria", "rag. Silvia De Bon"), ("Servizio Energia", "p.i. Marco Cesco")]
# objective: (code, title, {unit index: calculated weight}, indicator, unit, target)
OBJ = [
    ("OB.01", "Rendicontare ai comuni consorziati i sovracanoni idroelettrici riscossi", {0: "5.7", 2: "2.3"},
     "Rendiconti trasmessi ai comuni entro il 31 marzo", "%", "= 100%"),
    ("OB.02", "Finanziare l'efficientamento energetico degli edifici comunali", {1: "4.5", 3: "3.8"},
     "Contributi concessi per interventi di efficientamento", "EUR", "≥ 1.200.000 €"),
    ("OB.03", "Completare la mappatura delle concessioni di derivazione idroelettrica", {1: "6", 3: "2.2"},
     "Concessioni censite sul totale delle concessioni attive", "%", "≥ 90%"),
    ("OB.04", "Attivare lo sportello unico per i bandi destinati ai comuni", {0: "3.2", 3: "1.6"},
     "Attivazione dello sportello", "date", "entro il 30/04/2026"),
    ("OB.05", "Ridurre i tempi di pagamento dei contributi ai comuni", {2: "5.5"},
     "Tempo medio di pagamento dei contributi", "gg", "≤ 30 gg"),
    ("OB.06", "Attuare le misure di trasparenza e di prevenzione della corruzione", {0: "1.54", 1: "1.54", 2: "1.54",
                                                                                   3: "1.54"},
     "Misure del piano triennale attuate nei termini", "%", "100%"),
]


def effective(calc):
    """Per column: shares of the calculated total in % with two decimals, largest remainder so they sum to 100,00."""
    tot = sum(calc.values())
    raw = {k: v / tot * 100 for k, v in calc.items()}
    flo = {k: x.quantize(Decimal("0.01"), rounding=ROUND_DOWN) for k, x in raw.items()}
    left = int((Decimal(100) - sum(flo.values())) / Decimal("0.01"))
    for k in sorted(raw, key=lambda k: raw[k] - flo[k], reverse=True)[:left]:
        flo[k] += Decimal("0.01")
    assert sum(flo.values()) == 100
    return tot, flo


def build():
    from openpyxl import Workbook
    st = xl_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrice 2026"
    widths(ws, [8, 46, 11] + [17] * len(UNITS))
    xl_put(ws, 1, 1, ORG, font=font(FONT, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Assegnazione degli obiettivi 2026 alle strutture – matrice dei pesi ponderali",
           font=font(FONT, 9.5, italic=True), wrap=False)
    head = ["Cod.", "Obiettivo", "Peso ponderale"] + [f"{u}\n({h})" for u, h in UNITS]
    for c, h in enumerate(head, 1):
        xl_put(ws, 4, c, h, font=font(FONT, 9, bold=True), border=st["grid"], fill="DCE6F1", halign="center",
               valign="center")
    ws.row_dimensions[4].height = 30
    cols = {}
    for code, _t, calc, *_ in OBJ:
        for k, v in calc.items():
            cols.setdefault(k, {})[code] = Decimal(v)
    eff, tots = {}, {}
    for k, calc in cols.items():
        tots[k], eff[k] = effective(calc)
    r = 5
    nodes, inds = [], []
    for code, title, calc, iname, um, tg in OBJ:
        for c, v in ((1, code), (2, title)):
            xl_put(ws, r, c, v, font=font(FONT, 9, bold=(c == 1)), border=st["grid"], valign="center")
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
            xl_box(ws, r, c, r + 1, c, st["grid"])
        xl_put(ws, r, 3, "calcolato", font=font(FONT, 8.5), border=st["grid"])
        xl_put(ws, r + 1, 3, "effettivo", font=font(FONT, 8.5, italic=True), border=st["grid"], fill="F2F2F2")
        for k, (u, h) in enumerate(UNITS):
            cv = calc.get(k)
            xl_put(ws, r, 4 + k, float(cv) if cv else None, font=font(FONT, 9), border=st["grid"], fmt="General",
                   halign="center")
            ev = eff[k][code] / 100 if cv else None
            xl_put(ws, r + 1, 4 + k, float(ev) if cv else None, font=font(FONT, 9, italic=True), border=st["grid"],
                   fmt="0.00%", halign="center", fill="F2F2F2")
            if cv:
                nodes.append(node(code, "operational", title, weight=disp12(ev, "0.00%"), owners=[h], unit=u))
        inds.append(ind(iname, code, unit=um, targets=[(YEAR, tg)]))
        r += 2
    labels = [("Totale peso calcolato", lambda k: (float(tots[k]), "General")),
              ("Fattore di conversione", lambda k: (float((Decimal(100) / tots[k]).quantize(Decimal("0.0001"))),
                                                    "0.0000")),
              ("Totale peso effettivo", lambda k: (1.0, "0.00%"))]
    for lab, fn in labels:
        xl_put(ws, r, 1, lab, font=font(FONT, 9, bold=True), border=st["grid"], fill="DCE6F1")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        xl_box(ws, r, 1, r, 3, st["grid"])
        for k in range(len(UNITS)):
            v, f = fn(k)
            xl_put(ws, r, 4 + k, v, font=font(FONT, 9, bold=True), border=st["grid"], fmt=f, halign="center",
                   fill="DCE6F1")
        r += 1
    xl_fit_rows(ws, 5, r - 1, pt=9)
    r += 1
    xl_put(ws, r, 1, "Indicatori degli obiettivi", font=font(FONT, 10, bold=True), wrap=False)
    r += 1
    for c, h in enumerate(["Cod.", "Indicatore", "Target 2026"], 1):
        xl_put(ws, r, c, h, font=font(FONT, 9, bold=True), border=st["grid"], fill="DCE6F1")
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    xl_box(ws, r, 3, r, 4, st["grid"])
    r += 1
    for code, _t, _c, iname, _u, tg in OBJ:
        xl_put(ws, r, 1, code, font=font(FONT, 9), border=st["grid"])
        xl_put(ws, r, 2, iname, font=font(FONT, 9), border=st["grid"])
        xl_put(ws, r, 3, tg, font=font(FONT, 9), border=st["grid"])
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        xl_box(ws, r, 3, r, 4, st["grid"])
        r += 1
    xl_put(ws, r + 1, 1, "Peso effettivo = peso calcolato × fattore di conversione (100 / totale del peso calcolato "
           "della struttura).", font=font(FONT, 8, italic=True), wrap=False)
    xl_page(ws, landscape=True)
    d = case_dir(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="matrice")
    # nodes in document order by objective (already), truth
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    facts = "; ".join(f"{u}: " + " + ".join(dnum_(eff[k][c]) for c in eff[k]) for k, (u, _h) in enumerate(UNITS))
    readme13(d, NAME, "assignment matrix (kind unknown)", LO_XLSX.format(script=SCRIPT), """
Landscape A4, DejaVu Serif Condensed 9 pt, full grid, blue header. Columns `Cod. | Obiettivo | Peso ponderale |`
then one column per structure whose header holds the structure on the first line and its head in parentheses on
the second (`Area Tecnica` / `(ing. Paolo Zanella)`). Each objective takes TWO INTERLEAVED ROWS: `calcolato` with
General-format numbers (`5,7`, `1,54`, `6`) and `effettivo` (grey, italic) with `0.00%` cells; code and title are
merged over the pair; an empty cell means the structure does not have the objective. Closing rows `Totale peso
calcolato`, `Fattore di conversione` (`0.0000`) and `Totale peso effettivo` (`100,00%`). Below, a small table
`Cod. | Indicatore | Target 2026`, and a note on the formula. Truth: one `operational` node per (objective,
structure) with `unit` = the structure (first header line), owners = [head, from the parentheses], weight = the
EFFECTIVE percentage as displayed; indicators under the objective code with `unit_org` null.
""", ["calculated and effective weights INTERLEAVED row by row (not two blocks, not split columns)",
      "structure and head stacked in the column header", "General-format calculated weights (`5,7`, `1,54`, `6`)",
      "`Fattore di conversione` with four decimals", "indicators in a separate table below",
      "DejaVu Serif Condensed"],
     ["calculated weights are not percentages and do not sum to 100 (`10,44`, `12,04`, …)",
      "effective weights sum to 100,00% per structure (largest remainder): " + facts,
      "the transversal OB.06 has the same calculated weight `1,54` in every column but different effective weights",
      "the effective column of a structure sums to 100 even though the objectives' rows do not"], [])
    return NAME


def dnum_(x):
    return format(x, "f").replace(".", ",")


if __name__ == "__main__":
    print(build())
