#!/usr/bin/python3
"""fam6-prose-xlsx-1: targets in prose, an outline workbook (levels by indentation and row grouping) kept as .xlsx.
Content invented."""
import os

from openpyxl import Workbook

from common8 import XLSX_PRODUCER, case_dir, doc, ind, node, write_readme, write_truth, xl_fit_rows, xl_put, xl_styles

ORG = "Provincia di Valtorba"
YEARS = [2022, 2023, 2024]
BASE = 2021


def sentences(*phrases):
    return " ".join(f"Target {y} - {p}." for y, p in zip(YEARS, phrases))


def per_year(lead, *figs):
    return f"{lead} " + ", ".join(f"{f} nel {y}" for f, y in zip(figs, YEARS))


# indicator: (name, baseline value, number format or None (text), displayed baseline, target cell, [raws], unit)
DATA = [
    ("1", "Mobilità sostenibile e sicurezza stradale", [
        ("1.1", "Estendere la rete provinciale delle piste ciclabili", [
            ("Piste ciclabili provinciali realizzate", 38, '0 "km"', "38 km",
             per_year("Incremento di:", "5 km", "12 km", "20 km"), ["5 km", "12 km", "20 km"], "km"),
        ]),
        ("1.2", "Ridurre l'incidentalità sulle strade provinciali", [
            ("Incidenti con feriti sulle strade provinciali", 412, "#,##0", "412",
             per_year("Riduzione del:", "2%", "4%", "6%"), ["2%", "4%", "6%"], "N."),
            ("Strade provinciali con segnaletica orizzontale rinnovata", 126, '0 "km"', "126 km",
             sentences("Aumento del 10% rispetto alla baseline", "Aumento del 20% rispetto alla baseline",
                       "Aumento del 30% rispetto alla baseline"),
             ["Aumento del 10% rispetto alla baseline", "Aumento del 20% rispetto alla baseline",
              "Aumento del 30% rispetto alla baseline"], "km"),
        ]),
    ]),
    ("2", "Edilizia scolastica e servizi agli studenti", [
        ("2.1", "Mettere in sicurezza gli edifici delle scuole superiori", [
            ("Edifici scolastici con certificato di prevenzione incendi", 0.64, "0%", "64%",
             sentences("Almeno il 75% degli edifici", "Almeno l'85% degli edifici", "Tutti gli edifici"),
             ["Almeno il 75% degli edifici", "Almeno l'85% degli edifici", "Tutti gli edifici"], "%"),
            ("Tempo medio di intervento sui guasti segnalati dalle scuole", 9, '0 "giorni"', "9 giorni",
             per_year("Riduzione a:", "7 giorni", "6 giorni", "5 giorni"), ["7 giorni", "6 giorni", "5 giorni"], "gg"),
        ]),
        ("2.2", "Potenziare il trasporto scolastico nelle aree interne", [
            ("Studenti delle aree interne serviti da trasporto dedicato", 1240, "#,##0", "1.240",
             sentences("Aumento del 5% rispetto alla baseline", "Aumento del 10% rispetto alla baseline",
                       "Aumento del 15% rispetto alla baseline"),
             ["Aumento del 5% rispetto alla baseline", "Aumento del 10% rispetto alla baseline",
              "Aumento del 15% rispetto alla baseline"], "N."),
        ]),
    ]),
    ("3", "Ambiente e transizione ecologica", [
        ("3.1", "Ridurre i consumi energetici del patrimonio provinciale", [
            ("Consumi di energia elettrica degli edifici provinciali", 3.85, '0.00 "GWh"', "3,85 GWh",
             per_year("Riduzione del:", "3%", "6%", "10%"), ["3%", "6%", "10%"], "GWh"),
            ("Adozione e attuazione del piano di efficientamento energetico", "Non presente", None, "Non presente",
             sentences("Approvazione del piano", "Attuazione di almeno il 50% delle azioni",
                       "Attuazione di tutte le azioni previste"),
             ["Approvazione del piano", "Attuazione di almeno il 50% delle azioni",
              "Attuazione di tutte le azioni previste"], "text"),
        ]),
    ]),
]

HEAD = ["Codice", "Obiettivo strategico / Obiettivo operativo / Indicatore", "Baseline (31.12.2021)",
        "Risultato atteso nel triennio 2022-2024"]
WIDTHS = [8, 52, 14, 58]


