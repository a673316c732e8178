#!/usr/bin/python3
"""h13-assignment-xlsx-1: a social-security institute's assignment of objectives 2026 to its managers, kept as
.xlsx. One sheet with a SCHEDA per unit stacked vertically: label rows `Centro di responsabilità | D.02 | name` and
`Dirigente` / `Responsabile`, then a table `N. | Obiettivo | Ponderazione | Indicatore | Valore atteso 2026 | Note`;
objective code, title and weight (`0.00%`) MERGED down over its indicators; ONLY objectives weighted; the
transversal objective `TR.1` under two units with the same weight; thirds 33,33/33,33/33,34 in a third unit.
Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (XLSX, case_dir, disp, doc, font, genre_readme, ind, node, widths, write_truth,  # noqa: E402
                      xl_box, xl_fit_rows, xl_put, xl_save, xl_styles)

SCRIPT = "h13_assignment.py"
NAME = "h13-assignment-xlsx-1"
ORG = "Istituto di Previdenza dei Lavoratori Marittimi"
YEAR = 2026
TR_NOTE = "Obiettivo trasversale comune alle direzioni"
TR = ("TR.1", "Attuare le misure di prevenzione della corruzione e di trasparenza", 0.20, [
    ("Misure del piano di prevenzione della corruzione attuate nei termini", "%", "= 100%", TR_NOTE)])

# unit (cdr, title, label, manager) -> objective (code, title, w, [(indicator, unit, target, note)])
UNITS = [
    ("D.02", "Direzione Prestazioni Pensionistiche", "Dirigente", "Dott. Carlo Venturelli", [
        ("PP.1", "Ridurre i tempi di liquidazione delle pensioni di vecchiaia e anticipate", 0.45, [
            ("Tempo medio di liquidazione dalla presentazione della domanda", "gg", "≤ 30 gg", None),
            ("Domande liquidate entro 60 giorni", "%", "≥ 92%", None)]),
        ("PP.2", "Completare la revisione delle posizioni contributive pregresse", 0.35, [
            ("Posizioni assicurative revisionate nell'anno", "N.", "≥ 1.800", None)]),
        TR]),
    ("D.03", "Direzione Entrate e Vigilanza Contributiva", "Dirigente", "Dott.ssa Ilaria Morandotti", [
        ("EV.1", "Intensificare il recupero dei crediti contributivi", 0.40, [
            ("Crediti contributivi recuperati nell'anno", "EUR", "≥ € 4.500.000,00", None),
            ("Avvisi bonari emessi entro 120 giorni dalla scadenza del versamento", "%", "≥ 90%", None)]),
        ("EV.2", "Potenziare l'attività ispettiva presso le imprese armatrici", 0.40, [
            ("Accessi ispettivi effettuati", "N.", "almeno 140", None)]),
        TR]),
    ("S.05", "Servizio Sistemi Informativi", "Responsabile", "Ing. Tommaso Ferrazzi", [
        ("SI.1", "Migrare i servizi applicativi sul cloud qualificato", 0.3333, [
            ("Applicativi migrati sull'infrastruttura cloud", "N.", "≥ 12", None)]),
        ("SI.2", "Estendere l'accesso ai servizi on line con identità digitale", 0.3333, [
            ("Servizi on line accessibili con SPID, CIE o eIDAS", "%", "= 100%", None)]),
        ("SI.3", "Garantire la continuità operativa dei sistemi", 0.3334, [
            ("Disponibilità dei servizi on line in orario d'ufficio", "%", "≥ 99,5%", None),
            ("Completamento del test di disaster recovery", "date", "entro il 30/11/2026", None)])]),
]


def build():
    from openpyxl import Workbook
    S = xl_styles()
    grid = S["grid"]
    F = "Calibri"
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede obiettivi 2026"
    widths(ws, [8, 44, 13, 46, 20, 28])
    xl_put(ws, 1, 1, ORG, font=font(F, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Sistema di misurazione e valutazione – assegnazione degli obiettivi ai dirigenti per l'anno 2026",
           font=font(F, 10.5, italic=True), wrap=False)
    r = 4
    nodes, inds = [], []
    f10 = font(F, 10)
    for cdr, utitle, label, mgr, objs in UNITS:
        xl_put(ws, r, 1, "Centro di responsabilità", font=font(F, 10, bold=True), fill="E2EFDA", wrap=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        xl_put(ws, r, 3, cdr, font=font(F, 10, bold=True), fill="E2EFDA", halign="center")
        xl_put(ws, r, 4, utitle, font=font(F, 10, bold=True), fill="E2EFDA")
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
        xl_put(ws, r + 1, 1, label, font=font(F, 10, bold=True), wrap=False)
        ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=2)
        xl_put(ws, r + 1, 3, mgr, font=f10, wrap=False)
        nodes.append(node(None, "unit", utitle, owners=[mgr]))
        r += 3
        for c, h in enumerate(["N.", "Obiettivo", "Ponderazione", "Indicatore", "Valore atteso 2026", "Note"], 1):
            xl_put(ws, r, c, h, font=font(F, 10, bold=True), border=grid, fill="C6E0B4", halign="center")
        r += 1
        first = r
        for ocode, otitle, ow, ilist in objs:
            o0 = r
            for iname, unit, tg, note in ilist:
                xl_put(ws, r, 4, iname, font=f10, border=grid)
                xl_put(ws, r, 5, tg, font=f10, border=grid, halign="center")
                xl_put(ws, r, 6, note, font=font(F, 9, italic=True), border=grid)
                inds.append(ind(iname, ocode, unit=unit, targets=[(YEAR, tg)], unit_org=utitle,
                                notes=[note] if note else []))
                r += 1
            xl_put(ws, o0, 1, ocode, font=f10, border=grid, halign="center")
            xl_put(ws, o0, 2, otitle, font=f10, border=grid)
            xl_put(ws, o0, 3, ow, font=f10, border=grid, fmt="0.00%", halign="center")
            xl_box(ws, o0, 1, r - 1, 3, grid)
            if r - 1 > o0:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
            nodes.append(node(ocode, "operational", otitle, weight=disp(ow, "0.00%"), unit=utitle))
        xl_fit_rows(ws, first, r - 1, pt=10)
        r += 2
    nt = wb.create_sheet("Note")
    widths(nt, [110])
    for i, t in enumerate(["La ponderazione è attribuita agli obiettivi di ciascun centro di responsabilità e somma "
                           "a 100%; gli indicatori di un obiettivo concorrono in parti uguali.",
                           "Gli obiettivi trasversali (codice TR) sono assegnati con la medesima ponderazione a "
                           "tutte le direzioni.", "Approvato con determinazione del Direttore generale n. 14/2026."], 1):
        xl_put(nt, i, 1, t, font=font(F, 10))
    d = case_dir(NAME)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, [YEAR], kind="assignment")], nodes, inds)
    genre_readme(d, NAME, "assignment", XLSX.format(script=SCRIPT), """
