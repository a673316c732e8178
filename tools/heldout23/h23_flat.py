#!/usr/bin/python3
"""h23-flat-ods-1: flat table per responsibility centre (family) of a regional tourism agency, year 2019, an .ods
kept as the input. ONE ROW PER OBJECTIVE: its indicators are STACKED as lines inside one cell, and the type, unit and
target cells hold the same number of lines, line by line. Centre code and name on two lines of a merged cell;
resources `"€ "#,##0.00`; a `Totale risorse` row that matches. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (ODS, case_dir23, doc, font, ind, lo_show, node, ods_of, readme13, widths,  # noqa: E402
                      write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "h23_flat.py"
NAME = "h23-flat-ods-1"
ORG = "Agenzia Regionale per la Promozione Turistica delle Terre d'Acqua"
YEAR = 2019
UNIT = {"%": "%", "numero": "N.", "giorni": "gg", "punteggio": "punteggio", "data": "date"}
EUR = '"€ "#,##0.00'

# (cdr code, cdr name, [(objective, resources, [(indicator, type, unit, target)])])
DATA = [
    ("CdR 01", "Direzione generale", [
        ("Coordinare il piano triennale di promozione turistica regionale", 179220, [
            ("Azioni del piano promozionale avviate nell'anno", "Efficacia", "%", "=90%"),
            ("Soggetti del partenariato coinvolti nei tavoli di programmazione", "Volume", "numero", ">= 40")]),
        ("Garantire la trasparenza e la prevenzione della corruzione", 12500, [
            ("Obblighi di pubblicazione assolti nei termini", "Qualità", "%", "=100%")])]),
    ("CdR 02", "Servizio Promozione e marketing territoriale", [
        ("Incrementare la presenza della Regione alle fiere internazionali del turismo", 642800, [
            ("Fiere internazionali con stand regionale", "Volume", "numero", "= 12"),
            ("Operatori turistici ospitati negli stand", "Efficacia", "numero", ">= 150"),
            ("Visitatori allo stand regionale", "Efficacia", "numero", "= 45.000")]),
        ("Sviluppare la promozione digitale della destinazione", 318000, [
            ("Utenti unici del portale turistico regionale", "Efficacia", "numero", ">= 1.200.000"),
            ("Tasso di conversione delle campagne social", "Efficienza", "%", "=2,5%")])]),
    ("CdR 03", "Servizio Accoglienza e informazione turistica", [
        ("Qualificare la rete degli uffici di informazione e accoglienza turistica (IAT)", 205400, [
            ("Uffici IAT aperti nei festivi della stagione estiva", "Efficacia", "%", "=90%"),
            ("Tempo medio di risposta alle richieste via e-mail", "Efficienza", "giorni", "<= 2"),
            ("Gradimento degli utenti (scala 1-5)", "Qualità", "punteggio", ">= 4,2")]),
        ("Aggiornare la banca dati delle strutture ricettive", 48000, [
            ("Strutture ricettive con scheda aggiornata", "Efficacia", "%", "=95%"),
            ("Pubblicazione degli open data delle strutture", "Efficacia", "data", "entro il 30.06.2019")])]),
]


def build():
    from openpyxl import Workbook
    st = xl_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2019"
    F = "Liberation Sans"
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2019 – Allegato 2: obiettivi per centro di responsabilità",
           font=font(F, 10), wrap=False)
    head = ["Centro di responsabilità", "Descrizione obiettivo", "Risorse finanziarie", "Indicatori",
            "Tipologia indicatore", "unità di misura", "Target 2019"]
    for c, h in enumerate(head, 1):
        xl_put(ws, 4, c, h, font=font(F, 9, bold=True, color="FFFFFF"), fill="2E6B5E", border=st["grid"],
               halign="center", valign="center")
    widths(ws, [20, 38, 15, 50, 14, 12, 17])
    r = 5
    nodes, inds, total = [], [], 0
    for code, cname, objs in DATA:
        r0 = r
        for title, res, ilist in objs:
            total += res
            nodes.append(node(None, "operational", title, resources=[lo_show(res, EUR)], owners=[cname]))
            cols = list(zip(*ilist))
            vals = [f"{code}\n{cname}" if r == r0 else None, title, res, "\n".join(cols[0]), "\n".join(cols[1]),
                    "\n".join(cols[2]), "\n".join(cols[3])]
            for c, v in enumerate(vals, 1):
                xl_put(ws, r, c, v, font=font(F, 9, bold=(c == 1)), border=st["grid"], fmt=EUR if c == 3 else None,
                       halign="right" if c == 3 else ("center" if c in (6, 7) else None), wrap=True)
            for iname, typ, um, tg in ilist:
                inds.append(ind(iname, title, unit=UNIT[um], type=typ, targets=[(YEAR, tg)]))
            r += 1
        ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
        xl_box(ws, r0, 1, r - 1, 7, st["grid"])
    xl_put(ws, r, 1, "Totale risorse", font=font(F, 9, bold=True), border=st["grid"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    xl_put(ws, r, 3, total, font=font(F, 9, bold=True), border=st["grid"], fmt=EUR, halign="right")
    xl_box(ws, r, 1, r, 7, st["grid"])
    xl_fit_rows(ws, 5, r, pt=9)
    for rr in range(5, r):   # the stacked cells wrap: leave room for the longest stack
        ws.row_dimensions[rr].height = max(ws.row_dimensions[rr].height or 12, 15 * 3.2)
    xl_page(ws, landscape=True, title_rows="4:4")
    ws.freeze_panes = "A5"
    ns = wb.create_sheet("Note")
    notes = ["Note alla lettura", "Ogni riga riporta un obiettivo; gli indicatori dell'obiettivo sono elencati nella "
             "stessa cella, uno per riga, e le colonne Tipologia indicatore, unità di misura e Target 2019 riportano "
             "i valori nello stesso ordine.", "I target preceduti da = indicano il valore atteso puntuale.",
             "Le risorse finanziarie sono quelle assegnate sul bilancio di previsione 2019."]
    for k, line in enumerate(notes, 1):
        xl_put(ns, k, 1, line, font=font(F, 9, bold=(k == 1)), wrap=True)
    widths(ns, [110])
    d = case_dir23(NAME)
    ods_of(wb, os.path.join(d, "input.ods"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, resources_total=lo_show(total, EUR))
    readme13(d, NAME, "flat table per responsibility centre (family; kind `unknown`)", ODS.format(script=SCRIPT), """