def build():
    name = "fam6-prose-xlsx-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    under = B(bottom=S(style="thin", color="BFBFBF"))
    base = "Calibri"
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2022-2024"
    ws.sheet_properties.outlinePr.summaryBelow = False
    for k, w in enumerate(WIDTHS):
        ws.column_dimensions["ABCD"[k]].width = w
    xl_put(ws, 1, 1, ORG.upper(), font=F(name=base, size=13, bold=True, color="7A4B00"), wrap=False)
    xl_put(ws, 2, 1, "Documento unico di programmazione 2022-2024 – Obiettivi strategici e operativi",
           font=F(name=base, size=11), wrap=False)
    xl_put(ws, 3, 1, "Gli obiettivi operativi sono rientrati sotto il rispettivo obiettivo strategico; gli indicatori "
                     "sotto l'obiettivo operativo. I risultati attesi sono espressi rispetto alla baseline al "
                     "31.12.2021.", font=F(name=base, size=9, italic=True), wrap=False)
    hr = 5
    for c, h in enumerate(HEAD, 1):
        xl_put(ws, hr, c, h, font=F(name=base, size=10, bold=True), border=B(top=S(style="medium"),
               bottom=S(style="medium")), valign="center")
    ws.row_dimensions[hr].height = 30
    r = hr + 1
    nodes, inds = [], []
    for scode, stitle, ops in DATA:
        for c in range(1, 5):
            xl_put(ws, r, c, None, fill="FCE9C8", border=under)
        xl_put(ws, r, 1, scode, font=F(name=base, size=10, bold=True), fill="FCE9C8", border=under)
        xl_put(ws, r, 2, stitle, font=F(name=base, size=10, bold=True), fill="FCE9C8", border=under)
        nodes.append(node(scode, "strategic", stitle))
        r += 1
        for ocode, otitle, kpis in ops:
            xl_put(ws, r, 1, ocode, font=F(name=base, size=10, italic=True), border=under)
            xl_put(ws, r, 2, otitle, font=F(name=base, size=10, italic=True), border=under, indent=1)
            for c in (3, 4):
                xl_put(ws, r, c, None, border=under)
            ws.row_dimensions[r].outlineLevel = 1
            nodes.append(node(ocode, "operational", otitle, parent=scode))
            r += 1
            for nm, bv, fmt, braw, tcell, raws, unit in kpis:
                xl_put(ws, r, 1, None, border=under)
                xl_put(ws, r, 2, nm, font=F(name=base, size=10), border=under, indent=3)
                xl_put(ws, r, 3, bv, font=F(name=base, size=10), border=under, fmt=fmt,
                       halign="right" if fmt else "left")
                xl_put(ws, r, 4, tcell, font=F(name=base, size=10), border=under)
                ws.row_dimensions[r].outlineLevel = 2
                inds.append(ind(nm, ocode, unit=unit, baselines=[(BASE, braw)], targets=list(zip(YEARS, raws))))
                r += 1
    last = r - 1
    xl_fit_rows(ws, hr + 1, last, pt=10, narrow=1.05)
    xl_put(ws, last + 2, 1, "Fonte: Settori Viabilità, Edilizia scolastica e Ambiente; dati al 31.12.2021.",
           font=F(name=base, size=9, italic=True), wrap=False)
    ws.freeze_panes = f"A{hr + 1}"
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    write_readme(d, name, """
The workbook itself (`input.xlsx`), one sheet `Obiettivi 2022-2024`, Calibri 10, no grid (thin grey line under each
row, medium rules around the header), frozen header, landscape print setup. Title rows (the province in capitals,
`Documento unico di programmazione 2022-2024 – Obiettivi strategici e operativi`, an italic line). Table `Codice |
Obiettivo strategico / Obiettivo operativo / Indicatore | Baseline (31.12.2021) | Risultato atteso nel triennio
2022-2024`. The tree is an OUTLINE in ONE description column: strategic objectives are bold rows on a light-orange
fill (code `1`), operational objectives italic rows indented once (code `1.1`), indicators plain rows indented three
steps with NO code; Excel row grouping (outline levels 1 and 2) mirrors the levels. Baselines are NUMBER cells whose
formats carry the unit (`0 "km"` → `38 km`, `0%` → `64%`, `0 "giorni"` → `9 giorni`, `0.00 "GWh"` → `3,85 GWh`,
`#,##0` → `1.240`), one a text (`Non presente`). The prose target cell has two shapes: three sentences in one
wrapped run `Target 2022 - Aumento del 10% rispetto alla baseline. Target 2023 - … Target 2024 - ….`, or one
phrase per triennium `Riduzione del: 2% nel 2022, 4% nel 2023, 6% nel 2024`, `Incremento di: 5 km nel 2022, …`,
`Riduzione a: 7 giorni nel 2022, …`. Truth: strategic objectives `strategic`, operational `operational` with parent
the strategic code; indicators under the operational objective, no code; baseline 2021 raw as displayed; one target
per year: for `Target <year> - <phrase>.` the phrase without the full stop, for `<figure> nel <year>` the figure
alone (`2%`, `12 km`, `7 giorni`); unit from the values (`km`, `GWh` as printed, `%`, `gg`, `N.` for counts, `text`
for the qualitative one).
""", XLSX_PRODUCER.format(script="fam8_prose.py"), [
        "workbook kept as .xlsx; tree as an outline in one column (indentation, bold/italic, fill) plus row grouping",
        "indicators without code under operational objectives",
        "baselines as number cells whose format prints the unit (`0 \"km\"`, `0.00 \"GWh\"`, `0%`)",
        "two prose shapes: `Target <year> - …` sentences and `<figure> nel <year>` lists",
        "a province's DUP, years 2022-2024",
    ], [])


if __name__ == "__main__":
    build()
