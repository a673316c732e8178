#!/usr/bin/python3
"""Family: assignment matrix. LibreOffice: a comune's matrix where the calculated weight is ONE column
per objective (decimals `5,7`, `1,54`) and each settore's column holds the objective's effective weight
(number cells `0.00%`), closing rows `Somma pesi calcolati`, `Fattore di conversione`, `Totale peso
effettivo`. CSV: a consortium's export of a two-row header (manager, then calcolato/effettivo) as two
CSV lines, UTF-8, LF."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common3 import (case_dir, doc, esc, finding, ind, it_num, it_pct, lo_pdf, node,  # noqa: E402,F401
                     write_csv, write_readme, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def pietrabianca():
    name = "fam3-matrix-lo-1"
    org = "Comune di Pietrabianca"
    Y = 2025
    units = ["Settore 1 – Affari generali e servizi demografici", "Settore 2 – Finanze e tributi",
             "Settore 3 – Lavori pubblici e ambiente", "Settore 4 – Polizia locale e protezione civile"]
    # code, title, indicator, target, unit, calculated weight, settori (indexes) sharing it
    objs = [
        ("OB.01", "Digitalizzazione dei procedimenti dello sportello unico per l'edilizia e le attività produttive",
         "Pratiche presentate esclusivamente online", ">= 90%", "%", 5.7, [0, 2]),
        ("OB.02", "Recupero dell'evasione dei tributi locali", "Accertamenti IMU e TARI emessi", ">= 1.200", "N.",
         4.2, [1]),
        ("OB.03", "Riduzione dei tempi di pagamento dei fornitori", "Indicatore di tempestività dei pagamenti",
         "<= 0 gg", "gg", 3.8, [0, 1, 2, 3]),
        ("OB.04", "Attuazione del programma triennale delle opere pubbliche", "Opere avviate sul totale programmato",
         ">= 80%", "%", 6.3, [2]),
        ("OB.05", "Presidio del territorio nelle ore serali e nei fine settimana", "Servizi serali di pattugliamento",
         ">= 150", "N.", 2.9, [3]),
        ("OB.06", "Aggiornamento del piano comunale di protezione civile", "Approvazione del piano in Consiglio",
         "31.10.2025", "date", 1.54, [2, 3]),
        ("OB.07", "Attuazione delle misure del piano anticorruzione", "Misure attuate sul totale programmate",
         "=100%", "%", 2.5, [0, 1, 2, 3]),
        ("OB.08", "Revisione del regolamento sul canone unico patrimoniale", "Approvazione del regolamento",
         "30.06.2025", "date", 0, [1]),
    ]
    sums = [sum(o[5] for o in objs if u in o[6]) for u in range(len(units))]
    import openpyxl
    S = xl_styles()
    Font, grid = S["Font"], S["grid"]
    fn = "Liberation Sans"
    f_n, f_b = Font(name=fn, size=8.5), Font(name=fn, size=8.5, bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Matrice pesi 2025"
    widths = [8, 40, 30, 11, 12, 15, 15, 15, 15]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    xl_put(ws, 1, 1, org, font=Font(name=fn, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, f"Piano esecutivo di gestione {Y} – Matrice di assegnazione degli obiettivi ai settori e "
                     "pesatura", font=Font(name=fn, size=10), wrap=False)
    xl_put(ws, 3, 1, "Il peso ponderale calcolato di ciascun obiettivo (rilevanza × complessità) è convertito, per ogni "
                     "settore, in peso effettivo moltiplicandolo per il fattore di conversione del settore (100 / somma "
                     "dei pesi calcolati degli obiettivi assegnati).", font=Font(name=fn, size=8, italic=True))
    ws.merge_cells("A3:I3")
    ws.row_dimensions[3].height = 24
    hdr = dict(font=f_b, fill="DDEBF7", border=grid, halign="center", valign="center")
    for c, v in enumerate(["Cod.", "Obiettivo", "Indicatore", f"Target {Y}", "Peso ponderale calcolato"], 1):
        xl_put(ws, 5, c, v, **hdr)
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    xl_put(ws, 5, 6, "Peso ponderale effettivo per settore", **hdr)
    ws.merge_cells(start_row=5, start_column=6, end_row=5, end_column=9)
    for k, u in enumerate(units):
        xl_put(ws, 6, 6 + k, u, **hdr)
    xl_box(ws, 5, 1, 6, 9, grid)
    r = 7
    nodes, inds = [], []
    for code, title, iname, tgt, unit, calc, shares in objs:
        for c, v in enumerate([code, title, iname, tgt], 1):
            xl_put(ws, r, c, v, font=f_n, border=grid, halign="center" if c in (1, 4) else None)
        xl_put(ws, r, 5, calc, font=f_n, border=grid, halign="center")   # General: 5,7 / 1,54 / 0
        for k in range(len(units)):
            if k in shares:
                eff = calc / sums[k]
                xl_put(ws, r, 6 + k, eff, font=f_n, border=grid, fmt="0.00%", halign="right")
                nodes.append(node(code, "operational", title, weight=it_pct(eff, 2), unit=units[k]))
            else:
                xl_put(ws, r, 6 + k, None, font=f_n, border=grid, fill="F2F2F2")
        inds.append(ind(iname, code, unit=unit, targets=[(Y, tgt)]))
        r += 1
    for lbl, vals, fmt in (("Somma pesi calcolati", sums, "0.00"),
                           ("Fattore di conversione", [100 / s for s in sums], "0.00"),
                           ("Totale peso effettivo", [1.0] * len(units), "0.00%")):
        xl_put(ws, r, 1, lbl, font=f_b, fill="F2F2F2", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        for k, v in enumerate(vals):
            xl_put(ws, r, 6 + k, v, font=f_b, fill="F2F2F2", border=grid, fmt=fmt, halign="right")
        xl_box(ws, r, 1, r, 9, grid)
        r += 1
    xl_fit_rows(ws, 5, r - 1, pt=8.5, narrow=0.95)
    xl_page(ws, landscape=True)
    ws.oddFooter.left.text = f"{org} – PEG {Y}"
    ws.oddFooter.left.size = 7
    ws.oddFooter.right.text = "Pag. &P di &N"
    ws.oddFooter.right.size = 7
    d = case_dir(name)
    src = os.path.join(d, "src.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    os.remove(src)
    disp_sum = [it_pct(sum(o[5] / sums[k] for o in objs if k in o[6]), 2) for k in range(len(units))]
    assert all(x == "100,00%" for x in disp_sum)
    write_truth(d, [doc(org, [Y])], nodes, inds, [finding(
        "weight.range", "OB.08",
        "OB.08 is assigned to Settore 2 with a calculated weight of 0 and so an effective weight of 0,00%: a weight "
        "<= 0", unit="Settore 2 – Finanze e tributi")])
    eff_rows = "; ".join(f"{u}: " + ", ".join(f"{o[0]} {it_pct(o[5] / sums[k], 2)}" for o in objs if k in o[6])
                         for k, u in enumerate(units))
    write_readme(d, name, f"""