Sheet `Obiettivi 2019` (landscape print setup, frozen header): title and subtitle rows, then the header
`Centro di responsabilità | Descrizione obiettivo | Risorse finanziarie | Indicatori | Tipologia indicatore | unità di
misura | Target 2019` (white on green). ONE ROW PER OBJECTIVE: the objective's two or three indicators are STACKED as
lines inside one `Indicatori` cell, and `Tipologia indicatore`, `unità di misura` and `Target 2019` hold the same
number of lines in the same order. The centre cell (`CdR 02` + line break + name) is merged down over its objectives.
Resources are number cells with format `"€ "#,##0.00` (`€ 642.800,00`); a `Totale risorse` row. A second sheet
`Note` explains the stacking.
Truth: objectives `operational`, no code, owners = [centre name without `CdR 0n`], resources as displayed;
indicators hang on their objective's title, one per stacked line; unit `numero` → `N.`, `giorni` → `gg`, `data` →
`date`, `punteggio` kept; target raws per line (`=90%`, `= 45.000`, `entro il 30.06.2019`); resources_total = the
`Totale risorse` row.
""", ["several indicators stacked in ONE cell per objective, parallel multi-line cells across four columns",
      "centre code and name on two lines of a merged cell", "`\"€ \"#,##0.00` resource cells and a total row",
      ".ods kept, with a second `Note` sheet", "units in words in their own column"],
     ["`= 45.000` is forty-five thousand (thousands dot), `=90%` a point target: both are normal operators",
      "resources 179.220 + 12.500 + 642.800 + 318.000 + 205.400 + 48.000 = € 1.405.920,00, as printed",
      "no weights anywhere (the family prints none): not `weight.missing`",
      "`<= 2` days: a lower-is-better target", "a date target `entro il 30.06.2019` (dotted date)"], [])
    return NAME


if __name__ == "__main__":
    print(build())
