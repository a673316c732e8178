#!/usr/bin/python3
"""Genre: assignment. One case:
- gen6-assignment-lo-1: a regional environmental agency's assignment sheets printed by LibreOffice from one
  worksheet, portrait: ONE PAGE PER UNIT (manual page breaks), each page a ruled label/value form (`Struttura`,
  `Struttura sovraordinata`, `Dirigente responsabile`, `Centro di costo`) and a table with ONE `Peso (%)` column for
  objectives and indicators (bare numbers), objective rows shaded with the code in `Rif.`, indicator rows indented
  with a letter `a)`, `Valore 2025` and `Valore soglia 2026`, a `Note` column; a general objective on every page;
  fault weight.missing.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (LO_XLSX, case_dir, doc, finding, genre_readme, ind, lo_pdf, node, write_truth,  # noqa: E402
                     xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "gen6_assignment.py"

# the general objective on every page (same indicators, weights, targets)
OG = ("OB-G01", "Attuare le misure di prevenzione della corruzione e di trasparenza di competenza", [
    ("Misure di competenza attuate entro i termini del Piano", "60", "100%", "= 100%", "%", ""),
    ("Dati pubblicati nei termini nella sezione Amministrazione trasparente", "40", "96%", "≥ 98%", "%", "")])
T01 = ("OB-T01", "Coordinare il programma annuale delle ispezioni sulle installazioni AIA", [
    ("Ispezioni AIA eseguite sul totale programmato", "70", "93%", "≥ 95%", "%",
     "Programma approvato con decreto n. 12/2026"),
    ("Relazioni di ispezione trasmesse all'autorità competente entro 60 giorni", "30", "81%", "≥ 85%", "%", "")])


def assignment_lo():
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    name = "gen6-assignment-lo-1"
    org = "Agenzia Regionale per la Protezione dell'Ambiente della Valdessa"
    Y = 2026
    FAULT_IND = "Campagne di misura eseguite con il laboratorio mobile"
    # unit: (title, parent, dirigente, cost centre, [(objective, weight)])
    units = [
        ("Direzione tecnica", None, "ing. Lucia Marchetti", "CDC 0100", [
            (OG, "20"), (T01, "50"),
            (("OB-T02", "Aggiornare la carta dei servizi e delle prestazioni dell'Agenzia", [
                ("Adozione della carta dei servizi aggiornata", "100", "-", "entro il 30/09/2026", "date", "")]),
             "30")]),
        ("Dipartimento provinciale di Rocca Alta", "Direzione tecnica", "dott. Paolo Ferretti", "CDC 0412", [
            (OG, "15"), (T01, "45"),
            (("OB-D01", "Ridurre i tempi di risposta agli esposti dei cittadini", [
                ("Tempo medio di sopralluogo dalla ricezione dell'esposto", "60", "18 gg", "≤ 15 gg", "gg", ""),
                ("Esposti chiusi con relazione tecnica entro l'anno", "40", "77%", "≥ 80%", "%", "")]), "40")]),
        ("Servizio Laboratorio multisito", "Direzione tecnica", "dott.ssa Irene Colombo", "CDC 0230", [
            (OG, "15"),
            (("OB-L01", "Garantire tempi certi di refertazione delle analisi", [
                ("Campioni di acque potabili refertati entro 30 giorni", "50", "89,5%", "≥ 92,0%", "%", ""),
                ("Tempo medio di refertazione dei campioni di suolo", "50", "34 gg", "≤ 30 gg", "gg", "")]), "50"),
            (("OB-L02", "Mantenere l'accreditamento delle prove di laboratorio", [
                ("Prove accreditate mantenute dopo la visita dell'ente di accreditamento", "100", "n. 148", "≥ n. 150",
                 "N.", "Visita di sorveglianza prevista a ottobre")]), "35")]),
        ("Servizio Monitoraggio qualità dell'aria", "Dipartimento provinciale di Rocca Alta", "dott. Davide Sartori",
         "CDC 0415", [
             (OG, "10"),
             (("OB-A01", "Assicurare la qualità dei dati della rete di monitoraggio dell'aria", [
                 ("Rendimento strumentale delle centraline (dati validi sul totale)", "60", "91,2%", "≥ 92,0%", "%", ""),
                 ("Bollettini quotidiani pubblicati entro le ore 12", "40", "97%", "≥ 98%", "%", ""),
                 (FAULT_IND, None, "n. 9", "≥ n. 10", "N.", "")]), "60"),
             (("OB-A02", "Diffondere i dati ambientali in formato aperto", [
                 ("Dataset della qualità dell'aria pubblicati in formato aperto", "100", "6", "≥ 8", None, "")]),
              "30")]),
    ]
    S = xl_styles()
    Font, Side, Border = S["Font"], S["Side"], S["Border"]
    ln = Side(style="thin", color="404040")
    grid = Border(left=ln, right=ln, top=ln, bottom=ln)
    F = "DejaVu Serif"
    f8, f8b, f8i = Font(name=F, size=8.5), Font(name=F, size=8.5, bold=True), Font(name=F, size=8.5, italic=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede 2026"
    for k, v in {"A": 9, "B": 52, "C": 9, "D": 12, "E": 14, "F": 26}.items():
        ws.column_dimensions[k].width = v
    r = 1
    nodes, inds = [], []
    heights = {}
    for u, (utitle, parent, boss, cdc, objs) in enumerate(units):
        if u:
            ws.row_breaks.append(Break(id=r - 1))
        xl_put(ws, r, 1, org, font=Font(name=F, size=10, bold=True, color="1F4E79"), wrap=False)
        xl_put(ws, r + 1, 1, f"Scheda di assegnazione degli obiettivi – anno {Y}", font=Font(name=F, size=9.5),
               wrap=False)
        heights[r] = 16
        r += 3
        form = [("Struttura", utitle)]
        if parent:
            form.append(("Struttura sovraordinata", parent))
        form += [("Dirigente responsabile", boss), ("Centro di costo", cdc)]
        for lab, val in form:
            xl_put(ws, r, 1, lab, font=f8b, fill="DEEAF6", border=grid, valign="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            xl_put(ws, r, 3, val, font=f8b if lab == "Struttura" else f8, border=grid, valign="center")
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
            xl_box(ws, r, 1, r, 6, grid)
            heights[r] = 15
            r += 1
        nodes.append(node(None, "unit", utitle, parent=parent, owners=[boss]))
        r += 1
        for c, t in enumerate(["Rif.", "Obiettivo / Indicatore", "Peso (%)", "Valore 2025", "Valore soglia 2026",
                               "Note"], 1):
            xl_put(ws, r, c, t, font=f8b, fill="1F4E79", border=grid, halign="center", valign="center")
            ws.cell(row=r, column=c).font = Font(name=F, size=8.5, bold=True, color="FFFFFF")
        heights[r] = 26
        r += 1
        first = r
        for (ocode, otitle, ilist), ow in objs:
            for c, v in ((1, ocode), (2, otitle), (3, ow), (4, None), (5, None), (6, None)):
                xl_put(ws, r, c, v, font=f8b, fill="F2F2F2", border=grid, halign="center" if c == 3 else None)
            nodes.append(node(ocode, "operational", otitle, weight=ow, unit=utitle))
            r += 1
            for k, (iname, iw, base, tg, unit, note) in enumerate(ilist):
                for c, v in ((1, f"{'abcdefg'[k]})"), (2, iname), (3, iw), (4, base), (5, tg), (6, note or None)):
                    xl_put(ws, r, c, v, font=f8i if c == 6 else f8, border=grid,
                           halign="right" if c == 1 else ("center" if c in (3, 4, 5) else None),
                           indent=1 if c == 2 else 0)
                inds.append(ind(iname, ocode, unit=unit, weight=iw, baselines=[(Y - 1, base)], targets=[(Y, tg)],
                                unit_org=utitle, notes=[note] if note else []))
                r += 1
        xl_fit_rows(ws, first, r - 1, pt=8.5)
        xl_put(ws, r + 1, 1, "Firma del dirigente per accettazione: ______________________", font=f8i, wrap=False)
        xl_put(ws, r + 2, 1, "Rif.: lettere a), b), c) = indicatori dell'obiettivo; Peso (%) = peso dell'obiettivo "
               "nella scheda o dell'indicatore nell'obiettivo.", font=Font(name=F, size=7.5, italic=True), wrap=False)
        r += 4
    for k, v in heights.items():
        ws.row_dimensions[k].height = v
    xl_page(ws, landscape=False, margins=0.6)
    ws.page_margins.top = 0.8
    ws.page_margins.header = 0.3
    ws.oddHeader.right.text = "Piano della performance 2026 – Allegato 3"
    ws.oddFooter.center.text = "Pag. &P di &N"
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    lo_pdf(os.path.join(d, "input.xlsx"), os.path.join(d, "input.pdf"))
    os.remove(os.path.join(d, "input.xlsx"))
    fnd = [finding("weight.missing", "OB-A01",
                   f"under Servizio Monitoraggio qualità dell'aria, indicator '{FAULT_IND}' of OB-A01 has no weight "
                   "while its siblings carry 60 + 40", unit="Servizio Monitoraggio qualità dell'aria")]
    write_truth(d, [doc(org, [Y], kind="assignment")], nodes, inds, fnd)
    genre_readme(d, name, "assignment", LO_XLSX.format(script=SCRIPT), """