Landscape A4 printed by LibreOffice from a workbook, Liberation Sans 8.5, ruled. Title, subtitle and an italic note on
how the weights are computed. Two-row header: `Cod. | Obiettivo | Indicatore | Target 2025 | Peso ponderale calcolato`
(merged over both rows), then `Peso ponderale effettivo per settore` spanning four settore columns (`Settore 1 – Affari
generali e servizi demografici`, …). Unlike the earlier matrices the calculated weight is ONE column per objective
(a number cell in General format: `5,7`, `4,2`, `1,54`, `0`), and each settore column holds the objective's
EFFECTIVE weight for that settore (number cells with format `0.00%`; shaded and empty where the settore has no share).
Closing rows: `Somma pesi calcolati` (12,00 / 10,50 / 19,84 / 10,74), `Fattore di conversione` (`8,33`, `9,52`, `5,04`,
`9,31`, format `0.00`, the exact factor used), `Totale peso effettivo` (`100,00%` under each settore). Printed effective
weights: {eff_rows}. Rounded two-decimal weights may sum to 99,99%/100,01% (rounding, not a fault). Footer with body
and `Pag. n di N`. Truth: one `operational` node per (objective, settore with a share), `unit` = the settore column
title, parent null, weight raw = the displayed effective weight; one indicator per objective (unit_org null).
""", "Workbook written with openpyxl by `tools/samples3/fam3_matrix.py`, printed to PDF by LibreOffice headless "
     "(`LANG=it_IT.UTF-8`); weights are number cells (General, `0.00`, `0.00%`).",
                 ["calculated weight as a single column with decimals `5,7`, `1,54`",
                  "settore columns hold effective weights directly", "header spanning the settore columns",
                  "transversal objectives shared by all four settori", "indicator and target inside the matrix"],
                 ["`weight.range` on `OB.08` (Settore 2 – Finanze e tributi): calculated weight 0, effective "
                  "weight `0,00%` for an assigned objective"])


def consorzio():
    name = "fam3-matrix-csv-2"
    org = "Consorzio di Bonifica della Pianura Orientale"
    Y = 2025
    mgrs = ["Direttore Generale", "Dirigente Area Tecnica", "Dirigente Area Amministrativa",
            "Responsabile Ufficio Catasto e Contribuenza"]
    objs = [
        ("CB.1", "Completare il rifacimento delle chiaviche sul canale principale", "Chiaviche rifatte", ">= 12",
         "N.", [2, 5, None, None]),
        ("CB.2", "Ridurre i tempi di emissione degli avvisi di contribuenza", "Avvisi emessi entro il 30 aprile",
         "=100%", "%", [1, None, 3, 5]),
        ("CB.3", "Aggiornare il catasto consortile con le nuove superfici urbanizzate", "Particelle aggiornate",
         ">= 4.500", "N.", [None, 2, None, 4]),
        ("CB.4", "Contenere i consumi energetici degli impianti idrovori", "Consumo per metro cubo sollevato",
         "<= 0,045 kWh/mc", "kWh/mc", [2, 4, None, None]),
        ("CB.5", "Digitalizzare le procedure di gara", "Gare gestite sulla piattaforma telematica", "=100%", "%",
         [1, 1, 4, None]),
        ("CB.6", "Migliorare la comunicazione con i consorziati", "Reclami risolti entro 30 giorni", "> 90%", "%",
         [2, None, 1, 1]),
    ]
    tot = [sum(o[5][k] or 0 for o in objs) for k in range(len(mgrs))]
    row1 = ["Cod.", "Obiettivo", "Indicatore", f"Target {Y}"]
    row2 = ["", "", "", ""]
    for m in mgrs:
        row1 += [m, ""]
        row2 += ["Peso ponderale calcolato", "Peso ponderale effettivo"]
    rows = [[f"{org} - Assegnazione degli obiettivi {Y} ai dirigenti e ai responsabili"] + [""] * 11, row1, row2]
    nodes, inds = [], []
    for code, title, iname, tgt, unit, calc in objs:
        row = [code, title, iname, tgt]
        for k, m in enumerate(mgrs):
            if calc[k] is None:
                row += ["-", "-"]
            else:
                eff = it_pct(calc[k] / tot[k], 2)
                row += [str(calc[k]), eff]
                nodes.append(node(code, "operational", title, weight=eff, unit=m))
        rows.append(row)
        inds.append(ind(iname, code, unit=unit, targets=[(Y, tgt)]))
    rows.append(["", "Totale", "", ""] + sum(([str(t), "100,00%"] for t in tot), []))
    rows.append(["", "Fattore di conversione", "", ""] + sum(([it_num(100 / t, 2), ""] for t in tot), []))
    d = case_dir(name)
    write_csv(os.path.join(d, "input.csv"), rows, encoding="utf-8", sep=";", crlf=False)
    write_truth(d, [doc(org, [Y])], nodes, inds)
    write_readme(d, name, """
