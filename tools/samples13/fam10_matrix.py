#!/usr/bin/python3
"""fam10-matrix-lo-1: a ministry directorate's assignment matrix 2026, written as a workbook and printed by
LibreOffice. Managers (divisions) as columns, EACH SPLIT INTO TWO SUB-COLUMNS `calcolato | effettivo` under a merged
division header: calculated weights in General format (`5,7`, `1,54`, `9,5` total), effective weights `0.00%`; rows
`Totale` and `Fattore di conversione` (`0.0000`) close the table; empty grey cells where a division has no share; a
legend table names each division's head. One fault: weight.sum (Divisione III's effective weights print 60 + 10 + 20 =
90,00%). Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (LO_XLSX, case_dir, disp12, doc, finding, font, ind, lo_pdf_of, node, readme13,  # noqa: E402
                      widths, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "fam10_matrix.py"
ORG = "Ministero delle Risorse Idriche"
DG = "Direzione generale per le infrastrutture idriche e le concessioni"
YEAR = 2026

OBJS = [
    ("OB.1.1", "Completare il censimento delle derivazioni idriche di competenza statale",
     "Derivazioni censite sul totale stimato", "%", "≥ 85%"),
    ("OB.1.2", "Ridurre i tempi delle istruttorie di concessione", "Durata media dell'istruttoria", "gg", "≤ 120 gg"),
    ("OB.2.1", "Attuare il programma di interventi contro la dispersione idrica",
     "Risorse impegnate sul programmato dell'anno", "%", "≥ 90%"),
    ("OB.2.2", "Monitorare l'avanzamento dei progetti finanziati dal PNRR", "Report trimestrali di monitoraggio",
     "N.", "= 4"),
    ("OB.3.1", "Rafforzare la trasparenza e la prevenzione della corruzione",
     "Misure del Piano di prevenzione attuate nei termini", "%", "100%"),
    ("OB.3.2", "Digitalizzare i flussi documentali della Direzione", "Documenti in ingresso protocollati in digitale",
     "%", "≥ 95%"),
]
# division (title, head, {objective: calculated weight}), printed effective override for the fault
DIVS = [
    ("Divisione I", "Affari generali, bilancio e personale", "dott.ssa Laura Serra",
     {"OB.3.1": Decimal("5.7"), "OB.3.2": Decimal("4.3")}),
    ("Divisione II", "Concessioni e derivazioni", "ing. Marco Ferrandi",
     {"OB.1.1": Decimal("6"), "OB.1.2": Decimal("8"), "OB.3.1": Decimal("1.54"), "OB.3.2": Decimal("4.46")}),
    ("Divisione III", "Infrastrutture e dighe", "ing. Sara Colonna",
     {"OB.2.1": Decimal("9"), "OB.2.2": Decimal("3"), "OB.3.1": Decimal("3")}),
    ("Divisione IV", "Programmazione e PNRR", "dott. Andrea Vitale",
     {"OB.2.1": Decimal("2"), "OB.2.2": Decimal("5"), "OB.3.1": Decimal("2.5")}),
]
FAULT = ("Divisione III", "OB.2.2", Decimal("0.10"))  # due 20,00%


def build():
    from openpyxl import Workbook
    name = "fam10-matrix-lo-1"
    F = "DejaVu Sans"
    st = xl_styles()
    grid = st["grid"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrice 2026"
    nd = len(DIVS)
    widths(ws, [9, 38, 32, 12] + [10, 11] * nd)
    xl_put(ws, 1, 1, ORG + " – " + DG, font=font(F, 11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Obiettivi operativi 2026: matrice di assegnazione alle divisioni e pesi ponderali",
           font=font(F, 9.5), wrap=False)
    H1, H2 = 4, 5
    for c, h in enumerate(["Cod.", "Obiettivo operativo", "Indicatore", "Valore atteso 2026"], 1):
        xl_put(ws, H1, c, h, font=font(F, 8.5, bold=True), fill="D9D2E9", border=grid, halign="center",
               valign="center")
        ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
        xl_box(ws, H1, c, H2, c, grid)
    for k, (dt, _dn, _hd, _w) in enumerate(DIVS):
        c = 5 + 2 * k
        xl_put(ws, H1, c, dt, font=font(F, 8.5, bold=True), fill="D9D2E9", border=grid, halign="center")
        ws.merge_cells(start_row=H1, start_column=c, end_row=H1, end_column=c + 1)
        xl_box(ws, H1, c, H1, c + 1, grid)
        xl_put(ws, H2, c, "calcolato", font=font(F, 8, italic=True), fill="ECE8F4", border=grid, halign="center")
        xl_put(ws, H2, c + 1, "effettivo", font=font(F, 8, italic=True), fill="ECE8F4", border=grid, halign="center")
    r = H2 + 1
    nodes, inds = [], []
    eff_sum = {dt: Decimal(0) for dt, *_ in DIVS}
    for ocode, otitle, iname, unit, tg in OBJS:
        for c, v in enumerate([ocode, otitle, iname, tg], 1):
            xl_put(ws, r, c, v, font=font(F, 8.5), border=grid, halign="center" if c in (1, 4) else None)
        for k, (dt, _dn, _hd, ws_) in enumerate(DIVS):
            c = 5 + 2 * k
            if ocode in ws_:
                calc = ws_[ocode]
                tot = sum(ws_.values())
                eff = (calc / tot).quantize(Decimal("0.0001"))
                if (dt, ocode) == FAULT[:2]:
                    eff = FAULT[2]
                eff_sum[dt] += eff
                xl_put(ws, r, c, float(calc), font=font(F, 8.5), border=grid, fmt="General", halign="center")
                xl_put(ws, r, c + 1, float(eff), font=font(F, 8.5), border=grid, fmt="0.00%", halign="center")
                nodes.append(node(ocode, "operational", otitle, weight=disp12(eff, "0.00%"), unit=dt))
            else:
                xl_put(ws, r, c, None, fill="E3E3E3", border=grid)
                xl_put(ws, r, c + 1, None, fill="E3E3E3", border=grid)
        inds.append(ind(iname, ocode, unit=unit, targets=[(YEAR, tg)]))
        r += 1
    xl_fit_rows(ws, H2 + 1, r - 1, pt=8.5)
    for lab, kind in [("Totale", "tot"), ("Fattore di conversione", "fat")]:
        xl_put(ws, r, 1, lab, font=font(F, 8.5, bold=True), fill="F2F2F2", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        xl_box(ws, r, 1, r, 4, grid)
        for k, (dt, _dn, _hd, ws_) in enumerate(DIVS):
            c = 5 + 2 * k
            tot = sum(ws_.values())
            if kind == "tot":
                xl_put(ws, r, c, float(tot), font=font(F, 8.5, bold=True), fill="F2F2F2", border=grid, fmt="General",
                       halign="center")
                xl_put(ws, r, c + 1, float(eff_sum[dt]), font=font(F, 8.5, bold=True), fill="F2F2F2", border=grid,
                       fmt="0.00%", halign="center")
            else:
                xl_put(ws, r, c, float(Decimal(100) / tot), font=font(F, 8.5), fill="F2F2F2", border=grid,
                       fmt="0.0000", halign="center")
                xl_put(ws, r, c + 1, None, fill="F2F2F2", border=grid)
        r += 1
    r += 1
    xl_put(ws, r, 1, "Legenda delle divisioni", font=font(F, 9, bold=True), wrap=False)
    r += 1
    for c, h in enumerate(["Divisione", "Competenze", "Dirigente"], 1):
        xl_put(ws, r, c, h, font=font(F, 8.5, bold=True), fill="D9D2E9", border=grid)
    r += 1
    for dt, dn, hd, _w in DIVS:
        for c, v in enumerate([dt, dn, hd], 1):
            xl_put(ws, r, c, v, font=font(F, 8.5), border=grid)
        r += 1
    xl_put(ws, r + 1, 1, "Peso effettivo = peso calcolato × fattore di conversione (100 / totale dei pesi calcolati "
           "della divisione).", font=font(F, 8, italic=True), wrap=False)
    xl_page(ws, landscape=True)
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="matrice")
    f = finding("weight.sum", "Divisione III", "effective weights of Divisione III sum to 90,00% (OB.2.2 printed "
                "10,00%, due 20,00% = 3 × 6,6667)", unit="Divisione III")
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, findings=[f])
    readme13(d, name, "assignment matrix", LO_XLSX.format(script=SCRIPT), """
