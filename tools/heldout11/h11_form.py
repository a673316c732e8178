#!/usr/bin/python3
"""h11-form-lo-1: objective forms + indicator tables of a comune, workbook printed by LibreOffice.
Content invented. Clean case. See the case README for the layout."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import LO, capped, case_dir, doc, dnum, ind, node, readme, vars_of, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xlsx_to_pdf  # noqa: E402

NAME = "h11-form-lo-1"
ORG = "Comune di Borgo Alfieri"
YEARS = [2025, 2026, 2027]

# indicator: (name, formula, unit, weight, [targets], op, target1 value, result value, result fmt, result raw)
CDRS = [
    ("Settore Servizi demografici e sociali", "dott. Andrea Paletti", [
        ("SDS.1", "Ridurre i tempi di rilascio della carta d'identità elettronica", [
            ("Tempo medio di attesa per l'appuntamento CIE", "GG_ATTESA_TOT / N_APPUNT", "gg", Decimal("0.6"),
             ["≤ 20 gg", "≤ 15 gg", "≤ 10 gg"], "le", 20, 22, '0" gg"', "22 gg"),
            ("Appuntamenti prenotati online sul totale", "APP_ONLINE / APP_TOT", "%", Decimal("0.4"),
             ["≥ 60%", "≥ 70%", "≥ 80%"], "ge", 60, Decimal("0.634"), "0.0%", "63,4%"),
        ]),
        ("SDS.2", "Ampliare la rete dei servizi per la prima infanzia", [
            ("Posti nido convenzionati con strutture private", "N_POSTI_CONV", "N.", Decimal("0.5"),
             ["≥ 40", "≥ 45", "≥ 50"], "ge", 40, 38, "#,##0", "38"),
            ("Famiglie beneficiarie del voucher nido", "N_FAM_VOUCHER", "N.", Decimal("0.3"),
             ["≥ 120", "≥ 130", "≥ 140"], "ge", 120, 131, "#,##0", "131"),
            ("Rette nido riscosse entro la scadenza", "RETTE_RISC_SCAD / RETTE_EMESSE", "%", Decimal("0.2"),
             ["≥ 90%", "≥ 92%", "≥ 94%"], "ge", 90, Decimal("0.884"), "0.0%", "88,4%"),
        ]),
    ]),
    ("Settore Lavori pubblici e ambiente", "ing. Chiara Donadoni", [
        ("LPA.1", "Migliorare la raccolta differenziata dei rifiuti urbani", [
            ("Percentuale di raccolta differenziata", "RD_T / RU_T", "%", Decimal("0.7"),
             ["≥ 73%", "≥ 75%", "≥ 77%"], "ge", 73, Decimal("0.746"), "0.0%", "74,6%"),
            ("Segnalazioni di abbandono di rifiuti rimosse entro 5 giorni", "SEGN_RIM_5GG / SEGN_TOT", "%",
             Decimal("0.3"), ["≥ 85%", "≥ 88%", "≥ 90%"], "ge", 85, Decimal("0.812"), "0.0%", "81,2%"),
        ]),
        ("LPA.2", "Completare gli interventi di manutenzione straordinaria degli edifici scolastici", [
            ("Interventi conclusi sul totale programmato", "INT_CONCL / INT_PROGR", "%", Decimal("0.5"),
             ["≥ 80%", "≥ 85%", "≥ 90%"], "ge", 80, Decimal("0.8"), "0.0%", "80,0%"),
            ("Importo dei lavori aggiudicati", "EUR_AGGIUD", "EUR", Decimal("0.5"),
             ["≥ € 1.200.000", "≥ € 1.500.000", "≥ € 1.800.000"], "ge", 1200000, 1264300, '"€ "#,##0', "€ 1.264.300"),
        ]),
    ]),
]
BREAK_BEFORE = "LPA.2"


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    from openpyxl.worksheet.pagebreak import Break
    d = case_dir(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede CDR"
    F = "DejaVu Sans"
    widths = [34, 24, 9, 12, 12, 12, 12, 13]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    s = Side(style="thin", color="000000")
    grid = Border(left=s, right=s, top=s, bottom=s)
    lab = Font(name=F, size=7.5, bold=True)
    val = Font(name=F, size=8)
    xl_put(ws, 1, 1, ORG.upper(), font=Font(name=F, size=12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano esecutivo di gestione 2025-2027 – Verifica dello stato di attuazione degli obiettivi al "
           "31/12/2025", font=Font(name=F, size=9), wrap=False)
    xl_put(ws, 3, 1, "1°ANNO = 2025, 2°ANNO = 2026, 3°ANNO = 2027. Valore raggiunto e grado di realizzazione riferiti "
           "al 2025.", font=Font(name=F, size=7.5, italic=True), wrap=False)
    r = 5
    nodes, inds = [], []
    for cdr, tit, objs in CDRS:
        xl_put(ws, r, 1, "DENOMINAZIONE CDR", font=lab, fill="FCE4D6", border=grid)
        xl_put(ws, r, 2, cdr, font=Font(name=F, size=8.5, bold=True), border=grid)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        xl_box(ws, r, 2, r, 4, grid)
        xl_put(ws, r, 5, "TITOLARE DEL CDR", font=lab, fill="FCE4D6", border=grid)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
        xl_box(ws, r, 5, r, 6, grid)
        xl_put(ws, r, 7, tit, font=Font(name=F, size=8.5, bold=True), border=grid)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
        xl_box(ws, r, 7, r, 8, grid)
        r += 2
        for oc, ot, ks in objs:
            if oc == BREAK_BEFORE:
                ws.row_breaks.append(Break(id=r - 1))
            xl_put(ws, r, 1, "CODICE E DENOMINAZIONE OBIETTIVO", font=lab, fill="FCE4D6", border=grid)
            xl_put(ws, r, 2, oc, font=Font(name=F, size=8.5, bold=True), border=grid, halign="center")
            xl_put(ws, r, 3, ot, font=Font(name=F, size=8.5, bold=True), border=grid)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
            xl_box(ws, r, 3, r, 8, grid)
            nodes.append(node(oc, "operational", ot, unit=cdr, owners=[tit]))
            r += 1
            hdr = ["INDICATORE", "FORMULA", "PESO", "VALORE TARGET 1°ANNO", "VALORE TARGET 2°ANNO",
                   "VALORE TARGET 3°ANNO", "VALORE RAGGIUNTO", "GRADO DI REALIZZAZIONE"]
            for c, h in enumerate(hdr, 1):
                xl_put(ws, r, c, h, font=Font(name=F, size=6.8, bold=True), fill="F2F2F2", border=grid,
                       halign="center", valign="center")
            ws.row_dimensions[r].height = 26
            r += 1
            for kn, kf, um, w, tg, op, tv, rv, rfmt, rraw in ks:
                rv_scale = D100(rv) if rfmt.endswith("%") else Decimal(rv)
                grade = capped(rv_scale, tv, op) / 100
                vals = [kn, kf, float(w)] + tg + [float(rv), float(grade)]
                fmts = [None, None, "0.00%", None, None, None, rfmt, "0.0%"]
                for c, (v, f) in enumerate(zip(vals, fmts), 1):
                    xl_put(ws, r, c, v, font=Font(name="DejaVu Sans Mono", size=7) if c == 2 else val, border=grid,
                           fmt=f, halign="right" if c >= 3 else None)
                g_raw = dnum(grade * 100, 1, group=False) + "%"
                inds.append(ind(kn, oc, unit=um, weight=dnum(w * 100, 2, group=False) + "%", formula=kf,
                                variables=vars_of(kf), unit_org=cdr, targets=list(zip(YEARS, tg)),
                                results=[(2025, rraw)], achievement=[(2025, g_raw)]))
                r += 1
            r += 1
        r += 1
    xl_fit_rows(ws, 5, r, pt=8)
    xl_page(ws, landscape=True, margins=0.5)
    ws.oddFooter.center.text = "&P"
    xlsx_to_pdf(wb, d)
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds, [])
    readme(d, NAME, "Family: **objective form + indicator table**", LO.format(script="h11_form.py"), """
