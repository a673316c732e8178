#!/usr/bin/python3
"""gen8-assignment-lo-1: a regional paying agency's assignment of objectives to its units, written as a workbook
and printed by LibreOffice. Portrait, one table with ONE header row repeated on every page (print titles); each unit
opens with a merged BAND `STRUTTURA: …` and a `Dirigente:` / `Responsabile:` line, then objective rows (bold) and
indicator rows (indented) sharing ONE `Peso` column (`0.0%` fraction cells), and a `Totale pesi obiettivi` row;
`OB_01` is common to every unit with the unit's own weights; a manual page break INSIDE a unit (page 2 resumes
without the unit band). Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import (LO_XLSX, case_dir, disp, doc, font, genre_readme, ind, lo_pdf_of, node, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_page, xl_put)

SCRIPT = "gen8_assignment.py"
ORG = "Agenzia Regionale per le Erogazioni in Agricoltura della Valcerrina"
YEAR = 2025

OB01 = ("OB_01", "Attuare le misure di prevenzione della corruzione e gli obblighi di trasparenza di competenza")
OB01_IND = [("OB_01.1", "Misure del piano di prevenzione della corruzione attuate nei termini", "%", "100%"),
            ("OB_01.2", "Obblighi di pubblicazione assolti entro le scadenze previste", "%", "≥ 95%")]

# unit (title, label, manager, [(objective code, title, weight, [(ind code, name, unit, target, weight)])])
UNITS = [
    ("Area Autorizzazione pagamenti", "Dirigente", "dott. Lorenzo Battaglin", [
        (OB01[0], OB01[1], "0.15", [OB01_IND[0] + ("0.5",), OB01_IND[1] + ("0.5",)]),
        ("OB_02", "Ridurre i tempi di pagamento delle domande di aiuto a superficie", "0.55", [
            ("OB_02.1", "Domande di aiuto a superficie pagate entro il 30 giugno", "%", "≥ 95%", "0.7"),
            ("OB_02.2", "Tempo medio di pagamento dei saldi dalla chiusura dell'istruttoria", "gg", "≤ 60 gg", "0.3")]),
        ("OB_03", "Recuperare gli importi indebitamente percepiti dai beneficiari", "0.3", [
            ("OB_03.1", "Importi recuperati sui crediti iscritti nel registro dei debitori", "%", "≥ 35%", "1")])]),
    ("Area Controlli in loco", "Dirigente", "dott.ssa Chiara Mellone", [
        (OB01[0], OB01[1], "0.2", [OB01_IND[0] + ("0.6",), OB01_IND[1] + ("0.4",)]),
        ("OB_04", "Completare i controlli in loco sul campione annuale delle domande", "0.5", [
            ("OB_04.1", "Controlli in loco eseguiti sul campione estratto", "%", "100%", "0.6"),
            ("OB_04.2", "Controlli eseguiti con tecniche di telerilevamento", "%", "≥ 40%", "0.4")]),
        ("OB_05", "Ridurre il tasso di errore nei pagamenti dei regimi di aiuto", "0.3", [
            ("OB_05.1", "Tasso di errore rilevato negli audit di conformità", "%", "≤ 2,0%", "1")])]),
    ("Servizio Affari generali e personale", "Responsabile", "dott. Fabio Sacchetti", [
        (OB01[0], OB01[1], "0.3", [OB01_IND[0] + ("0.5",), OB01_IND[1] + ("0.5",)]),
        ("OB_06", "Attuare il piano triennale dei fabbisogni di personale", "0.4", [
            ("OB_06.1", "Procedure di reclutamento concluse entro l'anno sul totale programmato", "%", "≥ 90%",
             "1")]),
        ("OB_07", "Digitalizzare il protocollo informatico e l'archivio corrente", "0.3", [
            ("OB_07.1", "Documenti protocollati in formato nativo digitale", "%", "≥ 92%", "0.6"),
            ("OB_07.2", "Tempo medio di protocollazione dei documenti in arrivo", "gg", "≤ 1 gg", "0.4")])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break
    name = "gen8-assignment-lo-1"
    F = "Liberation Sans"
    ln = Side(style="thin", color="555555")
    grid = Border(left=ln, right=ln, top=ln, bottom=ln)
    wb = Workbook()
    ws = wb.active
    ws.title = "Assegnazione 2025"
    widths(ws, [11, 70, 10, 16])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2025 – Obiettivi assegnati alle strutture e relativi indicatori",
           font=font(F, 10), wrap=False)
    xl_put(ws, 3, 1, "Il peso degli obiettivi è riferito alla struttura; il peso degli indicatori all'obiettivo.",
           font=font(F, 8.5, italic=True), wrap=False)
    HR = 5
    for c, h in enumerate(["Codice", "Obiettivo / indicatore", "Peso", f"Valore atteso {YEAR}"], 1):
        xl_put(ws, HR, c, h, font=font(F, 9.5, bold=True), fill="C9D3E6", border=grid, halign="center",
               valign="center")
    r = HR + 1
    nodes, inds, brk = [], [], None
    for ui, (utitle, lab, mgr, objs) in enumerate(UNITS):
        xl_put(ws, r, 1, f"STRUTTURA: {utitle}", font=font(F, 10, bold=True, color="FFFFFF"), fill="34495E",
               border=grid, wrap=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        xl_put(ws, r, 1, f"{lab}: {mgr}", font=font(F, 9, italic=True), border=grid, wrap=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        nodes.append(node(None, "unit", utitle, owners=[mgr]))
        tot = Decimal(0)
        for oi, (ocode, otitle, ow, ilist) in enumerate(objs):
            if ui == 1 and oi == 2:
                brk = r - 1
            xl_put(ws, r, 1, ocode, font=font(F, 9, bold=True), fill="EEF1F7", border=grid)
            xl_put(ws, r, 2, otitle, font=font(F, 9, bold=True), fill="EEF1F7", border=grid)
            xl_put(ws, r, 3, float(ow), font=font(F, 9, bold=True), fill="EEF1F7", border=grid, fmt="0.0%",
                   halign="center")
            xl_put(ws, r, 4, None, fill="EEF1F7", border=grid)
            r += 1
            tot += Decimal(ow)
            nodes.append(node(ocode, "operational", otitle, weight=disp(ow, "0.0%"), unit=utitle))
            for icode, iname, unit, tg, iw in ilist:
                xl_put(ws, r, 1, icode, font=font(F, 8.5), border=grid)
                xl_put(ws, r, 2, iname, font=font(F, 8.5), border=grid, indent=2)
                xl_put(ws, r, 3, float(iw), font=font(F, 8.5), border=grid, fmt="0.0%", halign="center")
                xl_put(ws, r, 4, tg, font=font(F, 8.5), border=grid, halign="center")
                inds.append(ind(iname, ocode, code=icode, unit=unit, weight=disp(iw, "0.0%"),
                                targets=[(YEAR, tg)], unit_org=utitle))
                r += 1
        xl_put(ws, r, 2, "Totale pesi obiettivi", font=font(F, 9, bold=True), border=grid, halign="right")
        xl_put(ws, r, 3, float(tot), font=font(F, 9, bold=True), border=grid, fmt="0.0%", halign="center")
        ws.cell(row=r, column=1).border = grid
        ws.cell(row=r, column=4).border = grid
        r += 2
    xl_fit_rows(ws, HR + 1, r, pt=9)
    ws.row_breaks.append(Break(id=brk))
    xl_page(ws, landscape=False, title_rows=f"{HR}:{HR}", margins=0.6)
    ws.oddFooter.right.text = "Pag. &P"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="assegnazione")
    write_truth(d, [doc(ORG, [YEAR], kind="assignment")], nodes, inds)
    genre_readme(d, name, "assignment", LO_XLSX.format(script=SCRIPT), """