Landscape A4, DejaVu Sans 8.5 pt, full grid, lilac header. Two title lines (ministry – directorate; `Obiettivi
operativi 2026: matrice di assegnazione alle divisioni e pesi ponderali`), then the matrix: `Cod. | Obiettivo
operativo | Indicatore | Valore atteso 2026` (merged over two header rows) followed by FOUR DIVISION HEADERS (`Divisione
I` … `Divisione IV`), each merged over TWO sub-columns `calcolato | effettivo`. Calculated weights are General-format
numbers (`5,7`, `4,3`, `1,54`, `9`), effective weights `0.00%` cells; a division without a share has both cells empty
and grey. Row `Totale` gives each division's calculated total (`10`, `20`, `15`, `9,5`) and effective total; row
`Fattore di conversione` the factor (`10,0000`, `5,0000`, `6,6667`, `10,5263`). Below, a `Legenda delle divisioni`
table (`Divisione | Competenze | Dirigente`) and a note on the method. Truth: one `operational` node per (objective,
division) with a share, `unit` = the division header, weight raw = the EFFECTIVE weight; one indicator per objective
(no unit_org), target 2026.
""", ["managers as columns, each split into `calcolato | effettivo` sub-columns under a merged header",
      "calculated weights in General format (`5,7`, `1,54`), factor with four decimals", "legend table naming the "
      "division heads below the matrix", "grey empty cells for no share", "objectives codes `OB.1.1`"],
     ["calculated weights sum to 10, 20, 15, 9,5: they are not percentages (only the effective ones must total 100%)",
      "Divisione IV's effective weights 52,63% + 21,05% + 26,32% = 100,00% after rounding",
      "`OB.3.1` shared by four divisions with different effective weights: each division weighs its own share, not "
      "a weight.conflict", "targets `100%` without operator and `= 4`"],
     ["`weight.sum` on `Divisione III`: its effective weights print 60,00% + 10,00% + 20,00% = 90,00% (OB.2.2 should be "
      "3 × 6,6667 = 20,00%); the printed `Totale` says 90,00%"])
    return name


if __name__ == "__main__":
    print(build())
