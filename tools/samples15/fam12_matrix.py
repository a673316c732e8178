#!/usr/bin/python3
"""fam12-matrix-ods-1: assignment matrix of a regional mobility agency 2026, an .ods kept as the input. Managers as
columns; every objective takes TWO ROWS told apart by a label in the `Peso ponderale` column (`calcolato`: General
numbers `5,7`, `1,54`; `effettivo`: `0.00%` cells), code and title merged over the pair; the `Fattore di
conversione` row sits at the TOP, right under the header; `Totale calcolato` / `Totale effettivo` at the bottom;
empty grey cells where an objective is not assigned; indicators on a second sheet. One fault: weight.sum for
`Dirigente Area Servizi all'utenza` (OB.04 printed 40,00%, due 50,00%: the column sums to 90,00%).
Content is invented."""
import os
import sys
from decimal import ROUND_HALF_UP, Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (ODS, case_dir, doc, finding, fmt_disp, font, ind, node, ods_of, readme13, widths,  # noqa: E402
                      write_truth, xl_box, xl_fit_rows, xl_put, xl_styles)

SCRIPT = "fam12_matrix.py"
NAME = "fam12-matrix-ods-1"
ORG = "Agenzia Regionale per la Mobilità Sostenibile della Sabina e dei Monti Lucretili"
YEAR = 2026
MANAGERS = ["Direttore Generale", "Dirigente Area Tecnica", "Dirigente Area Amministrativa",
            "Dirigente Area Servizi all'utenza"]
FAULT_M, FAULT_O, FAULT_V = "Dirigente Area Servizi all'utenza", "OB.04", Decimal("0.40")
# (code, title, calculated weight per manager in MANAGERS order, indicator, target)
OBJS = [
    ("OB.01", "Riorganizzare la rete del trasporto pubblico extraurbano", ["3", "5.7", None, "2.5"],
     "Linee extraurbane riprogrammate sul totale delle linee", "≥ 60%"),
    ("OB.02", "Rinnovare il parco autobus con mezzi a basse emissioni", ["3", "6", "1.54", None],
     "Autobus a basse emissioni immessi in servizio", "≥ 24"),
    ("OB.03", "Ridurre i tempi di liquidazione dei corrispettivi ai gestori", ["2", None, "5", None],
     "Tempo medio di liquidazione dei corrispettivi", "≤ 30 gg"),
    ("OB.04", "Estendere la bigliettazione elettronica integrata", ["2", "2.3", None, "5"],
     "Titoli di viaggio venduti con i canali digitali", "≥ 45%"),
    ("OB.05", "Migliorare l'informazione all'utenza e la gestione dei reclami", [None, None, "1.46", "2.5"],
     "Reclami riscontrati entro 15 giorni", "≥ 90%"),
    ("OB.06", "Attuare le misure di trasparenza e di prevenzione della corruzione", ["2", "1", "2", None],
     "Obblighi di pubblicazione assolti nei termini", "100%"),
]
UNITS = {"≥ 60%": "%", "≥ 24": "N.", "≤ 30 gg": "gg", "≥ 45%": "%", "≥ 90%": "%", "100%": "%"}


def effective(col):
    """Effective fractions (2 decimals of %) by largest remainder so that the column totals exactly 100,00%."""
    tot = sum(Decimal(v) for v in col if v)
    raw = [(Decimal(v) / tot * 10000) if v else None for v in col]
    base = [r.to_integral_value(rounding="ROUND_FLOOR") if r is not None else None for r in raw]
    left = 10000 - sum(b for b in base if b is not None)
    order = sorted([k for k, r in enumerate(raw) if r is not None], key=lambda k: (-(raw[k] - base[k]), k))
    for k in order[:int(left)]:
        base[k] += 1
    return [b / 10000 if b is not None else None for b in base], tot


