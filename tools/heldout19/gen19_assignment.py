#!/usr/bin/python3
"""h19-assignment-xlsx-1: a court of appeal's assignment of objectives to its offices for 2026, an openpyxl workbook
kept as .xlsx. INVERTED nesting: each OBJECTIVE is a band row (`OB.1` + merged title) and the offices it is assigned
to follow as indented rows (`Articolazione`, `Responsabile`, `Peso`, one indicator, `Dato 2025`, `Target 2026`);
an office's objectives are scattered over the sheet and sum to 100% only per office. `Peso` as `0%` fraction cells,
header cells for the narrow columns ROTATED 90°; `Dato 2025` number cells with per-row formats; a legend sheet
`Articolazioni` lists offices and heads. One fault: weight.missing (`Ufficio relazioni con il pubblico`, empty Peso
cell on OB.6). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import (XLSX, case_dir, disp12, doc, finding, font, ind, node, readme13, widths,  # noqa: E402
                      write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "gen19_assignment.py"
NAME = "h19-assignment-xlsx-1"
ORG = "Corte d'Appello di Bassano"
YEARS = [2026]
U1, U2, U3, U4, U5 = ("Cancelleria civile", "Cancelleria penale", "Ufficio per il processo",
                      "Ufficio recupero crediti e spese di giustizia", "Ufficio relazioni con il pubblico")
HEADS = {U1: "dott.ssa Laura Fantin", U2: "dott. Michele Zanin", U3: "dott. Enrico Basso",
         U4: "sig.ra Paola Dal Zotto", U5: "dott.ssa Giulia Menegon"}
# objective: (code, title, [(unit, weight fraction or None, indicator, unit of measure, value 2025, format, target)])
OBJ = [
    ("OB.1", "Ridurre l'arretrato dei procedimenti civili pendenti da oltre tre anni", [
        (U1, 0.40, "Fascicoli ultratriennali definiti nell'anno", "N.", 286, "#,##0", "≥ 320"),
        (U3, 0.50, "Bozze di provvedimento predisposte per i consiglieri", "N.", 412, "#,##0", "≥ 450")]),
    ("OB.2", "Ridurre i tempi di pubblicazione e di esecuzione dei provvedimenti depositati", [
        (U1, 0.30, "Tempo medio tra deposito e pubblicazione della sentenza", "gg", 6, '0" gg"', "≤ 4 gg"),
        (U2, 0.35, "Sentenze irrevocabili trasmesse per l'esecuzione entro 30 giorni", "%", 0.874, "0.0%", "≥ 90%")]),
    ("OB.3", "Completare la digitalizzazione dei fascicoli penali di appello", [
        (U2, 0.40, "Fascicoli di appello iscritti in formato nativo digitale", "%", 0.62, "0%", "≥ 80%"),
        (U3, 0.30, "Fascicoli cartacei pregressi scansionati e indicizzati", "N.", 3150, "#,##0", "≥ 5.000")]),
    ("OB.4", "Incrementare il recupero delle spese di giustizia e delle pene pecuniarie", [
        (U4, 0.60, "Importo riscosso sui crediti iscritti a ruolo", "%", 0.318, "0.0%", "≥ 35%"),
        (U2, 0.25, "Fogli notizie trasmessi al recupero entro 60 giorni dal giudicato", "%", 0.71, "0%", "≥ 85%")]),
    ("OB.5", "Migliorare l'accesso degli utenti ai servizi di cancelleria", [
        (U1, 0.30, "Richieste di copie evase entro 5 giorni dalla prenotazione on line", "%", 0.66, "0%", "≥ 75%"),
        (U5, 0.70, "Utenti soddisfatti nell'indagine di customer satisfaction", "%", 0.78, "0%", "≥ 80%")]),
    ("OB.6", "Attuare il piano di formazione del personale amministrativo", [
        (U3, 0.20, "Addetti all'Ufficio per il processo che hanno completato il percorso formativo", "%", "n.d.",
         None, "≥ 90%"),
        (U4, 0.40, "Ore di formazione pro capite", "N.", 11, "0", "≥ 14"),
        (U5, None, "Dipendenti formati sulla comunicazione con l'utenza", "%", 0.5, "0%", "100%")]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    st = xl_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026"
    xl_put(ws, 1, 1, ORG.upper(), font=font("Liberation Serif", 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Ufficio del Dirigente amministrativo – Assegnazione degli obiettivi alle articolazioni "
           "– anno 2026", font=font("Liberation Serif", 10, italic=True), wrap=False)
    head = ["Cod.", "Obiettivo / articolazione assegnataria", "Responsabile", "Peso", "Indicatore", "Dato 2025",
            "Target 2026", "Note"]
    for c, h in enumerate(head, 1):
        cell = xl_put(ws, 4, c, h, font=font("Liberation Serif", 9, bold=True), border=st["grid"], fill="D9D2C3",
                      halign="center", valign="bottom")
        if h in ("Peso", "Dato 2025", "Target 2026"):
            cell.alignment = Alignment(text_rotation=90, horizontal="center", vertical="bottom", wrap_text=True)
    ws.row_dimensions[4].height = 58
    widths(ws, [7, 44, 20, 6, 46, 9, 10, 16])
    f9 = font("Liberation Serif", 9)
    r = 5
    nodes, inds = [], []
    for u in (U1, U2, U3, U4, U5):
        nodes.append(node(None, "unit", u, owners=[HEADS[u]]))
    for code, title, rows in OBJ:
        xl_put(ws, r, 1, code, font=font("Liberation Serif", 9.5, bold=True), fill="EFEAE0", border=st["grid"])
        xl_put(ws, r, 2, title, font=font("Liberation Serif", 9.5, bold=True), fill="EFEAE0", border=st["grid"])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        xl_box(ws, r, 2, r, 8, st["grid"])
        r += 1
        for unit, w, iname, um, base, bfmt, tg in rows:
            note = "obiettivo trasversale" if code == "OB.6" else None
            vals = [None, unit, HEADS[unit], w, iname, base, tg, note]
            fmts = {4: "0%", 6: bfmt}
            for c, v in enumerate(vals, 1):
                xl_put(ws, r, c, v, font=f9 if c != 8 else font("Liberation Serif", 8, italic=True),
                       border=st["grid"], fmt=fmts.get(c) if v is not None else None,
                       halign="center" if c in (4, 6, 7) else None, indent=2 if c == 2 else 0)
            wraw = disp12(w, "0%") if w is not None else None
            braw = base if isinstance(base, str) else disp12(base, bfmt)
            nodes.append(node(code, "operational", title, weight=wraw, owners=[HEADS[unit]], unit=unit))
            inds.append(ind(iname, code, unit=um, unit_org=unit, baselines=[(2025, braw)], targets=[(2026, tg)]))
            r += 1
    last = r - 1
    xl_put(ws, r + 1, 1, "I pesi sono riferiti all'articolazione: per ciascuna articolazione la somma dei pesi "
           "degli obiettivi assegnati è pari al 100%.", font=font("Liberation Serif", 8, italic=True), wrap=False)
    xl_fit_rows(ws, 5, last, pt=9)
    ws.freeze_panes = "C5"
    xl_page(ws, landscape=True, title_rows="4:4")
    # legend sheet
    lg = wb.create_sheet("Articolazioni")
    widths(lg, [46, 26])
    xl_put(lg, 1, 1, "Articolazioni e responsabili", font=font("Liberation Serif", 11, bold=True), wrap=False)
    for c, h in enumerate(["Articolazione", "Responsabile"], 1):
        xl_put(lg, 3, c, h, font=font("Liberation Serif", 9, bold=True), border=st["grid"], fill="D9D2C3")
    for k, u in enumerate((U1, U2, U3, U4, U5)):
        xl_put(lg, 4 + k, 1, u, font=f9, border=st["grid"])
        xl_put(lg, 4 + k, 2, HEADS[u], font=f9, border=st["grid"])
    xl_page(lg)
    d = case_dir(NAME)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    f = finding("weight.missing", U5, "OB.6 under Ufficio relazioni con il pubblico has an empty Peso cell while "
                "OB.5 of the same office carries 70%", unit=U5)
    write_truth(d, [doc(ORG, YEARS, kind="assignment")], nodes, inds, findings=[f])
    readme13(d, NAME, "assignment", XLSX.format(script=SCRIPT), """
