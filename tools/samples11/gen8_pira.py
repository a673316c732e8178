#!/usr/bin/python3
"""gen8-pira-lo-1: a university's PIRA 2025-2027 written as a workbook and printed by LibreOffice. Landscape,
Liberation Serif, HORIZONTAL RULES ONLY (no vertical lines); MISSION and PROGRAMME as full-width merged BAND ROWS
(`MISSIONE 023 – …`, `Programma 001 – …`); objective `1a – title` and its resources merged down over its indicator
rows with the resources in the LAST column (`Risorse 2025 (euro)`, `#,##0.00`), a total row; unit in words
(`percentuale`, `numero`, `giorni`, `euro`); reference values as number cells; manual page break with the header
repeated. Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import (LO_XLSX, case_dir, disp, doc, font, genre_readme, ind, lo_pdf_of, node, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_page, xl_put)

SCRIPT = "gen8_pira.py"
ORG = "Università degli Studi di Borgoleone"
Y = [2025, 2026, 2027]
UNIT = {"percentuale": "%", "numero": "N.", "giorni": "gg", "euro": "EUR"}

# mission (code, title) -> programme (code, title) -> objective (code, title, resources)
# -> indicator (name, tipologia, um, base value, base fmt, targets)
DATA = [
    ("023", "Istruzione universitaria e formazione post-universitaria", [
        ("001", "Sistema universitario e formazione post-universitaria", [
            ("1a", "Migliorare la regolarità delle carriere degli studenti", Decimal("18420350.00"), [
                ("Studenti iscritti al secondo anno con almeno 40 CFU acquisiti", "Efficacia", "percentuale",
                 0.584, "0.0%", ["≥ 60%", "≥ 62%", "≥ 64%"]),
                ("Laureati entro la durata normale del corso di studio", "Efficacia", "percentuale", 0.512, "0.0%",
                 ["≥ 53%", "≥ 55%", "≥ 57%"])]),
            ("1b", "Ampliare l'offerta di corsi di studio a carattere internazionale", Decimal("2150000.00"), [
                ("Corsi di studio erogati interamente in lingua inglese", "Realizzazione fisica", "numero", 9,
                 "#,##0", [">= 10", ">= 12", ">= 14"]),
                ("Studenti con titolo di accesso conseguito all'estero iscritti al primo anno", "Efficacia",
                 "percentuale", 0.046, "0.0%", ["≥ 5,0%", "≥ 5,5%", "≥ 6,0%"])])]),
        ("002", "Diritto allo studio nell'istruzione universitaria", [
            ("1c", "Garantire la copertura delle borse di studio e la tempestività dei pagamenti",
             Decimal("6780400.00"), [
                 ("Studenti idonei beneficiari della borsa di studio", "Efficacia", "percentuale", 1, "0%",
                  ["= 100%", "= 100%", "= 100%"]),
                 ("Tempo medio di pagamento della prima rata della borsa di studio", "Efficienza", "giorni", 48,
                  '0" gg"', ["≤ 45 gg", "≤ 40 gg", "≤ 35 gg"])])])]),
    ("017", "Ricerca e innovazione", [
        ("022", "Ricerca scientifica e tecnologica di base", [
            ("2a", "Accrescere la capacità di attrarre finanziamenti competitivi per la ricerca",
             Decimal("9315000.00"), [
                 ("Proposte progettuali presentate a bandi competitivi europei", "Realizzazione fisica", "numero", 64,
                  "#,##0", ["≥ 70", "≥ 75", "≥ 80"]),
                 ("Entrate accertate da progetti di ricerca competitivi", "Realizzazione finanziaria", "euro",
                  7845000, '#,##0.00 "€"', ["≥ 8.000.000,00 €", "≥ 8.300.000,00 €", "≥ 8.600.000,00 €"])]),
            ("2b", "Rafforzare il dottorato di ricerca in collaborazione con le imprese", Decimal("3604250.00"), [
                ("Borse di dottorato finanziate da imprese ed enti esterni", "Realizzazione fisica", "numero", 22,
                 "#,##0", ["≥ 24", "≥ 26", "≥ 28"])])])]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", [
        ("003", "Servizi e affari generali per le amministrazioni", [
            ("3a", "Digitalizzare i servizi amministrativi rivolti agli studenti", Decimal("1278900.50"), [
                ("Procedimenti per gli studenti gestiti interamente on line", "Efficacia", "percentuale", 0.72, "0%",
                 ["≥ 80%", "≥ 90%", "≥ 95%"]),
                ("Tempo medio di rilascio dei certificati di laurea con firma digitale", "Efficienza", "giorni", 3,
                 '0" gg"', ["≤ 2 gg", "≤ 1 gg", "≤ 1 gg"])])])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break
    name = "gen8-pira-lo-1"
    F = "Liberation Serif"
    hr = Side(style="thin", color="5A5A5A")
    under = Border(bottom=hr)
    thick = Border(top=Side(style="medium", color="000000"), bottom=Side(style="medium", color="000000"))
    wb = Workbook()
    ws = wb.active
    ws.title = "PIRA 2025-2027"
    widths(ws, [30, 34, 13, 11, 12, 11, 11, 11, 15])
    xl_put(ws, 1, 1, ORG, font=font(F, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio 2025-2027 (art. 19 D.Lgs. 91/2011)",
           font=font(F, 10.5), wrap=False)
    xl_put(ws, 3, 1, "Obiettivi per missione e programma, indicatori, valori di riferimento e target; risorse "
           "finanziarie stanziate nel bilancio unico di previsione 2025.", font=font(F, 9, italic=True), wrap=False)
    heads = ["Obiettivo", "Indicatore", "Tipologia", "Unità di misura", "Valore di riferimento 2024", "Target 2025",
             "Target 2026", "Target 2027", "Risorse 2025 (euro)"]
    HR = 5
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9, bold=True), border=thick, halign="center", valign="center")
    ws.row_dimensions[HR].height = 28
    r = HR + 1
    nodes, inds, total = [], [], Decimal(0)
    breaks = []
    f9 = font(F, 9)
    for mcode, mtitle, progs in DATA:
        if mcode == "032":
            breaks.append(r - 1)
        xl_put(ws, r, 1, f"MISSIONE {mcode} – {mtitle}", font=font(F, 9.5, bold=True, color="FFFFFF"),
               fill="3B3B3B", wrap=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for pcode, ptitle, objs in progs:
            xl_put(ws, r, 1, f"Programma {pcode} – {ptitle}", font=font(F, 9, bold=True, italic=True),
                   fill="E3E3E3", border=under, wrap=False)
            for c in range(2, 10):
                ws.cell(row=r, column=c).border = under
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for ocode, otitle, res, ilist in objs:
                o0 = r
                for iname, tip, um, bv, bf, tg in ilist:
                    xl_put(ws, r, 2, iname, font=f9, border=under)
                    xl_put(ws, r, 3, tip, font=f9, border=under)
                    xl_put(ws, r, 4, um, font=f9, border=under, halign="center")
                    xl_put(ws, r, 5, bv, font=f9, border=under, fmt=bf, halign="center")
                    for k, t in enumerate(tg):
                        xl_put(ws, r, 6 + k, t, font=f9, border=under, halign="center")
                    inds.append(ind(iname, ocode, unit=UNIT[um], type=tip, baselines=[(2024, disp(bv, bf))],
                                    targets=list(zip(Y, tg))))
                    r += 1
                xl_put(ws, o0, 1, f"{ocode} – {otitle}", font=font(F, 9, bold=True), border=under)
                xl_put(ws, o0, 9, float(res), font=f9, border=under, fmt="#,##0.00", halign="right")
                for c in (1, 9):
                    for rr in range(o0, r):
                        ws.cell(row=rr, column=c).border = under
                    if r - 1 > o0:
                        ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
                nodes.append(node(ocode, "strategic", otitle, resources=[disp(res, "#,##0.00")], mission=mcode,
                                  programme=pcode))
                total += res
    xl_put(ws, r, 1, "Totale risorse assegnate agli obiettivi", font=font(F, 9.5, bold=True), border=thick,
           wrap=False)
    for c in range(2, 9):
        ws.cell(row=r, column=c).border = thick
    xl_put(ws, r, 9, float(total), font=font(F, 9.5, bold=True), border=thick, fmt="#,##0.00", halign="right")
    xl_put(ws, r + 2, 1, "Tipologia degli indicatori secondo il DPCM 18 settembre 2012. Il valore di riferimento è "
           "il dato consuntivo dell'esercizio 2024.", font=font(F, 8, italic=True), wrap=False)
    xl_fit_rows(ws, HR + 1, r - 1, pt=9)
    for b in breaks:
        ws.row_breaks.append(Break(id=b))
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.5)
    ws.oddFooter.center.text = "Pagina &P di &N"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="pira")
    write_truth(d, [doc(ORG, Y, kind="pira")], nodes, inds, resources_total=disp(total, "#,##0.00"))
    genre_readme(d, name, "pira", LO_XLSX.format(script=SCRIPT), """
