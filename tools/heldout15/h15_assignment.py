#!/usr/bin/python3
"""h15-assignment-ods-1: a comune's assignment of objectives 2026 to its sectors, kept as an .ods workbook. One sheet;
each unit is a BLOCK opened by a merged caption row `CdR 02 – Settore Servizi finanziari e tributi` and a second row
`Dirigente: …` (or `Comandante: …`), then ITS OWN header row (repeated per block); objective code, title and `Peso
(%)` (bare integers) merged down over their indicators; indicators WITHOUT weight and code; `Valore 2025
(preconsuntivo)` and `Valore atteso 2026`; the transversal objective `T.01` repeated in every unit with the SAME
weight 10; a `Totale pesi` row closes each block. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (ODS, case_dir, doc, font, genre_readme, ind, node, ods_of, widths, write_truth,  # noqa: E402
                      xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "h15_assignment.py"
ORG = "Comune di Valdorsa"
UM = {"%": "%", "n.": "N.", "gg": "gg", "data": "date", "€": "EUR", "SI/NO": "text"}

T01 = ("T.01", "Attuare le misure di prevenzione della corruzione e di trasparenza del PIAO", 10, [
    ("Misure di prevenzione di competenza del settore attuate nei termini", "%", "92%", "100%"),
    ("Pubblicazioni obbligatorie aggiornate entro la scadenza", "%", "95%", "100%")])

# unit (cdr, title, role, person) -> objectives (code, title, weight, indicators (name, U.M., 2025, target 2026))
UNITS = [
    ("01", "Settore Affari generali e istituzionali", "Dirigente", "Dott.ssa Marta Gallesi", [
        ("01.01", "Riorganizzare il protocollo informatico e la gestione documentale", 35, [
            ("Documenti in entrata protocollati entro il giorno lavorativo successivo", "%", "81%", "almeno 90%"),
            ("Adozione del nuovo manuale di gestione documentale", "data", "–", "entro il 30.06.2026")]),
        ("01.02", "Ridurre i tempi di pubblicazione delle deliberazioni", 30, [
            ("Tempo medio tra adozione e pubblicazione all'albo on line", "gg", "6", "non oltre 3")]),
        ("01.03", "Digitalizzare le sedute degli organi collegiali", 25, [
            ("Sedute del Consiglio trasmesse in streaming", "%", "40%", "100%"),
            ("Verbali firmati digitalmente", "SI/NO", "NO", "SI")]),
        T01]),
    ("02", "Settore Servizi finanziari e tributi", "Dirigente", "Dott. Paolo Cerretani", [
        ("02.01", "Migliorare la capacità di riscossione delle entrate proprie", 45, [
            ("Riscossione in conto competenza della TARI", "%", "79,4%", "almeno 82%"),
            ("Avvisi di accertamento IMU notificati", "n.", "1.140", "almeno 1.300")]),
        ("02.02", "Rispettare i tempi di pagamento delle fatture commerciali", 45, [
            ("Indicatore annuale di tempestività dei pagamenti", "gg", "-2", "non oltre -3")]),
        T01]),
    ("03", "Settore Lavori pubblici e manutenzioni", "Dirigente", "Ing. Sara Venturelli", [
        ("03.01", "Completare le opere finanziate dal PNRR nei tempi del cronoprogramma", 30, [
            ("Collaudo della nuova scuola primaria di via dei Tigli", "data", "–", "entro il 31.10.2026"),
            ("Spesa PNRR liquidata sul totale finanziato", "%", "48%", "almeno 85%")]),
        ("03.02", "Programmare la manutenzione del patrimonio stradale", 30, [
            ("Chilometri di strade comunali riasfaltati", "n.", "7,5", "almeno 9")]),
        ("03.03", "Ridurre i tempi di intervento sulle segnalazioni dei cittadini", 30, [
            ("Segnalazioni di pericolo chiuse entro 48 ore", "%", "71%", "almeno 80%"),
            ("Tempo medio di chiusura delle altre segnalazioni", "gg", "19", "non oltre 15")]),
        T01]),
    ("04", "Corpo di Polizia locale", "Comandante", "Luca Morsiani", [
        ("04.01", "Rafforzare il presidio del territorio nelle ore serali", 50, [
            ("Turni serali di pattugliamento effettuati", "n.", "210", "almeno 240")]),
        ("04.02", "Accelerare la gestione dei verbali al codice della strada", 40, [
            ("Verbali notificati entro 60 giorni dall'accertamento", "%", "88%", "almeno 95%"),
            ("Riscossione delle sanzioni tramite pagoPA", "%", "64%", "almeno 75%")]),
        T01]),
]


def build():
    from openpyxl import Workbook
    st = xl_styles()
    grid = st["grid"]
    name = "h15-assignment-ods-1"
    F = "Liberation Sans"
    wb = Workbook()
    ws = wb.active
    ws.title = "Assegnazione obiettivi 2026"
    widths(ws, [8, 40, 9, 44, 8, 14, 16])
    xl_put(ws, 1, 1, ORG.upper(), font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano esecutivo di gestione 2026 – Obiettivi assegnati ai responsabili dei centri di "
           "responsabilità (CdR)", font=font(F, 10), wrap=False)
    xl_put(ws, 3, 1, "Il peso è espresso in centesimi sul totale degli obiettivi del CdR; gli indicatori non sono "
           "ponderati.", font=font(F, 8, italic=True), wrap=False)
    heads = ["Cod.", "Obiettivo", "Peso (%)", "Indicatore", "U.M.", "Valore 2025 (preconsuntivo)",
             "Valore atteso 2026"]
    r = 5
    nodes, inds = [], []
    f9 = font(F, 9)
    for cdr, utitle, role, person, objs in UNITS:
        xl_put(ws, r, 1, f"CdR {cdr} – {utitle}", font=font(F, 10, bold=True, color="FFFFFF"), fill="3C5A3C",
               wrap=False)
        for c in range(2, 8):
            xl_put(ws, r, c, None, fill="3C5A3C")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        xl_put(ws, r, 1, f"{role}: {person}", font=font(F, 9, italic=True), wrap=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for c, h in enumerate(heads, 1):
            xl_put(ws, r, c, h, font=font(F, 8.5, bold=True), fill="DCE6DC", border=grid, halign="center",
                   valign="center")
        ws.row_dimensions[r].height = 24
        r += 1
        nodes.append(node(None, "unit", utitle, owners=[person]))
        first = r
        total = 0
        for ocode, otitle, w, ilist in objs:
            o0 = r
            for iname, um, v25, tg in ilist:
                xl_put(ws, r, 4, iname, font=f9, border=grid)
                xl_put(ws, r, 5, um, font=f9, border=grid, halign="center")
                xl_put(ws, r, 6, v25, font=f9, border=grid, halign="center")
                xl_put(ws, r, 7, tg, font=f9, border=grid, halign="center")
                inds.append(ind(iname, ocode, unit=UM[um], baselines=[(2025, v25)] if v25 != "–" else [(2025, v25)],
                                targets=[(2026, tg)], unit_org=utitle))
                r += 1
            for c, v in ((1, ocode), (2, otitle), (3, w)):
                xl_put(ws, o0, c, v, font=font(F, 9, bold=c != 3), border=grid, halign="center" if c == 3 else None,
                       fmt="General" if c == 3 else None)
                xl_box(ws, o0, c, r - 1, c, grid)
                if r - 1 > o0:
                    ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
            total += w
            nodes.append(node(ocode, "operational", otitle, weight=str(w), unit=utitle))
        xl_fit_rows(ws, first, r - 1, pt=9, narrow=1.05)
        xl_put(ws, r, 1, "Totale pesi", font=font(F, 9, bold=True), fill="F0F0F0", border=grid)
        xl_put(ws, r, 2, None, fill="F0F0F0", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        xl_put(ws, r, 3, total, font=font(F, 9, bold=True), fill="F0F0F0", border=grid, halign="center")
        assert total == 100, (utitle, total)
        r += 2
    xl_page(ws, landscape=False, margins=0.5)
    ws.oddFooter.center.text = "&A – pagina &P"
    d = case_dir(name)
    ods_of(wb, os.path.join(d, "input.ods"), stem="assegnazione")
    write_truth(d, [doc(ORG, [2026], kind="assignment")], nodes, inds)
    genre_readme(d, name, "assignment", ODS.format(script=SCRIPT), """
