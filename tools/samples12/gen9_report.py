#!/usr/bin/python3
"""gen9-report-xlsx-1: a pension institute's results report 2025 kept as .xlsx. One sheet, codes `R.A.2` / `R.A.2.1`
/ `R.A.2.1a` telling the level; `Ponderazione` as `0%` / `0.00%` fraction cells at every level (thirds 33,33 + 33,33 +
33,34); `Valore atteso 2025` as text with operators; `Valore rilevato 2025` as number cells (`0.0%`, `#,##0`,
`0" gg"`), a DATE cell and `SI`; `Grado di raggiungimento` as `0.00%` cells CAPPED at 100% (results beyond the target
print 100,00%); objective grades are the weighted means of their children; `Note` column; frozen panes, autofilter;
a second sheet with the method. Clean. Content is invented."""
import datetime
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (XLSX, capped, case_dir, disp12, doc, font, genre_readme, ind, node, rnd, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_page, xl_put, xl_save)

SCRIPT = "gen9_report.py"
ORG = "Istituto di Previdenza Complementare dei Dipendenti Regionali"
YEAR = 2025
DATE = datetime.date

# strategic (code, title, weight) -> operational (code, title, weight) -> indicator (code, name, U.M., weight,
# target text, (op, target value), result (value, fmt), note)
TREE = [
    ("R.A.1", "Qualità e tempestività delle prestazioni agli iscritti", Decimal("0.40"), [
        ("R.A.1.1", "Ridurre i tempi di liquidazione delle prestazioni pensionistiche", Decimal("0.60"), [
            ("R.A.1.1a", "Tempo medio di liquidazione della prima rata di pensione", "gg", Decimal("0.50"),
             "≤ 30 gg", ("le", 30), (34, '0" gg"'), None),
            ("R.A.1.1b", "Pratiche di riscatto definite entro 90 giorni", "%", Decimal("0.50"), "≥ 90%",
             ("ge", 90), (0.846, "0.0%"), None)]),
        ("R.A.1.2", "Rafforzare i canali di contatto digitali con gli iscritti", Decimal("0.40"), [
            ("R.A.1.2a", "Richieste di anticipazione presentate on line sul totale", "%", Decimal("0.3333"),
             "≥ 75%", ("ge", 75), (0.812, "0.0%"), "Valore superiore al target: grado limitato al 100%"),
            ("R.A.1.2b", "Iscritti registrati all'area riservata", "n.", Decimal("0.3333"), "≥ 18.000",
             ("ge", 18000), (19240, "#,##0"), "Valore superiore al target: grado limitato al 100%"),
            ("R.A.1.2c", "Tempo medio di risposta alle richieste via PEC", "gg", Decimal("0.3334"), "≤ 5 gg",
             ("le", 5), (4, '0" gg"'), None)])]),
    ("R.A.2", "Sostenibilità e rendimento della gestione finanziaria", Decimal("0.35"), [
        ("R.A.2.1", "Diversificare gli investimenti del patrimonio", Decimal("1"), [
            ("R.A.2.1a", "Quota del patrimonio investita in fondi con criteri ESG", "%", Decimal("0.40"), "≥ 30%",
             ("ge", 30), (0.276, "0.0%"), "Slittamento dell'avvio del secondo mandato di gestione"),
            ("R.A.2.1b", "Adozione della nuova asset allocation strategica", "data", Decimal("0.30"),
             "entro il 30/06/2025", ("date", "2025-06-30"), (DATE(2025, 5, 12), "DD/MM/YYYY"), None),
            ("R.A.2.1c", "Costi di gestione amministrativa per iscritto", "euro", Decimal("0.30"), "≤ 48,00 €",
             ("le", 48), (46.3, '#,##0.00 "€"'), None)])]),
    ("R.A.3", "Efficienza e trasparenza dell'organizzazione", Decimal("0.25"), [
        ("R.A.3.1", "Completare la revisione del sistema dei controlli interni", Decimal("0.50"), [
            ("R.A.3.1a", "Approvazione del nuovo regolamento dei controlli interni", "SI/NO", Decimal("1"), "SI",
             ("yesno", "SI"), ("SI", None), None)]),
        ("R.A.3.2", "Sviluppare le competenze del personale", Decimal("0.50"), [
            ("R.A.3.2a", "Ore di formazione per dipendente", "n.", Decimal("0.60"), "≥ 24", ("ge", 24),
             (21, "#,##0"), None),
            ("R.A.3.2b", "Dipendenti coinvolti in almeno un corso sulla sicurezza informatica", "%", Decimal("0.40"),
             "= 100%", ("ge", 100), (1.0, "0%"), None)])]),
]
UNIT = {"gg": "gg", "%": "%", "n.": "N.", "data": "date", "euro": "EUR", "SI/NO": "text"}