Landscape A4, Liberation Serif 9 pt, NO vertical rules: only a thin grey rule under each row and heavy rules above
and below the header and the total row. Three title lines (the university, `Piano degli indicatori e dei risultati
attesi di bilancio 2025-2027 (art. 19 D.Lgs. 91/2011)`, an italic note). One table `Obiettivo | Indicatore |
Tipologia | Unità di misura | Valore di riferimento 2024 | Target 2025 | Target 2026 | Target 2027 | Risorse 2025
(euro)`. The budget classification is given by full-width merged BAND ROWS: a dark band `MISSIONE 023 – Istruzione
universitaria …` and, under it, a grey italic band `Programma 001 – Sistema universitario …`. Each objective (`1a –
title`, bold) is merged down over its indicator rows in the FIRST column and its resources (number cell, format
`#,##0.00`, no currency sign: `18.420.350,00`) are merged down in the LAST column. The unit of measure is a WORD
(`percentuale`, `numero`, `giorni`, `euro`); the reference value is a number cell (`0.0%` → `58,4%`, `0%`, `#,##0`,
`0" gg"` → `48 gg`, `#,##0.00 "€"` → `7.845.000,00 €`); targets are text cells (`≥ 60%`, `>= 10`, `= 100%`, `≤ 45
gg`, `≥ 8.000.000,00 €`). A total row `Totale risorse assegnate agli obiettivi` = the sum of the seven objectives.
Manual page break before mission 032, header row repeated (print titles); footer `Pagina n di N`. Truth: objectives
`strategic`, parent null, mission and programme = the three-digit codes of the bands above them; indicators without
code, unit mapped from the word (`percentuale` → `%`, `numero` → `N.`, `giorni` → `gg`, `euro` → `EUR`), type =
Tipologia (ministerial types `Realizzazione fisica`, `Realizzazione finanziaria`), baseline 2024.
""", ["mission and programme as stacked band rows (not columns)",
      "objective code shape `1a`, `2b`; code and title in one cell joined by an en dash",
      "resources merged down in the last column, bare `#,##0.00`; printed total",
      "unit of measure in words; header synonym `Valore di riferimento 2024`",
      "horizontal rules only, serif font, landscape",
      "manual page break with repeated header"], [])
    return name


if __name__ == "__main__":
    print(build())
