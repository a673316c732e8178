#!/usr/bin/python3
"""Genre: dashboard. gen5-dashboard-lo-1: a hospital trust's board printed by LibreOffice from a workbook; the AREA is a
first column merged down over its indicators (`Area 1` + line break + title), with its weight in a second merged
column; baselines as `0.0%` number cells; TARGETS AS NUMBER CELLS whose custom formats print the operator
(`"≥ "0.0%` → `≥ 90,0%`); thirds `33,33%`; an `Andamento` column with arrows; clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common5 import (case_dir, doc, genre_readme, grp, ind, lo_pdf, node, pct, write_truth, xl_box,  # noqa: E402
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)


def dashboard_lo():
    from openpyxl import Workbook
    name = "gen5-dashboard-lo-1"
    org = "Azienda Ospedaliera Universitaria San Lazzaro di Valpenna"
    GEP, LEP, LEG, GEN = '"≥ "0.0%', '"≤ "0.0%', '"≤ "0" gg"', '"≥ "#,##0'
    P1, GG, N0 = "0.0%", '0" gg"', "#,##0"
    # area: (code, title, weight, indicators); indicator: (code, name, weight, fmt base, b24, b25, fmt target, target, unit)
    areas = [
        ("1", "Accesso e tempi di attesa", 0.30, [
            ("AC01", "Prime visite erogate entro i tempi della classe di priorità B", 0.40, P1, 0.812, 0.846, GEP, 0.90, "%"),
            ("AC02", "Accessi in pronto soccorso con permanenza superiore a 8 ore", 0.30, P1, 0.071, 0.064, LEP, 0.05, "%"),
            ("AC03", "Tempo medio di attesa per gli interventi chirurgici oncologici", 0.30, GG, 33, 29, LEG, 28, "gg")]),
        ("2", "Appropriatezza ed esiti delle cure", 0.40, [
            ("ES01", "Parti cesarei primari sul totale dei parti", 0.25, P1, 0.224, 0.213, LEP, 0.20, "%"),
            ("ES02", "Interventi per frattura di femore entro 48 ore nei pazienti over 65", 0.25, P1, 0.688, 0.731, GEP, 0.75, "%"),
            ("ES03", "Ricoveri ripetuti entro 30 giorni dalla dimissione", 0.25, P1, 0.068, 0.061, LEP, 0.055, "%"),
            ("ES04", "Colecistectomie laparoscopiche con degenza inferiore a 3 giorni", 0.25, P1, 0.752, 0.779, GEP, 0.80, "%")]),
        ("3", "Sostenibilità e innovazione organizzativa", 0.30, [
            ("SO01", "Dipendenti formati sulla gestione del rischio clinico", 0.3333, P1, 0.58, 0.66, GEP, 0.75, "%"),
            ("SO02", "Farmaci biosimilari sul totale della classe terapeutica", 0.3333, P1, 0.41, 0.39, GEP, 0.55, "%"),
            ("SO03", "Referti consegnati tramite fascicolo sanitario elettronico", 0.3334, N0, 184500, 221300, GEN, 250000, None)]),
    ]

    def disp(fmt, x):
        return {P1: lambda: pct(x, 1), GG: lambda: f"{x} gg", N0: lambda: grp(x), GEP: lambda: "≥ " + pct(x, 1),
                LEP: lambda: "≤ " + pct(x, 1), LEG: lambda: f"≤ {x} gg", GEN: lambda: "≥ " + grp(x)}[fmt]()

    trend = {True: "▲ in miglioramento", False: "▼ in peggioramento"}
    S = xl_styles()
    Font, grid, Alignment = S["Font"], S["grid"], S["Alignment"]
    F = "DejaVu Sans"
    f8, fb = Font(name=F, size=8), Font(name=F, size=8, bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Cruscotto 2026"
    for k, w in zip("ABCDEFGHI", (20, 8, 7, 40, 9, 10, 10, 11, 17)):
        ws.column_dimensions[k].width = w
    xl_put(ws, 1, 1, org, font=Font(name=F, size=11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Cruscotto direzionale degli indicatori di performance – anno 2026", font=Font(name=F, size=9),
           wrap=False)
    xl_put(ws, 3, 1, "Aggiornato con i dati consuntivi al 31/12/2025", font=Font(name=F, size=7, italic=True), wrap=False)
    heads = ["Area", "Peso area", "Cod.", "Indicatore", "Peso", "Valore 2024", "Valore 2025", "Target 2026", "Andamento"]
    for c, t in enumerate(heads, 1):
        xl_put(ws, 5, c, t, font=Font(name=F, size=8, bold=True, color="FFFFFF"), fill="1F4E79", border=grid,
               halign="center", valign="center")
    r = 6
    nodes, inds = [], []
    fills = {"1": "DEEBF7", "2": "E2EFDA", "3": "FFF2CC"}
    for acode, atitle, aw, ilist in areas:
        r0 = r
        nodes.append(node(acode, "area", atitle, weight=pct(aw, 0)))
        for code, iname, iw, bf, b24, b25, tf, t, unit in ilist:
            xl_put(ws, r, 3, code, font=f8, border=grid)
            xl_put(ws, r, 4, iname, font=f8, border=grid)
            xl_put(ws, r, 5, iw, font=f8, border=grid, fmt="0.00%", halign="right")
            xl_put(ws, r, 6, b24, font=f8, border=grid, fmt=bf, halign="right")
            xl_put(ws, r, 7, b25, font=f8, border=grid, fmt=bf, halign="right")
            xl_put(ws, r, 8, t, font=fb, border=grid, fmt=tf, halign="right")
            better = (b25 > b24) == (tf in (GEP, GEN))
            xl_put(ws, r, 9, trend[better], font=Font(name=F, size=8, color="2E7D32" if better else "C62828"),
                   border=grid)
            inds.append(ind(iname, acode, code=code, unit=unit, weight=pct(iw, 2),
                            baselines=[(2024, disp(bf, b24)), (2025, disp(bf, b25))], targets=[(2026, disp(tf, t))]))
            r += 1
        xl_put(ws, r0, 1, f"Area {acode}\n{atitle}", font=fb, fill=fills[acode], border=grid, valign="center")
        xl_put(ws, r0, 2, aw, font=fb, fill=fills[acode], border=grid, fmt="0%", halign="center", valign="center")
        ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=r0, start_column=2, end_row=r - 1, end_column=2)
        xl_box(ws, r0, 1, r - 1, 2, grid)
    xl_put(ws, r + 1, 1, "Legenda: ▲ valore 2025 migliore del 2024 rispetto alla polarità dell'indicatore; "
           "▼ valore peggiore. Il target è il valore soglia da raggiungere nel 2026.", font=Font(name=F, size=7, italic=True),
           wrap=False)
    xl_fit_rows(ws, 5, r - 1, pt=8)
    ws.freeze_panes = "E6"
    xl_page(ws, landscape=False)
    ws.oddFooter.right.text = "Pagina &P"
    d = case_dir(name)
    tmp = os.path.join(d, "src.xlsx")
    xl_save(wb, tmp)
    lo_pdf(tmp, os.path.join(d, "input.pdf"))
    os.remove(tmp)
    write_truth(d, [doc(org, [2026], kind="dashboard")], nodes, inds)
    genre_readme(d, name, "dashboard", "openpyxl workbook converted to PDF by LibreOffice.", """