def grade(op, tv, res):
    """Achievement on the 0-100 scale, capped."""
    kind, t = op
    if kind == "date":
        return Decimal(100) if res.isoformat() <= t else Decimal(0)
    if kind == "yesno":
        return Decimal(100) if res == t else Decimal(0)
    r = Decimal(str(res))
    if isinstance(res, float) and r < 2 and t > 2:
        r = r * 100
    return capped(r, t, kind)


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    name = "gen9-report-xlsx-1"
    F = "Calibri"
    thin = Side(style="thin", color="9AA5B1")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    ws = wb.active
    ws.title = "Relazione 2025"
    widths(ws, [11, 54, 13, 8, 18, 16, 15, 36])
    xl_put(ws, 1, 1, ORG, font=font(F, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance 2025 – Allegato A: risultati degli obiettivi e degli indicatori",
           font=font(F, 11), wrap=False)
    xl_put(ws, 3, 1, "Dati consolidati al 31/12/2025", font=font(F, 9, italic=True), wrap=False)
    heads = ["Codice", "Obiettivo / indicatore", "Ponderazione", "U.M.", "Valore atteso 2025",
             "Valore rilevato 2025", "Grado di raggiungimento", "Note"]
    HR = 5
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 10, bold=True, color="FFFFFF"), fill="1F4E79", border=grid,
               halign="center", valign="center")
    ws.row_dimensions[HR].height = 30
    r = HR + 1
    nodes, inds = [], []
    for scode, stitle, sw, ops in TREE:
        srow = r
        r += 1
        ograds = []
        for ocode, otitle, ow, ilist in ops:
            orow = r
            r += 1
            igr = []
            for icode, iname, um, iw, ttext, op, (rv, rfmt), note in ilist:
                g = rnd(grade(op, None, rv), 2)
                igr.append((iw, g))
                f10 = font(F, 10)
                xl_put(ws, r, 1, icode, font=f10, border=grid)
                xl_put(ws, r, 2, iname, font=f10, border=grid, indent=2)
                wfmt = "0%" if (iw * 100) == int(iw * 100) else "0.00%"
                xl_put(ws, r, 3, float(iw), font=f10, border=grid, fmt=wfmt, halign="center")
                xl_put(ws, r, 4, um, font=f10, border=grid, halign="center")
                xl_put(ws, r, 5, ttext, font=f10, border=grid, halign="center")
                if rfmt:
                    xl_put(ws, r, 6, rv, font=f10, border=grid, fmt=rfmt, halign="center")
                    rraw = disp12(rv, rfmt)
                else:
                    xl_put(ws, r, 6, rv, font=f10, border=grid, halign="center")
                    rraw = rv
                xl_put(ws, r, 7, float(g / 100), font=f10, border=grid, fmt="0.00%", halign="center")
                xl_put(ws, r, 8, note, font=font(F, 9, italic=True), border=grid)
                inds.append(ind(iname, ocode, code=icode, unit=UNIT[um], weight=disp12(float(iw), wfmt),
                                targets=[(YEAR, ttext)], results=[(YEAR, rraw)],
                                achievement=[(YEAR, disp12(float(g / 100), "0.00%"))],
                                notes=[note] if note else []))
                r += 1
            og = rnd(sum(w * g for w, g in igr) / sum(w for w, _ in igr), 2)
            ograds.append((ow, og))
            fo = font(F, 10, bold=True, italic=True)
            for c in range(1, 9):
                xl_put(ws, orow, c, None, fill="EAF1F8", border=grid)
            xl_put(ws, orow, 1, ocode, font=fo, fill="EAF1F8", border=grid)
            xl_put(ws, orow, 2, otitle, font=fo, fill="EAF1F8", border=grid, indent=1)
            xl_put(ws, orow, 3, float(ow), font=fo, fill="EAF1F8", border=grid, fmt="0%", halign="center")
            xl_put(ws, orow, 7, float(og / 100), font=fo, fill="EAF1F8", border=grid, fmt="0.00%", halign="center")
            nodes.append(node(ocode, "operational", otitle, parent=scode, weight=disp12(float(ow), "0%"),
                              achievement=[(YEAR, disp12(float(og / 100), "0.00%"))]))
        sg = rnd(sum(w * g for w, g in ograds) / sum(w for w, _ in ograds), 2)
        fs = font(F, 10.5, bold=True)
        for c in range(1, 9):
            xl_put(ws, srow, c, None, fill="BDD7EE", border=grid)
        xl_put(ws, srow, 1, scode, font=fs, fill="BDD7EE", border=grid)
        xl_put(ws, srow, 2, stitle, font=fs, fill="BDD7EE", border=grid)
        xl_put(ws, srow, 3, float(sw), font=fs, fill="BDD7EE", border=grid, fmt="0%", halign="center")
        xl_put(ws, srow, 7, float(sg / 100), font=fs, fill="BDD7EE", border=grid, fmt="0.00%", halign="center")
        nodes.insert(len(nodes) - len(ops), node(scode, "strategic", stitle, weight=disp12(float(sw), "0%"),
                                                 achievement=[(YEAR, disp12(float(sg / 100), "0.00%"))]))
    xl_fit_rows(ws, HR + 1, r - 1, pt=10)
    ws.freeze_panes = ws.cell(row=HR + 1, column=3)
    ws.auto_filter.ref = f"A{HR}:H{r - 1}"
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}")
    ws2 = wb.create_sheet("Note metodologiche")
    widths(ws2, [110])
    notes = ["Il grado di raggiungimento di ciascun indicatore è il rapporto tra valore rilevato e valore atteso "
             "(per gli indicatori da ridurre, il rapporto inverso), limitato al 100%.",
             "Per gli indicatori espressi come data o come SI/NO il grado è 100% se l'adempimento è avvenuto entro il "
             "termine, altrimenti 0%.",
             "Il grado di raggiungimento degli obiettivi operativi e strategici è la media ponderata dei gradi dei "
             "livelli sottostanti secondo la ponderazione indicata.",
             "Fonte dei dati: sistema di controllo di gestione e procedure gestionali dell'Istituto."]
    for k, tx in enumerate(notes, 1):
        xl_put(ws2, k, 1, tx, font=font(F, 10))
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, [YEAR], kind="report")], nodes, inds)
    genre_readme(d, name, "report", XLSX.format(script=SCRIPT), """
Workbook with two sheets. `Relazione 2025`: three title lines (the institute, `Relazione sulla performance 2025 –
Allegato A: risultati degli obiettivi e degli indicatori`, `Dati consolidati al 31/12/2025`), a blank row, the header
in row 5 (`Codice | Obiettivo / indicatore | Ponderazione | U.M. | Valore atteso 2025 | Valore rilevato 2025 | Grado
di raggiungimento | Note`, dark blue), frozen panes under it and an autofilter. ONE list for all levels, the level
told by the code shape (`R.A.2` strategic, `R.A.2.1` operational, `R.A.2.1a` indicator) and by the look (blue bold,
light-blue bold italic, plain indented). `Ponderazione` is a fraction cell at every level (`0%`, or `0.00%` for the
thirds 33,33% + 33,33% + 33,34%). Targets are text (`≥ 90%`, `≤ 30 gg`, `≥ 18.000`, `entro il 30/06/2025`, `SI`,
`= 100%`, `≤ 48,00 €`); results are number cells (`0.0%`, `#,##0`, `0" gg"`, `#,##0.00 "€"`), a DATE cell
(`DD/MM/YYYY`) and the text `SI`; grades are `0.00%` cells, CAPPED at 100% (two notes say so where the result beats
the target). Objective rows leave U.M./target/result empty and carry the weighted mean of their children's grades.
`Note metodologiche` explains the method. Truth: raws as Italian LibreOffice displays the cells (`33,33%`, `84,6%`,
`19.240`, `12/05/2025`, `46,30 €`); strategic → operational → indicator; achievements at every level; the Note texts
are indicator notes.
""", ["level told only by code shape and formatting (`R.A.2` / `R.A.2.1` / `R.A.2.1a`)",
      "achievements capped at 100% where the result beats the target (`81,2%` vs `≥ 75%`, `19.240` vs `≥ 18.000`, "
      "`4 gg` vs `≤ 5 gg`, a date before the deadline)",
      "weights as fraction cells, thirds `33,33% + 33,33% + 33,34%`",
      "results as number cells with formats, a date cell, `SI`",
      "header synonyms `Ponderazione`, `Valore atteso`, `Valore rilevato`, `Grado di raggiungimento`",
      "frozen panes, autofilter, notes sheet"], [])
    return name


if __name__ == "__main__":
    print(build())