Portrait A4, DejaVu Serif 8.5 pt, printed by LibreOffice from ONE worksheet cut into pages by manual page breaks:
ONE PAGE PER ORGANISATIONAL UNIT. Each page: the agency and `Scheda di assegnazione degli obiettivi – anno 2026`, then a
ruled label/value form with shaded labels — `Struttura` (truth unit title), `Struttura sovraordinata` (truth unit
parent; absent for the top unit `Direzione tecnica`), `Dirigente responsabile` (truth unit owners), `Centro di costo`
(not in the truth) — then a table with a white-on-blue header `Rif. | Obiettivo / Indicatore | Peso (%) | Valore 2025 |
Valore soglia 2026 | Note`. ONE weight column for both levels, bare numbers (`20`, `60`): objective rows are shaded
and bold with the code in `Rif.` (`OB-G01`) and the objective's weight in the unit; indicator rows carry a letter
`a)`, `b)` in `Rif.` (not a code), the indented name, the indicator's weight within its objective, the 2025 value
(baseline) and the 2026 target under `Valore soglia 2026`. `Note` holds free text on two indicators (truth notes). A
signature line and a legend close each page. The general objective `OB-G01` is on every page with that unit's
weight (20, 15, 15, 10) and the same indicators, weights and targets; `OB-T01` is shared by the Direzione tecnica
and the Dipartimento. Unit hierarchy: Direzione tecnica > Dipartimento provinciale di Rocca Alta > Servizio
Monitoraggio qualità dell'aria; Servizio Laboratorio multisito under the Direzione. Truth: unit nodes (level `unit`);
objectives level `operational`, `unit` = the unit, parent null; indicators `unit_org` = the unit.
""", ["one page per unit via manual page breaks in a single sheet; form block above each table",
      "unit hierarchy only through a `Struttura sovraordinata` form row",
      "one `Peso (%)` column for objectives and indicators, bare numbers",
      "header synonym `Valore soglia 2026` for the target; `n. 148` / `≥ n. 150` count forms",
      "letters `a)` `b)` as indicator markers (not codes); `Note` column; signature line",
      "portrait, ruled, DejaVu Serif 8.5 pt"],
        [f"`weight.missing` on `OB-A01` (unit `Servizio Monitoraggio qualità dell'aria`): its indicator "
         f"`{FAULT_IND}` has an EMPTY `Peso (%)` cell while its siblings carry 60 + 40 (which alone sum to 100)"])
    return name


if __name__ == "__main__":
    print(assignment_lo())