Landscape A4, DejaVu Sans 8 pt (formulas DejaVu Sans Mono), full black grid, printed by LibreOffice on two pages (a
manual page break before the second objective of the second CdR, so one CdR form continues on page 2 WITHOUT its
CdR lines being repeated); page number alone at the foot. Title (the Comune in capitals), subtitle (PEG 2025-2027,
verification at 31/12/2025) and an italic line mapping `1°ANNO = 2025 …`. Per CdR ONE form row holding BOTH pairs
side by side: `DENOMINAZIONE CDR | <name> | TITOLARE DEL CDR | <name>` (labels on a peach tint). Per objective a row
`CODICE E DENOMINAZIONE OBIETTIVO | SDS.1 | <title>` with the code and the title in SEPARATE cells, then the
indicator table with a ONE-ROW header spelling every column in full: `INDICATORE | FORMULA | PESO | VALORE TARGET
1°ANNO | VALORE TARGET 2°ANNO | VALORE TARGET 3°ANNO | VALORE RAGGIUNTO | GRADO DI REALIZZAZIONE` — the weight comes
after the formula and the result after the three targets. PESO is a fraction cell `0.00%` (`60,00%`); VALORE
RAGGIUNTO a number cell with a display format (`22 gg`, `63,4%`, `38`, `€ 1.264.300`); GRADO DI REALIZZAZIONE a
`0.0%` cell (`90,9%`, `100,0%`). Truth: objectives `operational`, parent null, unit = the CdR, owners = the titolare;
indicators uncoded with `unit_org`, weight, formula, targets 2025-2027, result and achievement 2025.
""", [
        "input: `input.pdf`",
        "CdR name and titolare as two label/value pairs on ONE row",
        "objective code and title in separate cells of the objective row",
        "one-row header with `VALORE TARGET n°ANNO` spelled in each column; PESO after FORMULA; VALORE RAGGIUNTO after the targets",
        "weights `0.00%`, achievement `0.0%`, results with display formats (`0\" gg\"`, `\"€ \"#,##0`)",
        "page break inside a CdR without repeating the CdR form",
    ], [])


def D100(x):
    return Decimal(x) * 100


if __name__ == "__main__":
    main()
