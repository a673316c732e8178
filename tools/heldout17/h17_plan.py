#!/usr/bin/python3
"""h17-plan-lo-1: a regional civil-protection agency's performance plan 2026-2028, an openpyxl workbook printed by
LibreOffice. Landscape, Liberation Sans Narrow 9 pt, HORIZONTAL RULES ONLY; the `Struttura` a merged-down FIRST
column; strategic objectives `OS_1` as band rows carrying their `Peso` (number cells `0%`); operational objectives
`OS_1.2` with `Peso` (`0.00%` cells, thirds); indicators `OS_1.2.a` with their own `Peso` within the operational
objective; `Valore di partenza` with the year in the header; targets as text with operators in words and signs.
Header rows repeated after the page break. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (LO_XLSX, case_dir, disp12, doc, font, ind, lo_pdf_of, node, readme17, widths,  # noqa: E402
                      write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "h17_plan.py"
ORG = "Agenzia regionale di protezione civile della Valdena"
YEARS = [2026, 2027, 2028]

# strategic (code, title, weight) -> operational (code, title, weight, structure)
#   -> indicator (code, name, unit, weight, (base year, raw), [targets])
TREE = [
    ("OS_1", "Rafforzare la previsione e il monitoraggio dei rischi naturali", 0.40, [
        ("OS_1.1", "Potenziare la rete regionale di monitoraggio idro-pluviometrico", 0.3333,
         "Servizio Centro funzionale", [
             ("OS_1.1.a", "Stazioni di misura funzionanti sul totale della rete", "%", 0.5, (2024, "91,2%"),
              ["≥ 93%", "≥ 95%", "≥ 97%"]),
             ("OS_1.1.b", "Tempo medio di ripristino di una stazione guasta", "ore", 0.5, (2024, "62 ore"),
              ["≤ 48 ore", "≤ 48 ore", "≤ 36 ore"])]),
        ("OS_1.2", "Emettere i bollettini di criticità nei tempi previsti dalla direttiva regionale", 0.3333,
         "Servizio Centro funzionale", [
             ("OS_1.2.a", "Bollettini pubblicati entro le ore 14:00", "%", 1, (2025, "98,6%"),
              ["≥ 99%", "≥ 99%", "≥ 99%"])]),
        ("OS_1.3", "Aggiornare la mappatura delle aree a rischio frana", 0.3334, "Servizio Rischio idrogeologico", [
             ("OS_1.3.a", "Comuni con perimetrazione aggiornata", "N.", 0.6, (2023, "38"),
              ["non inferiore a 45", "non inferiore a 60", "non inferiore a 75"]),
             ("OS_1.3.b", "Approvazione della carta regionale delle frane", "date", 0.4, (2024, "n.d."),
              ["entro il 30/11/2026", "entro il 30/11/2027", "entro il 30/11/2028"])])]),
    ("OS_2", "Preparare il sistema regionale alla gestione delle emergenze", 0.35, [
        ("OS_2.1", "Sostenere i comuni nella redazione dei piani di protezione civile", 0.5,
         "Servizio Pianificazione di emergenza", [
             ("OS_2.1.a", "Piani comunali di protezione civile validati", "N.", 0.7, (2024, "112"),
              ["maggiore o uguale a 125", "maggiore o uguale a 140", "maggiore o uguale a 150"]),
             ("OS_2.1.b", "Esercitazioni congiunte con i comuni", "N.", 0.3, (2024, "6"),
              ["almeno 6", "almeno 8", "almeno 8"])]),
        ("OS_2.2", "Qualificare il volontariato di protezione civile", 0.5, "Servizio Volontariato e formazione", [
             ("OS_2.2.a", "Volontari formati con corso base certificato", "N.", 0.5, (2024, "1.420"),
              ["≥ 1.500", "≥ 1.650", "≥ 1.800"]),
             ("OS_2.2.b", "Organizzazioni iscritte con verifica dei requisiti conclusa", "%", 0.5, (2025, "64%"),
              ["≥ 70%", "≥ 80%", "≥ 90%"])])]),
    ("OS_3", "Rendere efficiente e trasparente la gestione amministrativa", 0.25, [
        ("OS_3.1", "Liquidare con tempestività i contributi per i danni da calamità", 0.6,
         "Servizio Amministrazione e contabilità", [
             ("OS_3.1.a", "Giorni medi tra istruttoria conclusa e liquidazione", "gg", 1, (2024, "74 gg"),
              ["minore o uguale a 60 gg", "minore o uguale a 50 gg", "minore o uguale a 45 gg"])]),
        ("OS_3.2", "Digitalizzare gli acquisti della colonna mobile regionale", 0.4,
         "Servizio Amministrazione e contabilità", [
             ("OS_3.2.a", "Procedure di acquisto gestite su piattaforma telematica", "%", 0.75, (2024, "81%"),
              ["≥ 90%", "≥ 95%", "≥ 98%"]),
             ("OS_3.2.b", "Inventario informatizzato dei mezzi e delle attrezzature", "text", 0.25, (2025, "NO"),
              ["SI", "SI", "SI"])])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    name = "h17-plan-lo-1"
    F = "Liberation Sans Narrow"
    st = xl_styles()
    rule = Border(bottom=Side(style="thin", color="7F7F7F"))
    heavy = Border(top=Side(style="medium", color="000000"), bottom=Side(style="medium", color="000000"))
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi e indicatori"
    widths(ws, [20, 10, 46, 8, 14, 15, 15, 15])
    xl_put(ws, 1, 1, ORG.upper(), font=font(F, 11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026-2028 – Allegato 2: albero degli obiettivi e indicatori",
           font=font(F, 9), wrap=False)
    heads = ["Struttura", "Codice", "Obiettivo / Indicatore", "Peso", "Valore di partenza (anno)",
             "Target 2026", "Target 2027", "Target 2028"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9, bold=True), border=heavy, halign="center", valign="center")
    nodes, inds = [], []
    r = HR + 1
    for scode, stitle, sw, ops in TREE:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        xl_put(ws, r, 1, f"{scode}   {stitle}", font=font(F, 8.5, bold=True), fill="E2E2E2", border=rule)
        xl_box(ws, r, 1, r, 8, rule)
        xl_put(ws, r, 4, sw, font=font(F, 8.5, bold=True), fill="E2E2E2", border=rule, fmt="0%", halign="center")
        for c in range(5, 9):
            xl_put(ws, r, c, None, fill="E2E2E2", border=rule)
        nodes.append(node(scode, "strategic", stitle, weight=disp12(sw, "0%")))
        r += 1
        for ocode, otitle, ow, struct, ilist in ops:
            first = r
            xl_put(ws, r, 2, ocode, font=font(F, 9, bold=True), border=rule)
            xl_put(ws, r, 3, otitle, font=font(F, 9, bold=True), border=rule)
            xl_put(ws, r, 4, ow, font=font(F, 9, bold=True), border=rule, fmt="0.00%", halign="center")
            for c in range(5, 9):
                xl_put(ws, r, c, None, border=rule)
            nodes.append(node(ocode, "operational", otitle, parent=scode, weight=disp12(ow, "0.00%"),
                              owners=[struct]))
            r += 1
            for icode, iname, unit, iw, (by, braw), tg in ilist:
                vals = [icode, iname, iw, f"{braw} ({by})"] + tg
                for c, v in enumerate(vals, 2):
                    xl_put(ws, r, c, v, font=font(F, 9), border=rule, fmt="0%" if c == 4 else None,
                           halign="center" if c >= 4 else None, indent=1 if c == 3 else 0)
                inds.append(ind(iname, ocode, code=icode, unit=unit, weight=disp12(iw, "0%"),
                                baselines=[(by, braw)], targets=list(zip(YEARS, tg))))
                r += 1
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            xl_put(ws, first, 1, struct, font=font(F, 9, italic=True), border=rule)
            xl_box(ws, first, 1, r - 1, 1, rule)
    xl_put(ws, r + 1, 1, "Il peso degli obiettivi strategici è riferito al piano; quello degli obiettivi operativi "
           "all'obiettivo strategico di appartenenza; quello degli indicatori all'obiettivo operativo.",
           font=font(F, 7.5, italic=True), wrap=False)
    xl_put(ws, r + 2, 1, "Il valore di partenza riporta tra parentesi l'anno di rilevazione (n.d. = non disponibile).",
           font=font(F, 7.5, italic=True), wrap=False)
    xl_fit_rows(ws, HR, r - 1, pt=9, narrow=0.85)
    ws.row_dimensions[HR].height = 24
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.5)
    ws.oddFooter.right.text = "Pag. &P di &N"
    ws.print_options.horizontalCentered = True
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="piano")
    write_truth(d, [doc(ORG, YEARS, kind="plan")], nodes, inds)
    readme17(d, name, "plan", LO_XLSX.format(script=SCRIPT), """