One sheet `Assegnazione obiettivi 2026`, portrait when printed, Liberation Sans 9 pt. Three title lines (the comune in
capitals, the PEG title, an italic note: weights in hundredths of the CdR's total, indicators not weighted). Then one
BLOCK per organisational unit: a dark green merged caption row `CdR 02 – Settore Servizi finanziari e tributi`, an
italic merged row `Dirigente: Dott. Paolo Cerretani` (the police unit says `Comandante: Luca Morsiani`), the block's
OWN header row `Cod. | Obiettivo | Peso (%) | Indicatore | U.M. | Valore 2025 (preconsuntivo) | Valore atteso 2026`,
objective rows with code, title and weight (bare integer number cells) merged down over their indicator rows, and a
`Totale pesi` row (100). The transversal objective `T.01` closes every block with the same weight 10 and the same two
indicators. Blank row between blocks.
Truth: one `unit` node per CdR (title = the text after `CdR nn – `, owners = [the person after `Dirigente:` /
`Comandante:`]); one node per (objective, unit) with `unit` = that title, parent null, weight raw as displayed (`35`),
level `operational` (the transversal one too); indicators without code and weight, `unit_org` =
the unit, baseline 2025 = the preconsuntivo, target 2026. `Totale pesi` rows are not entities.
""", ["unit blocks with their own repeated header rows, caption + manager line above each",
      "weights as bare integers in General format (`35`), summing to 100 per unit; indicators not weighted",
      "a transversal objective repeated in every unit with the same weight and indicators",
      "operators in words (`almeno 90%`, `non oltre 3`, `non oltre -3`, `entro il 30.06.2026` with dots), a bare "
      "`100%` target, `SI`",
      "baseline of the year before the plan labelled `preconsuntivo`, `–` baselines", "merged cells in a kept "
      ".ods"], [])
    return name


if __name__ == "__main__":
    print(build())
