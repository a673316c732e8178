#!/usr/bin/python3
"""h21-pira-lo-1: PIRA of a regional park authority, openpyxl workbook printed to PDF by LibreOffice. Clean.

Landscape, URW Gothic 8 pt. The indicator table names the years only RELATIVELY: `Valore atteso` over `Anno N |
Anno N+1 | Anno N+2`, the title block saying `N = 2026`. Mission and programme merged down the first two columns
(`09 – name`); baseline `Situazione di partenza` with the reference DATE in parentheses (`46% (31/12/2024)`), the
date varying by row. The resources are NOT in the indicator table: a separate summary `Quadro riassuntivo delle
risorse` after a manual page break lists the stanziamento per objective (`#,##0.00` number cells) and the total.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (LO_XLSX, case_dir21, disp, doc, font, ind, lo_pdf_of, node, readme13,  # noqa: E402
                      widths, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

NAME = "h21-pira-lo-1"
ORG = "Ente Parco Regionale dei Monti Picentini"
YEARS = [2026, 2027, 2028]
FONT = "URW Gothic"

# mission, programme, [(code, title, resources, [indicators])]
# indicator: (name, type, formula, unit_shown, unit_truth, baseline_cell, (base_year, base_raw), [targets N..N+2])
PLAN = [
    ("09", "Sviluppo sostenibile e tutela del territorio e dell'ambiente",
     "05", "Aree protette, parchi naturali, protezione naturalistica e forestazione", [
         ("1.1", "Tutelare gli habitat e le specie di interesse comunitario", 412500, [
             ("Superficie di habitat monitorata sul totale dei siti Natura 2000 del Parco",
              "Indicatore di realizzazione fisica", "Ettari monitorati / ettari dei siti Natura 2000 x 100",
              "%", "%", "46% (31/12/2024)", (2024, "46%"), [">= 55%", ">= 65%", ">= 75%"]),
             ("Specie target dotate di piano d'azione approvato", "Indicatore di risultato (output)",
              "Conteggio dei piani d'azione approvati dal Consiglio direttivo", "numero", "N.",
              "3 (31/12/2024)", (2024, "3"), [">= 4", ">= 6", ">= 8"]),
         ]),
         ("1.2", "Prevenire gli incendi boschivi e ridurne gli effetti", 268000, [
             ("Tempo medio di primo intervento delle squadre antincendio", "Indicatore di impatto (outcome)",
              "Somma dei tempi di intervento / numero di interventi", "minuti", "min",
              "38 min (31/12/2024)", (2024, "38 min"), ["<= 35 min", "<= 32 min", "<= 30 min"]),
             ("Superficie boscata percorsa dal fuoco nell'anno", "Indicatore di impatto (outcome)",
              "Ettari percorsi dal fuoco rilevati dai Carabinieri forestali", "ettari", "ha",
              "112 ha (31/12/2024)", (2024, "112 ha"), ["<= 100 ha", "<= 90 ha", "<= 80 ha"]),
         ]),
     ]),
    ("07", "Turismo", "01", "Sviluppo e valorizzazione del turismo", [
        ("2.1", "Promuovere la fruizione sostenibile del Parco", 185300, [
            ("Visitatori registrati nei centri visita", "Indicatore di risultato (output)",
             "Somma degli ingressi registrati nei tre centri visita", "numero", "N.",
             "18.400 (31/12/2024)", (2024, "18.400"), [">= 19.000", ">= 20.000", ">= 21.000"]),
            ("Sentieri della rete escursionistica con segnaletica conforme", "Indicatore di realizzazione fisica",
             "Km di sentieri con segnaletica conforme / km totali x 100", "%", "%",
             "n.d.", None, [">= 60%", ">= 75%", ">= 90%"]),
        ]),
    ]),
    ("01", "Servizi istituzionali, generali e di gestione", "11", "Altri servizi generali", [
        ("3.1", "Assicurare tempestività dei pagamenti e dei procedimenti autorizzativi", 42000, [
            ("Indicatore annuale di tempestività dei pagamenti", "Indicatore di realizzazione finanziaria",
             "Ritardo medio ponderato dei pagamenti rispetto alla scadenza (DPCM 22/09/2014)", "giorni", "gg",
             "3 gg (31/12/2025)", (2025, "3 gg"), ["<= 0 gg", "<= 0 gg", "<= 0 gg"]),
            ("Nulla osta rilasciati entro 60 giorni dalla richiesta", "Indicatore di risultato (output)",
             "Nulla osta rilasciati entro 60 giorni / nulla osta rilasciati x 100", "%", "%",
             "92% (31/12/2025)", (2025, "92%"), ["= 100%", "= 100%", "= 100%"]),
        ]),
    ]),
]


def build():
    from openpyxl import Workbook
    st = xl_styles()
    thin, Side, Border = st["Side"], st["Side"], st["Border"]
    grid = Border(left=Side(style="hair", color="555555"), right=Side(style="hair", color="555555"),
                  top=Side(style="thin", color="555555"), bottom=Side(style="thin", color="555555"))
    del thin
    d = case_dir21(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "PIRA 2026-2028"
    widths(ws, [14, 16, 5, 22, 26, 15, 26, 9, 13, 9, 9, 9])
    f = lambda **k: font(FONT, k.pop("size", 9), **k)  # noqa: E731
    xl_put(ws, 1, 1, ORG.upper(), font=f(size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio – Bilancio di previsione 2026-2028 "
           "(art. 41 D.Lgs. 118/2011)", font=f(size=9), wrap=False)
    xl_put(ws, 3, 1, "Anno N = 2026 (primo anno del bilancio di previsione); i valori attesi sono riferiti agli "
           "esercizi N, N+1 e N+2.", font=f(size=8, italic=True), wrap=False)
    hdr = ["Missione", "Programma", "Cod.", "Obiettivo", "Indicatore", "Tipologia", "Formula di calcolo",
           "Unità di misura", "Situazione di partenza", "Valore atteso"]
    fill = "D9E2C4"
    for c, h in enumerate(hdr, 1):
        xl_put(ws, 5, c, h, font=f(bold=True), fill=fill, border=grid, halign="center", valign="center")
    ws.merge_cells(start_row=5, start_column=10, end_row=5, end_column=12)
    for c in range(1, 10):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    for c, h in zip((10, 11, 12), ("Anno N", "Anno N+1", "Anno N+2")):
        xl_put(ws, 6, c, h, font=f(bold=True), fill=fill, border=grid, halign="center")
    xl_box(ws, 5, 1, 6, 12, grid)
    r = 7
    nodes, inds, summary = [], [], []
    for mcode, mname, pcode, pname, objs in PLAN:
        m_first = r
        for code, title, res, kpis in objs:
            o_first = r
            nodes.append(node(code, "strategic", title, None, resources=[disp(res, "#,##0.00")],
                              mission=mcode, programme=pcode))
            summary.append((mcode, pcode, code, title, res))
            for name, typ, formula, ushow, utruth, bcell, base, tg in kpis:
                xl_put(ws, r, 5, name, font=f(), border=grid)
                xl_put(ws, r, 6, typ, font=f(italic=True), border=grid)
                xl_put(ws, r, 7, formula, font=f(), border=grid)
                xl_put(ws, r, 8, ushow, font=f(), border=grid, halign="center")
                xl_put(ws, r, 9, bcell, font=f(), border=grid, halign="center")
                for k, t in enumerate(tg):
                    xl_put(ws, r, 10 + k, t, font=f(), border=grid, halign="center")
                inds.append(ind(name, code, unit=utruth, type=typ, formula_text=formula,
                                baselines=[base] if base else [], targets=list(zip(YEARS, tg))))
                r += 1
            xl_put(ws, o_first, 3, code, font=f(bold=True), border=grid, halign="center")
            xl_put(ws, o_first, 4, title, font=f(bold=True), border=grid)
            if r - 1 > o_first:
                ws.merge_cells(start_row=o_first, start_column=3, end_row=r - 1, end_column=3)
                ws.merge_cells(start_row=o_first, start_column=4, end_row=r - 1, end_column=4)
            xl_box(ws, o_first, 3, r - 1, 4, grid)
        xl_put(ws, m_first, 1, f"{mcode} – {mname}", font=f(bold=True), border=grid, fill="F1F4EA")
        xl_put(ws, m_first, 2, f"{pcode} – {pname}", font=f(), border=grid, fill="F1F4EA")
        if r - 1 > m_first:
            ws.merge_cells(start_row=m_first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=m_first, start_column=2, end_row=r - 1, end_column=2)
        xl_box(ws, m_first, 1, r - 1, 2, grid)
    last_table = r - 1
    xl_put(ws, r + 1, 1, "n.d. = dato non disponibile (indicatore di nuova rilevazione). Tra parentesi la data di "
           "riferimento della situazione di partenza.", font=f(size=7, italic=True), wrap=False)
    xl_fit_rows(ws, 7, last_table, pt=9, narrow=0.95)
    xl_page(ws, landscape=True, title_rows="5:6", margins=0.45)
    ws.print_area = f"A1:L{r + 1}"
    # summary of resources, on its own sheet (printed as the next page)
    ws2 = wb.create_sheet("Risorse")
    widths(ws2, [14, 14, 8, 60, 24])
    ws = ws2
    s0 = 1
    xl_put(ws, s0, 1, "Quadro riassuntivo delle risorse finanziarie per obiettivo – stanziamenti di competenza "
           "anno N (euro)", font=f(size=10, bold=True), wrap=False)
    sh = ["Missione", "Programma", "Cod.", "Obiettivo", "Stanziamento anno N"]
    for c, h in enumerate(sh, 1):
        xl_put(ws, s0 + 2, c, h, font=f(bold=True), fill=fill, border=grid, halign="center")
    rr = s0 + 3
    for mcode, pcode, code, title, res in summary:
        xl_put(ws, rr, 1, mcode, font=f(), border=grid, halign="center")
        xl_put(ws, rr, 2, pcode, font=f(), border=grid, halign="center")
        xl_put(ws, rr, 3, code, font=f(), border=grid, halign="center")
        xl_put(ws, rr, 4, title, font=f(), border=grid)
        xl_put(ws, rr, 5, res, font=f(), border=grid, halign="right", fmt="#,##0.00")
        rr += 1
    total = sum(x[4] for x in summary)
    xl_put(ws, rr, 1, "Totale", font=f(bold=True), border=grid)
    ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=4)
    xl_box(ws, rr, 1, rr, 4, grid)
    xl_put(ws, rr, 5, total, font=f(bold=True), border=grid, halign="right", fmt="#,##0.00")
    xl_fit_rows(ws, s0 + 3, rr, pt=9, narrow=0.95)
    xl_put(ws, rr + 2, 1, "Il Direttore del Parco – dott. for. Alfonso Ruggiero", font=f(size=8), wrap=False)
    xl_page(ws, landscape=True, margins=0.45)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="pira_parco")
    write_truth(d, [doc(ORG, YEARS, kind="pira")], nodes, inds, resources_total=disp(total, "#,##0.00"))
    readme13(
        d, NAME, "pira", LO_XLSX.format(script="h21_pira.py"),
        "Landscape A4, URW Gothic 8 pt, hairline verticals and thin horizontal rules. Title block naming the body, "
        "the budget 2026-2028 and `Anno N = 2026`. Indicator table `Missione | Programma | Cod. | Obiettivo | "
        "Indicatore | Tipologia | Formula di calcolo | Unità di misura | Situazione di partenza | Valore atteso` with "
        "`Anno N | Anno N+1 | Anno N+2` under `Valore atteso`; mission and programme merged down as `09 – name`; "
        "objective code and title merged down. On a second sheet (the next page), `Quadro riassuntivo delle risorse "
        "finanziarie per obiettivo` (`Missione | Programma | Cod. | Obiettivo | Stanziamento anno N`, `#,##0.00`) "
        "with a `Totale` row. Truth: objectives `strategic` with mission/programme codes; resources from the "
        "summary; `Anno N/N+1/N+2` → 2026/2027/2028; baseline raw = the value before the parenthesis, year = the "
        "year of the date in it; formula in words → `formula_text`; units in words mapped (`numero` → `N.`, "
        "`minuti` → `min`, `giorni` → `gg`, `ettari` → `ha`); resources_total = `Totale`.",
        ["years only as `Anno N`, `Anno N+1`, `Anno N+2` (N stated in the title block)",
         "resources NOT next to the indicators: a summary table on the next page (second sheet), per objective, with total",
         "baseline reference DATE in parentheses (`(31/12/2024)`), 2024 or 2025 depending on the row",
         "units spelled out (`numero`, `minuti`, `ettari`, `giorni`)",
         "URW Gothic font, landscape, header rows repeated by the print titles"],
        ["resources 412.500,00 + 268.000,00 + 185.300,00 + 42.000,00 = 907.800,00: the printed total matches",
         "`<= 35 min` → `<= 32 min` → `<= 30 min` and `<= 100 ha` → `<= 80 ha`: falling values, lower is better",
         "`<= 0 gg` flat three years against a starting 3 gg late: ambitious (lower is better)",
         "`= 100%` flat three years (mantenimento) against 92%",
         "`n.d.` starting value for a new indicator: the targets are all there",
         "baselines of different dates (31/12/2024 and 31/12/2025) in one table",
         "no weights anywhere (a PIRA has none)"],
        [])


if __name__ == "__main__":
    build()