Landscape A4, Liberation Sans Narrow 9 pt, HORIZONTAL RULES ONLY (a grey hairline under each row, a heavy rule above
and below the header); title in capitals and a subtitle line. One table `Struttura | Codice | Obiettivo / Indicatore |
Peso | Valore di partenza (anno) | Target 2026 | Target 2027 | Target 2028`, header repeated on every page. Strategic
objectives are grey BAND rows (`OS_1   title` merged over the first three columns, weight in `Peso` as a `0%` cell);
operational objectives are bold rows `OS_1.2` with a `0.00%` weight; indicators `OS_1.2.a` (name indented) with a `0%`
weight; the `Struttura` of an operational objective is a merged-down first column spanning its row and its indicators.
Baselines printed as `91,2% (2024)` (value and year in one cell). Truth: strategic roots, operational parent =
strategic, owners = [Struttura]; indicator baseline raw = the value before the parenthesis, year = the one inside.
""", ["three weighted levels, each relative to its own parent", "code shapes `OS_1` / `OS_1.1` / `OS_1.1.a`",
      "structure as a merged first column", "horizontal rules only, narrow font, landscape",
      "weights as `0%` and `0.00%` number cells", "operators `≥`, `≤`, `=`, `non inferiore a`, `maggiore o uguale a`, "
      "`minore o uguale a`, `almeno`, `entro il`; `SI` targets", "baseline year inside the cell, years 2023-2025"],
     ["operational thirds 33,33% + 33,33% + 33,34% under `OS_1`", "strategic weights 40 + 35 + 25 = 100% at the top",
      "indicator weights sum to 100% within each operational objective (60/40, 70/30, 75/25, single 100%)",
      "`≤ 48 ore`, `minore o uguale a 60 / 50 / 45 gg`: lower-is-better targets going DOWN",
      "flat targets (`≥ 99%` three years, `≤ 48 ore` two years, `SI`)", "`almeno 6` equal to the 2024 baseline of 6",
      "baselines from 2023 and 2025 mixed; `n.d.` baseline", "one structure owning two operational objectives"], [])
    return name


if __name__ == "__main__":
    print(build())