Portrait A4, Liberation Sans 8.5-10 pt, ruled grid, two pages. Three title lines (the agency; `Piano della
performance 2025 – Obiettivi assegnati alle strutture e relativi indicatori`; an italic note on what the weights
refer to). One table with ONE header row `Codice | Obiettivo / indicatore | Peso | Valore atteso 2025`, repeated on
page 2 (print titles). Each organisational unit opens with a dark merged BAND `STRUTTURA: Area Autorizzazione
pagamenti` and a merged italic line `Dirigente: dott. …` (`Responsabile:` for the Servizio); then its objectives as
bold shaded rows (`OB_02`, title, weight) each followed by its indicators (`OB_02.1`, name indented, weight, target);
the unit closes with a `Totale pesi obiettivi` row (`100,0%`). ONE `Peso` column for objectives and indicators:
fraction cells with format `0.0%` (`55,0%`). `OB_01` (anti-corruption and transparency) is assigned to EVERY unit
with that unit's own weights (15,0% / 20,0% / 30,0%; indicator split 50/50, 60/40, 50/50). A manual page break
falls INSIDE the second unit: page 2 starts with its objective `OB_05` under the repeated header but without the
unit band. Footer `Pag. n`. Truth: units `unit` (title after `STRUTTURA: `, owners = the manager as printed after the
label); objectives `operational`, parent null, `unit` = the unit title; indicators `unit_org` = the unit, code
`OB_02.1`; year 2025; `Totale` rows are not entities.
""", ["unit as a band row plus manager line, not a column or a page",
      "one `Peso` column for two levels, `0.0%` fraction cells",
      "an objective common to all units with different weights per unit",
      "page break inside a unit with the header repeated but not the unit band",
      "indicator codes extending the objective code (`OB_07.2`)",
      "total row per unit"], [])
    return name


if __name__ == "__main__":
    print(build())