Portrait A4, DejaVu Sans 8 pt, ruled grid, white-on-blue header. Three title lines (the hospital trust, `Cruscotto
direzionale degli indicatori di performance – anno 2026`, an italic update line with a date), then one table
`Area | Peso area | Cod. | Indicatore | Peso | Valore 2024 | Valore 2025 | Target 2026 | Andamento`. The AREA is not a
band: it is the first column, merged down over its indicators and coloured per area, holding `Area 1` and, after a
line break, the title (`Accesso e tempi di attesa`; truth code `1`, title after the break); its weight sits in the
second column, merged the same way (`30%`). Indicator rows: code `AC01`, name, weight (number cells `0.00%`: `40,00%`,
thirds `33,33%` + `33,33%` + `33,34%`), two past values as number cells (`81,2%` with `0.0%`, `33 gg` with
`0" gg"`, `184.500` with `#,##0`) and the 2026 target as a NUMBER cell whose custom format prints the operator
(`"≥ "0.0%` → `≥ 90,0%`, `"≤ "0" gg"` → `≤ 28 gg`, `"≥ "#,##0` → `≥ 250.000`). `Andamento` (`▲ in
miglioramento` / `▼ in peggioramento`) is not part of the truth. A legend line follows the table. Areas are level
`area`; indicators point at the area code.
""", ["area as a merged first column (code and title on two lines of one cell) with a merged area-weight column",
      "targets stored as numbers with operator-printing custom formats (`\"≥ \"0.0%`, `\"≤ \"0\" gg\"`, `\"≥ \"#,##0`)",
      "baselines as number cells `0.0%`, `0\" gg\"`, `#,##0`; two baseline years",
      "indicator weights `0.00%` with thirds 33,33/33,33/33,34",
      "`Andamento` column with arrows ▲ ▼",
      "portrait, DejaVu Sans 8 pt, coloured header, frozen panes"], [])
    return name


if __name__ == "__main__":
    print(dashboard_lo())
