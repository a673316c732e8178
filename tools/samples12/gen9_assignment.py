#!/usr/bin/python3
"""gen9-assignment-lo-1: a university's objectives assigned to its managers for 2026, written as a workbook and
printed by LibreOffice. EXPORT-LIKE: one row per indicator, NO merges, `Struttura` and `Dirigente` repeated on every
row, objective code/title/`Peso obiettivo` repeated on each of its indicator rows; two TRANSVERSAL objectives
(`OB.T.1`, `OB.T.2`) listed under every unit with the SAME weights and indicators; weights as `0%` / `0.00%` fraction
cells; zebra per unit; page break inside a unit with the header repeated. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (LO_XLSX, case_dir, disp12, doc, font, genre_readme, ind, lo_pdf_of, node, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_page, xl_put)

SCRIPT = "gen9_assignment.py"
ORG = "Università degli Studi di Valcastello"
YEAR = 2026

T1 = ("OB.T.1", "Attuare le misure di prevenzione della corruzione e di trasparenza di competenza", 0.20, [
    ("Misure del Piano di prevenzione attuate nei termini", 0.50, "100%", "%"),
    ("Dati pubblicati in Amministrazione trasparente entro le scadenze", 0.50, "≥ 95%", "%")])
T2 = ("OB.T.2", "Ridurre i tempi di liquidazione delle fatture passive", 0.10, [
    ("Tempo medio di liquidazione delle fatture della struttura", 1.0, "≤ 20 gg", "gg")])

# unit (title, manager, own objectives (code, title, weight, indicators (name, weight, target, unit)))
UNITS = [
    ("Area Didattica e Servizi agli Studenti", "dott.ssa Giulia Ferraresi", [
        ("OB.D.1", "Digitalizzare la verbalizzazione degli esami di profitto", 0.40, [
            ("Esami verbalizzati con firma digitale sul totale", 0.60, "≥ 98%", "%"),
            ("Tempo medio di registrazione dell'esame in carriera", 0.40, "≤ 2 gg", "gg")]),
        ("OB.D.2", "Ampliare i servizi di orientamento in ingresso", 0.30, [
            ("Incontri di orientamento con le scuole superiori", 0.3333, "≥ 60", "N."),
            ("Studenti partecipanti agli open day", 0.3333, "≥ 2.500", "N."),
            ("Questionari di gradimento con giudizio positivo", 0.3334, "≥ 85%", "%")])]),
    ("Area Ricerca e Terza Missione", "dott. Marco Ugolini", [
        ("OB.R.1", "Aumentare la partecipazione ai bandi competitivi europei", 0.45, [
            ("Proposte presentate su Horizon Europe", 0.70, "≥ 45", "N."),
            ("Proposte assistite dall'ufficio nella fase di pre-submission", 0.30, "≥ 80%", "%")]),
        ("OB.R.2", "Valorizzare i brevetti dell'Ateneo", 0.25, [
            ("Contratti di licenza o opzione sottoscritti", 1.0, "≥ 3", "N.")])]),
    ("Area Risorse Umane", "dott. Stefano Albanese", [
        ("OB.P.1", "Completare le procedure di reclutamento del piano dei fabbisogni", 0.50, [
            ("Procedure concorsuali concluse entro l'anno", 0.50, "≥ 90%", "%"),
            ("Tempo medio di conclusione delle procedure", 0.50, "≤ 150 gg", "gg")]),
        ("OB.P.2", "Attuare il piano di formazione del personale tecnico-amministrativo", 0.20, [
            ("Ore di formazione pro capite", 1.0, "≥ 24", "N.")])]),
    ("Area Edilizia e Patrimonio", "ing. Carla Montanari", [
        ("OB.E.1", "Ridurre i consumi energetici degli edifici universitari", 0.35, [
            ("Riduzione dei consumi elettrici rispetto al 2024", 0.50, "≥ 5%", "%"),
            ("Edifici con sistema di monitoraggio dei consumi", 0.50, "≥ 12", "N.")]),
        ("OB.E.2", "Avviare i lavori della nuova biblioteca di Ateneo", 0.35, [
            ("Consegna dei lavori all'impresa aggiudicataria", 1.0, "entro il 30/09/2026", "date")])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break
    name = "gen9-assignment-lo-1"
    F = "Liberation Serif"
    thin = Side(style="thin", color="7F7F7F")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    ws = wb.active
    ws.title = "Assegnazione 2026"
    widths(ws, [22, 17, 8, 34, 9, 36, 9, 13])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano integrato 2026-2028 – Obiettivi operativi 2026 assegnati alle strutture dirigenziali",
           font=font(F, 10), wrap=False)
    heads = ["Struttura", "Dirigente", "Cod.", "Obiettivo", "Peso obiettivo", "Indicatore", "Peso indicatore",
             "Valore atteso 2026"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9, bold=True), fill="C9C9C9", border=grid, halign="center",
               valign="center")
    r = HR + 1
    nodes, inds = [], []
    f9 = font(F, 8.5)
    fills = ["FFFFFF", "EDEDED"]
    for k, (utitle, mgr, own) in enumerate(UNITS):
        nodes.append(node(None, "unit", utitle, owners=[mgr]))
        fill = fills[k % 2]
        for ocode, otitle, ow, ilist in [T1, T2] + own:
            wf = "0%"
            nodes.append(node(ocode, "operational", otitle, weight=disp12(ow, wf), unit=utitle))
            for iname, iw, tg, unit in ilist:
                iwf = "0%" if round(iw * 100, 6) == int(round(iw * 100, 6)) else "0.00%"
                vals = [utitle, mgr, ocode, otitle, (ow, wf), iname, (iw, iwf), tg]
                for c, v in enumerate(vals, 1):
                    if isinstance(v, tuple):
                        xl_put(ws, r, c, v[0], font=f9, fill=fill, border=grid, fmt=v[1], halign="center")
                    else:
                        xl_put(ws, r, c, v, font=f9, fill=fill, border=grid, halign="center" if c == 8 else None)
                inds.append(ind(iname, ocode, unit=unit, weight=disp12(iw, iwf), targets=[(YEAR, tg)],
                                unit_org=utitle))
                r += 1
        if k == 1:
            ws.row_breaks.append(Break(id=r - 4))
    xl_put(ws, r + 1, 1, "Gli obiettivi OB.T.1 e OB.T.2 sono trasversali e assegnati a tutte le strutture con il "
           "medesimo peso. I pesi degli obiettivi di ciascuna struttura sommano a 100%.", font=font(F, 8, italic=True),
           wrap=False)
    xl_fit_rows(ws, HR + 1, r - 1, pt=8.5)
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.5)
    ws.oddFooter.center.text = "&P / &N"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="assegnazione")
    write_truth(d, [doc(ORG, [YEAR], kind="assignment")], nodes, inds)
    genre_readme(d, name, "assignment", LO_XLSX.format(script=SCRIPT), """