One sheet `Schede obiettivi 2026` (plus `Note`), Calibri 10 pt. Title and subtitle, then one SCHEDA per unit
stacked vertically: a green label row `Centro di responsabilità | D.02 | Direzione Prestazioni Pensionistiche`
(code in its own cell), a row `Dirigente` (or `Responsabile`) with the name, an empty row, then a ruled table `N. |
Obiettivo | Ponderazione | Indicatore | Valore atteso 2026 | Note`. Objective code, title and weight (`0.00%`
cells) are MERGED down over the objective's indicator rows; indicators carry no weight and no code. The
transversal objective `TR.1` appears under two units with the same weight (20,00%) and the same indicator (note
`Obiettivo trasversale comune alle direzioni`). The third unit's objectives are thirds (33,33 + 33,33 + 33,34).
Truth: unit nodes `unit` (title = the unit name, owner = the person), objectives `operational` with `unit` = unit
name and parent null, indicators with `unit_org`; the CdR codes (`D.02`) are not node codes.
""", ["stacked unit schede on one sheet with label rows", "only objectives weighted",
      "the same objective under two units with the same weight", "thirds", "merged cells in a kept .xlsx",
      "target forms `≤ 30 gg`, `almeno 140`, `≥ € 4.500.000,00`, `entro il 30/11/2026`, `= 100%`"], [])
    return NAME


if __name__ == "__main__":
    print(build())