Sheet `Obiettivi 2026`: two title lines (the court in capitals, then the office and year in italics), a one-row
header `Cod. | Obiettivo / articolazione assegnataria | Responsabile | Peso | Indicatore | Dato 2025 | Target 2026 |
Note` whose narrow cells (`Peso`, `Dato 2025`, `Target 2026`) are ROTATED 90°. INVERTED nesting: each OBJECTIVE is a
shaded band row (`OB.1` in column A, title merged over B:H), followed by one row per office it is assigned to (office
name indented, its head, `Peso`, one indicator, `Dato 2025`, `Target 2026`). An office's objectives are therefore
scattered over the sheet; weights sum to 100% per office (a closing italic note says so). `Peso` is a `0%` fraction
cell; `Dato 2025` number cells with per-row formats (`#,##0`, `0" gg"`, `0.0%`, `0%`, `0`) and one `n.d.` text;
targets as text. A second sheet `Articolazioni` lists offices and heads. Frozen panes at C5, print titles.
Truth: one `unit` node per office (owners = head); one `operational` node per (objective, office) with `unit` =
office, parent null, owners = head, weight as displayed; indicators with `unit_org` = office, baseline 2025.
""", ["objective-major nesting (offices listed under each objective, not objectives under each office)",
      "rotated header cells", "`Peso` as `0%` fraction cells", "baselines as number cells with per-row formats",
      "Liberation Serif, beige fills", "legend sheet of offices and heads after the data sheet"],
     ["weights do not sum to 100 per OBJECTIVE (OB.1: 40% + 50%) — they sum per office: Cancelleria civile 40 + 30 "
      "+ 30, Cancelleria penale 35 + 40 + 25, Ufficio per il processo 50 + 30 + 20, Ufficio recupero crediti 60 + 40",
      "the transversal OB.6 under three offices with different weights and different indicators",
      "`≤ 4 gg` below a 2025 value of `6 gg`: lower is better", "`n.d.` baseline for a new indicator",
      "`100%` target without operator"],
     ["`weight.missing` on `Ufficio relazioni con il pubblico`: its `Peso` cell for OB.6 is empty while its OB.5 "
      "carries 70%"])
    return NAME


if __name__ == "__main__":
    print(build())
