#!/usr/bin/python3
"""h17-report-xlsx-1: a comune's results report (Relazione sulla performance 2025), an openpyxl workbook kept as
.xlsx. One sheet: `Settore` merged down over its objectives, objective code/title/`Peso ob.`/`Grado ob.` merged down
over its indicators, indicator rows with `Incidenza ind.` (`0%` cells), `Valore atteso 2025` (text with operator),
`Valore rilevato 2025` (number cells with unit formats, a text date, `SI`), `% conseguimento` (`0.0%` cells) capped at
100%; objective grade = weighted mean of the indicator grades. A cover sheet first, a notes sheet last. Clean.
Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (XLSX, capped, case_dir, disp12, doc, font, ind, node, readme17, rnd, widths,  # noqa: E402
                      write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "h17_report.py"
ORG = "Comune di Castelvetro Marittimo"
YEAR = 2025

# settore (title, dirigente) -> objective (code, title, weight) -> indicator (name, unit, weight, target raw,
#   (op, target number or None), result value, result format, result as truth unit)
SETT = [
    ("Settore 1 – Servizi demografici e al cittadino", "dott.ssa Laura Pennisi", [
        ("01.1", "Ridurre l'attesa allo sportello anagrafe", 0.6, [
            ("Tempo medio di attesa per il rilascio della carta d'identità", "gg", 0.5, "≤ 20 gg", ("le", 20),
             17, '0" gg"'),
            ("Appuntamenti prenotabili on line sul totale", "%", 0.5, "≥ 80%", ("ge", 0.80), 0.874, "0.0%")]),
        ("01.2", "Digitalizzare l'archivio dello stato civile", 0.4, [
            ("Atti di stato civile digitalizzati", "N.", 1, "≥ 6.000", ("ge", 6000), 5430, "#,##0")])]),
    ("Settore 2 – Lavori pubblici e manutenzioni", "ing. Davide Trapani", [
        ("02.1", "Eseguire gli interventi di manutenzione stradale programmati", 0.5, [
            ("Interventi conclusi sul totale programmato", "%", 0.7, "≥ 90%", ("ge", 0.90), 0.82, "0%"),
            ("Tempo medio di chiusura delle segnalazioni di buche", "gg", 0.3, "≤ 10 gg", ("le", 10), 12,
             '0" gg"')]),
        ("02.2", "Completare la riqualificazione della scuola primaria di via Mare", 0.3, [
            ("Collaudo dei lavori di riqualificazione", "date", 1, "entro il 30/09/2025", None, "12/09/2025",
             None)]),
        ("02.3", "Contenere i consumi elettrici dell'illuminazione pubblica", 0.2, [
            ("Consumo annuo dell'illuminazione pubblica (MWh)", "MWh", 1, "≤ 1.900", ("le", 1900), 1845,
             "#,##0")])]),
    ("Settore 3 – Servizi sociali e istruzione", "dott. Marco Iacono", [
        ("03.1", "Ampliare l'offerta dei servizi per la prima infanzia", 0.5, [
            ("Posti nido autorizzati", "N.", 0.5, "≥ 120", ("ge", 120), 126, "0"),
            ("Domande in lista d'attesa soddisfatte", "%", 0.5, "≥ 60%", ("ge", 0.60), 0.555, "0.0%")]),
        ("03.2", "Attivare lo sportello unico per l'assistenza domiciliare", 0.5, [
            ("Sportello unico attivato", "text", 1, "SI", None, "SI", None)])]),
]


def build():
    from openpyxl import Workbook
    name = "h17-report-xlsx-1"
    F = "Calibri"
    st = xl_styles()
    grid = st["grid"]
    wb = Workbook()
    cov = wb.active
    cov.title = "Frontespizio"
    widths(cov, [90])
    for r, (t, sz, b) in enumerate([(ORG, 14, True), ("Relazione sulla performance – anno 2025", 12, True),
                                    ("Allegato B – Grado di raggiungimento degli obiettivi esecutivi", 11, False),
                                    ("Approvata con deliberazione della Giunta comunale n. 87 del 26/05/2026", 10,
                                     False)], 2):
        xl_put(cov, r, 1, t, font=font(F, sz, bold=b), wrap=False)
    ws = wb.create_sheet("Obiettivi 2025")
    widths(ws, [24, 7, 34, 9, 9, 40, 10, 16, 14, 13])
    xl_put(ws, 1, 1, f"{ORG} – Relazione sulla performance 2025: obiettivi esecutivi e indicatori",
           font=font(F, 11, bold=True), wrap=False)
    heads = ["Settore", "Cod.", "Obiettivo", "Peso ob.", "Grado ob.", "Indicatore", "Incidenza ind.",
             "Valore atteso 2025", "Valore rilevato 2025", "% conseguimento"]
    HR = 3
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9, bold=True), fill="FCE4D6", border=grid, halign="center",
               valign="center")
    nodes, inds = [], []
    r = HR + 1
    for stitle, mgr, objs in SETT:
        s_first = r
        nodes.append(node(None, "area", stitle, owners=[mgr]))
        for ocode, otitle, ow, ilist in objs:
            o_first = r
            acc = Decimal(0)
            for iname, unit, iw, traw, tnum, res, rfmt in ilist:
                if tnum is None:
                    rdisp, ach = res, Decimal(100)
                else:
                    rdisp = disp12(res, rfmt)
                    op, tv = tnum
                    rv = Decimal(str(res)) * (100 if rfmt.endswith("%") else 1)
                    tv = Decimal(str(tv)) * (100 if rfmt.endswith("%") else 1)
                    ach = rnd(capped(rv, tv, op), 1)
                acc += ach * Decimal(str(iw))
                xl_put(ws, r, 6, iname, font=font(F, 9), border=grid)
                xl_put(ws, r, 7, iw, font=font(F, 9), border=grid, fmt="0%", halign="center")
                xl_put(ws, r, 8, traw, font=font(F, 9), border=grid, halign="center")
                xl_put(ws, r, 9, res, font=font(F, 9), border=grid, halign="center", fmt=rfmt)
                xl_put(ws, r, 10, float(ach / 100), font=font(F, 9), border=grid, halign="center", fmt="0.0%")
                inds.append(ind(iname, ocode, unit=unit, weight=disp12(iw, "0%"), targets=[(YEAR, traw)],
                                results=[(YEAR, rdisp)], achievement=[(YEAR, disp12(float(ach / 100), "0.0%"))]))
                r += 1
            grade = rnd(acc, 1)
            vals = [(2, ocode, None), (3, otitle, None), (4, ow, "0%"), (5, float(grade / 100), "0.0%")]
            for c, v, fm in vals:
                xl_put(ws, o_first, c, v, font=font(F, 9, bold=c == 3), border=grid, fmt=fm,
                       halign="center" if c != 3 else None, valign="center" if c != 3 else "top")
                if r - o_first > 1:
                    ws.merge_cells(start_row=o_first, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, o_first, c, r - 1, c, grid)
            nodes.append(node(ocode, "operational", otitle, parent=stitle, weight=disp12(ow, "0%"),
                              achievement=[(YEAR, disp12(float(grade / 100), "0.0%"))]))
        ws.merge_cells(start_row=s_first, start_column=1, end_row=r - 1, end_column=1)
        xl_put(ws, s_first, 1, f"{stitle}\nDirigente: {mgr}", font=font(F, 9, bold=True), border=grid,
               fill="F2F2F2", valign="center")
        xl_box(ws, s_first, 1, r - 1, 1, grid)
    xl_fit_rows(ws, HR, r - 1, pt=9)
    ws.row_dimensions[HR].height = 28
    ws.freeze_panes = ws.cell(row=HR + 1, column=1)
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}")
    nt = wb.create_sheet("Note")
    widths(nt, [110])
    for k, t in enumerate(["Il peso degli obiettivi è riferito al settore di appartenenza; l'incidenza degli "
                           "indicatori all'obiettivo.",
                           "La % di conseguimento è il rapporto tra valore rilevato e valore atteso (inverso per gli "
                           "indicatori da ridurre), con un massimo del 100%.",
                           "Il grado dell'obiettivo è la media delle % di conseguimento ponderata con l'incidenza "
                           "degli indicatori."], 1):
        xl_put(nt, k, 1, t, font=font(F, 9), wrap=False)
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, [YEAR], kind="report")], nodes, inds)
    readme17(d, name, "report", XLSX.format(script=SCRIPT), """