def build():
    from openpyxl import Workbook
    st = xl_styles()
    grid = st["grid"]
    FN = "Liberation Sans"
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrice"
    widths(ws, [8, 44, 14, 15, 15, 17, 17])
    xl_put(ws, 1, 1, ORG, font=font(FN, 11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026 – matrice di assegnazione degli obiettivi alla dirigenza",
           font=font(FN, 9.5), wrap=False)
    HR = 4
    heads = ["Cod.", "Obiettivo", "Peso ponderale"] + MANAGERS
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(FN, 9, bold=True), fill="C9D3E6", border=grid, halign="center",
               valign="center")
    ws.row_dimensions[HR].height = 40
    cols = [[o[2][m] for o in OBJS] for m in range(len(MANAGERS))]
    eff, tots = [], []
    for col in cols:
        e, t = effective(col)
        eff.append(e)
        tots.append(t)
    fi = OBJS.index([o for o in OBJS if o[0] == FAULT_O][0])
    mi = MANAGERS.index(FAULT_M)
    printed = [list(e) for e in eff]
    printed[mi][fi] = FAULT_V
    # factor row at the top
    r = HR + 1
    xl_put(ws, r, 1, "Fattore di conversione (100 / totale calcolato)", font=font(FN, 9, italic=True),
           fill="F2F2F2", border=grid)
    for c in (2, 3):
        xl_put(ws, r, c, None, fill="F2F2F2", border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for m, t in enumerate(tots):
        xl_put(ws, r, 4 + m, float(Decimal(100) / t), font=font(FN, 9, italic=True), fill="F2F2F2", border=grid,
               fmt="0.0000", halign="right")
    r += 1
    nodes = []
    grey = "D9D9D9"
    for k, (code, title, calc, iname, tg) in enumerate(OBJS):
        for j, lab in enumerate(("calcolato", "effettivo")):
            xl_put(ws, r + j, 1, code if j == 0 else None, font=font(FN, 9, bold=True), border=grid, valign="center")
            xl_put(ws, r + j, 2, title if j == 0 else None, font=font(FN, 9), border=grid, valign="center")
            xl_put(ws, r + j, 3, lab, font=font(FN, 8.5, italic=(j == 0)), border=grid, halign="center")
            for m in range(len(MANAGERS)):
                if calc[m] is None:
                    xl_put(ws, r + j, 4 + m, None, fill=grey, border=grid)
                elif j == 0:
                    xl_put(ws, r, 4 + m, float(Decimal(calc[m])), font=font(FN, 9), border=grid, fmt="General",
                           halign="right")
                else:
                    xl_put(ws, r + 1, 4 + m, float(printed[m][k]), font=font(FN, 9, bold=True), border=grid,
                           fmt="0.00%", halign="right")
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
        for m in range(len(MANAGERS)):
            if calc[m] is not None:
                nodes.append(node(code, "operational", title, weight=fmt_disp(printed[m][k], "0.00%"),
                                  unit=MANAGERS[m]))
        r += 2
    for j, lab in enumerate(("Totale calcolato", "Totale effettivo")):
        xl_put(ws, r, 1, lab, font=font(FN, 9, bold=True), fill="E4E9F2", border=grid)
        for c in (2, 3):
            xl_put(ws, r, c, None, fill="E4E9F2", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        for m in range(len(MANAGERS)):
            v = tots[m] if j == 0 else sum(x for x in printed[m] if x is not None)
            xl_put(ws, r, 4 + m, float(v), font=font(FN, 9, bold=True), fill="E4E9F2", border=grid,
                   fmt="General" if j == 0 else "0.00%", halign="right")
        r += 1
    xl_fit_rows(ws, HR + 2, r - 1, pt=9)
    xl_put(ws, r + 1, 1, "Peso effettivo = peso calcolato × fattore di conversione, arrotondato a due decimali in modo "
           "che il totale di ciascun dirigente sia 100%. Celle grigie: obiettivo non assegnato.",
           font=font(FN, 8, italic=True), wrap=False)
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    # indicators sheet
    wi = wb.create_sheet("Indicatori")
    widths(wi, [8, 44, 46, 14])
    for c, h in enumerate(["Cod.", "Obiettivo", "Indicatore", "Target 2026"], 1):
        xl_put(wi, 1, c, h, font=font(FN, 9, bold=True), fill="C9D3E6", border=grid)
    inds = []
    for k, (code, title, calc, iname, tg) in enumerate(OBJS, 2):
        for c, v in enumerate([code, title, iname, tg], 1):
            xl_put(wi, k, c, v, font=font(FN, 9), border=grid)
        inds.append(ind(iname, code, unit=UNITS[tg], targets=[(YEAR, tg)]))
    xl_fit_rows(wi, 2, len(OBJS) + 1, pt=9)
    wi.page_setup.orientation = "landscape"
    wi.sheet_properties.pageSetUpPr.fitToPage = True
    wi.page_setup.fitToWidth = 1
    wi.page_setup.fitToHeight = 0
    d = case_dir(NAME)
    ods_of(wb, os.path.join(d, "input.ods"))
    due = fmt_disp(eff[mi][fi], "0.00%")
    f = finding("weight.sum", FAULT_M, f"effective weights of {FAULT_M} sum to 90,00% ({FAULT_O} printed 40,00%, "
                f"due {due} = 5 × 10,0000)", unit=FAULT_M)
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, findings=[f])
    readme13(d, NAME, "assignment matrix", ODS.format(script=SCRIPT), """
Workbook with two sheets. `Matrice`: title lines, one header row `Cod. | Obiettivo | Peso ponderale | Direttore
Generale | Dirigente Area Tecnica | Dirigente Area Amministrativa | Dirigente Area Servizi all'utenza`. Right under
the header (NOT at the bottom) a row `Fattore di conversione (100 / totale calcolato)` with four decimals
(`8,3333`, `6,6667`, `10,0000`). Then every objective takes TWO ROWS, code and title merged over the pair, told apart
only by the label in the `Peso ponderale` column: `calcolato` (General-format numbers `5,7`, `1,54`, `2,5`, `3`) and
`effettivo` (`0.00%` cells in bold). Cells of managers an objective is not assigned to are empty and grey. At the
bottom `Totale calcolato` and `Totale effettivo`. A note explains the conversion. Sheet `Indicatori`: `Cod. |
Obiettivo | Indicatore | Target 2026`. Truth: one `operational` node per (objective, manager) with a share, `unit` =
the manager column title, parent null, weight = the EFFECTIVE weight as displayed; indicators once (unit_org null).
""", ["calculated and effective weights INTERLEAVED: two rows per objective with a label column",
      "conversion factor row at the TOP of the matrix", "managers as role titles in the header",
      "General-format decimals and `0.00%` in the same column", "empty grey cells", "indicators on a second sheet"],
     ["calculated weights (`5,7`, `1,54`, totals 12 / 15 / 10 / 10) are not percentages and are not checked",
      "Direttore Generale: 25,00 + 25,00 + 16,67 + 16,67 + 16,66 = 100,00% (largest remainder)",
      "Area Tecnica 38,00 + 40,00 + 15,33 + 6,67 and Area Amministrativa 15,40 + 50,00 + 14,60 + 20,00 = 100,00%",
      "the same objective carries different effective weights under different managers (they are different "
      "groups)"],
     [f"`weight.sum` for `{FAULT_M}`: 25,00% + 40,00% + 25,00% = 90,00% — `{FAULT_O}` is printed 40,00% where "
      f"5 × 10,0000 gives {due} (the `Totale effettivo` row shows the 90,00%)"])
    return NAME


if __name__ == "__main__":
    print(build())