A CSV file (`input.csv`): UTF-8 without BOM, `;` separator, LF line ends, twelve fields a line. Line 1 is a title (body
and year). The sheet's two-row header comes out as TWO lines: line 2 `Cod.;Obiettivo;Indicatore;Target 2025;Direttore
Generale;;Dirigente Area Tecnica;;…` (each manager's name once, the merged cell's second field empty), line 3 four empty
fields then `Peso ponderale calcolato;Peso ponderale effettivo` repeated per manager. One line per objective: code
(`CB.1`), title, indicator, target, then per manager the calculated weight (a bare integer, `-` where the manager has no
share) and the effective weight (`41,67%`). Closing lines `Totale` (8, 12, 8, 10 and `100,00%`) and `Fattore di
conversione` (`12,50`, `8,33`, `12,50`, `10,00`). The Area Tecnica column's rounded weights sum to 100,00%. Truth: one
`operational` node per (objective, manager with a share), `unit` = the manager's name from line 2, parent null, weight
raw = the effective weight; one indicator per objective (unit_org null).
""", "Python csv module (`tools/samples3/fam3_matrix.py`), UTF-8, LF.",
                 ["CSV input with a two-line header (manager names, then calcolato/effettivo)",
                  "managers with no share marked `-` in both fields", "LF line ends, no BOM",
                  "target `<= 0,045 kWh/mc` with a compound unit"], [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["lo", "csv"]
    if "lo" in which:
        pietrabianca()
    if "csv" in which:
        consorzio()