Three sheets: `Frontespizio` (body, title, approval line), `Obiettivi 2025` (the data), `Note` (three sentences on
weights and grades). The data sheet: title row, header `Settore | Cod. | Obiettivo | Peso ob. | Grado ob. |
Indicatore | Incidenza ind. | Valore atteso 2025 | Valore rilevato 2025 | % conseguimento` (frozen, repeated on print).
`Settore` (name + line break + `Dirigente: …`) merged down over all its rows; objective code, title, weight (`0%`
cell) and grade (`0.0%` cell) merged down over the objective's indicator rows. Results are NUMBER cells with formats
`0" gg"`, `0.0%`, `0%`, `#,##0`, `0`, or text (`12/09/2025`, `SI`). Truth: settori as `area` nodes (no code, no
weight, owners = Dirigente), objectives `operational` with parent = settore title; raws as displayed in an Italian
locale.
""", ["objectives weighted within their settore, indicators within their objective",
      "objective weight AND grade before the indicator columns", "settore and Dirigente in one merged cell",
      "results as number cells with unit formats", "cover and notes sheets around the data"],
     ["achievements capped at 100% (`126` against `≥ 120`, `17 gg` against `≤ 20 gg`)",
      "lower-is-better achievements computed as target / result (`12 gg` against `≤ 10 gg` → 83,3%)",
      "objective grades are WEIGHTED means of the indicator grades, not plain means",
      "a date result before the `entro il` deadline and a `SI` result score 100%",
      "objective weights sum to 100% within each settore, not across the document"], [])
    return name


if __name__ == "__main__":
    print(build())