Landscape A4, Liberation Serif 8.5 pt, thin grey grid, two pages. Two title lines (the university, `Piano integrato
2026-2028 – Obiettivi operativi 2026 assegnati alle strutture dirigenziali`), then ONE export-like table with NO
merged cells: `Struttura | Dirigente | Cod. | Obiettivo | Peso obiettivo | Indicatore | Peso indicatore | Valore
atteso 2026`, one row per indicator. The unit and its manager are REPEATED on every row; the objective's code, title
and weight are REPEATED on each of its indicator rows. Units alternate white / grey (zebra per unit). Every unit
lists first the two TRANSVERSAL objectives `OB.T.1` (20%) and `OB.T.2` (10%) with the same weights and indicators,
then its own objectives (`OB.D.1` …). Weights are fraction cells (`0%`; thirds `0.00%`: 33,33% + 33,33% + 33,34%).
The header row is repeated after each page break; a manual break falls INSIDE the second unit. A closing italic note
says that the transversal objectives have the same weight everywhere and that each unit's weights sum to 100%. Truth:
one `unit` node per Struttura (owners = the Dirigente), one `operational` node per (objective, unit) with `unit` set
and parent null, indicators without code under their objective with `unit_org`.
""", ["export-like table, no merges, unit/manager/objective repeated on every indicator row",
      "a repeated objective under every unit with the SAME weight and indicators (`OB.T.1`, `OB.T.2`): not a "
      "conflict", "weights as fraction cells, thirds `33,33% + 33,33% + 33,34%`",
      "header synonyms `Struttura`, `Dirigente`, `Peso obiettivo`, `Valore atteso`",
      "zebra per unit, manual page break inside a unit, header repeated", "a date target `entro il 30/09/2026`"], [])
    return name


if __name__ == "__main__":
    print(build())
