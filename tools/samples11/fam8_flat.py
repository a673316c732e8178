#!/usr/bin/python3
"""fam8-flat-ods-1: a province's flat table of objectives per responsibility centre, kept as .ods. EXPORT-LIKE: no
merged cells, the centre AND the objective description repeated on every indicator row, the resources only on the
objective's first row (`#,##0.00` number cells), autofilter and frozen header, a TOTALE row; `=90%`, `= 45.000`;
a legend sheet. No weights. Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import ODS, case_dir, disp, doc, font, ind, node, ods_of, widths, write_truth, xl_put  # noqa: E402
from common2 import write_readme  # noqa: E402

SCRIPT = "fam8_flat.py"
ORG = "Provincia di Montegrano"
YEAR = 2019

# centre -> objectives (description, resources, [(indicator, tipologia, um, target)])
DATA = [
    ("Settore Viabilità e trasporti", [
        ("Garantire la manutenzione ordinaria e la sicurezza della rete stradale provinciale", Decimal("1850000"), [
            ("Superficie di pavimentazione stradale rifatta", "Volume", "mq", "= 45.000"),
            ("Segnalazioni di pericolo gestite entro 24 ore", "Efficacia", "%", "=90%")]),
        ("Rilasciare nei termini le autorizzazioni ai trasporti eccezionali", Decimal("120000"), [
            ("Autorizzazioni rilasciate entro 15 giorni dalla domanda", "Efficienza", "%", "=95%")])]),
    ("Settore Edilizia scolastica", [
        ("Adeguare gli istituti superiori alla normativa di prevenzione incendi", Decimal("2640000"), [
            ("Istituti dotati di certificato di prevenzione incendi", "Efficacia", "%", "= 80%"),
            ("Cantieri di adeguamento avviati entro il 30 settembre", "Efficienza", "n.", "= 6")]),
        ("Ridurre i consumi energetici degli edifici scolastici", Decimal("410500"), [
            ("Consumo di energia termica per metro cubo riscaldato", "Efficienza", "kWh/mc", "<= 18,5")])]),
    ("Servizio Ambiente", [
        ("Controllare l'efficienza degli impianti termici civili", Decimal("95000"), [
            ("Impianti termici ispezionati", "Volume", "n.", "= 1.200"),
            ("Verbali di ispezione trasmessi entro 30 giorni", "Efficacia", "%", "=100%")])]),
    ("Servizio Risorse umane e organizzazione", [
        ("Attuare il piano annuale della formazione del personale", Decimal("38000"), [
            ("Dipendenti che hanno partecipato ad almeno un corso", "Efficacia", "%", "=75%"),
            ("Ore di formazione erogate", "Volume", "ore", "= 2.400")])]),
]
UNIT = {"%": "%", "n.": "N.", "mq": "mq", "kWh/mc": "kWh/mc", "ore": "ore"}


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    name = "fam8-flat-ods-1"
    F = "DejaVu Sans"
    ln = Side(style="hair", color="808080")
    grid = Border(left=ln, right=ln, top=ln, bottom=ln)
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2019"
    widths(ws, [30, 46, 16, 44, 15, 12, 12])
    heads = ["Centro di responsabilità", "Descrizione obiettivo", "Risorse finanziarie", "Indicatori",
             "Tipologia indicatore", "unità di misura", f"Target {YEAR}"]
    for c, h in enumerate(heads, 1):
        xl_put(ws, 1, c, h, font=font(F, 9, bold=True), fill="FFE699", border=grid, valign="center")
    r = 2
    nodes, inds, total = [], [], Decimal(0)
    for cdr, objs in DATA:
        for desc, res, its in objs:
            for k, (nm, tip, um, tg) in enumerate(its):
                xl_put(ws, r, 1, cdr, font=font(F, 8.5), border=grid)
                xl_put(ws, r, 2, desc, font=font(F, 8.5), border=grid)
                xl_put(ws, r, 3, float(res) if k == 0 else None, font=font(F, 8.5), border=grid, fmt="#,##0.00")
                xl_put(ws, r, 4, nm, font=font(F, 8.5), border=grid)
                xl_put(ws, r, 5, tip, font=font(F, 8.5), border=grid)
                xl_put(ws, r, 6, um, font=font(F, 8.5), border=grid, halign="center")
                xl_put(ws, r, 7, tg, font=font(F, 8.5), border=grid, halign="center")
                inds.append(ind(nm, desc, unit=UNIT[um], type=tip, targets=[(YEAR, tg)]))
                r += 1
            total += res
            nodes.append(node(None, "operational", desc, owners=[cdr], resources=[disp(res, "#,##0.00")]))
    xl_put(ws, r, 1, "TOTALE", font=font(F, 9, bold=True), border=grid)
    xl_put(ws, r, 3, float(total), font=font(F, 9, bold=True), border=grid, fmt="#,##0.00")
    ws.auto_filter.ref = f"A1:G{r - 1}"
    ws.freeze_panes = "A2"
    for rr in range(2, r + 1):
        ws.row_dimensions[rr].height = 24
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    lg = wb.create_sheet("Legenda")
    widths(lg, [100])
    for k, t in enumerate([f"{ORG} – Piano esecutivo di gestione {YEAR}",
                           "Obiettivi per centro di responsabilità, risorse finanziarie assegnate e indicatori.",
                           "Risorse finanziarie: stanziamento assegnato all'obiettivo (riportato sulla prima riga "
                           "dell'obiettivo).",
                           "Target: valore atteso al 31/12/2019."], 1):
        xl_put(lg, k, 1, t, font=font(F, 10, bold=(k == 1)))
    d = case_dir(name)
    ods_of(wb, os.path.join(d, "input.ods"), stem="peg2019")
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, resources_total=disp(total, "#,##0.00"))
    write_readme(d, name, """
An OpenDocument spreadsheet (`input.ods`), DejaVu Sans 8.5 pt, hairline grid, two sheets. `Obiettivi 2019` is an
EXPORT-LIKE flat table with NO title rows: the yellow header is row 1 (`Centro di responsabilità | Descrizione
obiettivo | Risorse finanziarie | Indicatori | Tipologia indicatore | unità di misura | Target 2019`), autofilter on
the header, frozen first row, landscape fit-to-width print setup. NO merged cells: the centre AND the objective
description are REPEATED on every indicator row; the resources appear only on the objective's FIRST row (number
cells, format `#,##0.00`: `1.850.000,00`), blank below. A `TOTALE` row sums the resources (`5.153.500,00`). Targets
are text cells `=90%`, `= 45.000`, `= 80%`, `= 6`, `<= 18,5`; units `%`, `mq`, `n.`, `kWh/mc`, `ore`. No weights.
Sheet `Legenda`: the province, `Piano esecutivo di gestione 2019` and what the columns mean. Truth: one node per
objective (`operational`, code null, parent null, owners = [centre], resources as displayed), indicators under the
objective's description, type = Tipologia indicatore, unit as printed (`n.` → `N.`), one target 2019;
`resources_total` = the TOTALE row; the organisation from the Legenda sheet.
""", ODS.format(script=SCRIPT), [
        "no merges: centre and objective repeated on each row, resources only on the first row of an objective",
        "header in row 1, autofilter, frozen pane; organisation only on the legend sheet",
        "`=90%` / `= 45.000` / `= 6` targets with and without a space; `<= 18,5`",
        "resources as bare `#,##0.00` number cells and a TOTALE row",
    ], [])
    return name


if __name__ == "__main__":
    print(build())
