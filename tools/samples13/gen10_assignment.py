#!/usr/bin/python3
"""gen10-assignment-ods-1: a metropolitan city's objectives 2026 assigned to its directorates, kept as .ods.
DIRIGENTE FIRST: `Dirigente | Struttura | Cod. | Obiettivo | Ponderazione | Indicatore | Peso ind. | Risultato atteso
2026`, manager and structure merged down over the unit's rows; ONE MANAGER heads TWO structures (ad interim); objective
weights as bare integer cells summing to 100 per structure; a transversal objective `OT.01` under every structure and a
shared PNRR objective `PN.01` under two structures, each with the same weight and indicators; indicator weights `0%` /
`0.00%` fractions; a notes sheet. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (ODS, case_dir, disp12, doc, font, ind, node, ods_of, readme13, widths, write_truth,  # noqa: E402
                      xl_box, xl_fit_rows, xl_page, xl_put)

SCRIPT = "gen10_assignment.py"
ORG = "Città Metropolitana di Valmaggiore"
YEAR = 2026

OT = ("OT.01", "Attuare le misure di prevenzione della corruzione e di trasparenza", 10, [
    ("Misure del Piano di prevenzione della corruzione attuate nei termini", 0.5, "100%", "%"),
    ("Obblighi di pubblicazione assolti entro le scadenze", 0.5, "≥ 95%", "%")])
PN = ("PN.01", "Attuare gli interventi finanziati dal PNRR nel rispetto dei cronoprogrammi", 30, [
    ("Interventi con milestone e target rispettati", 1.0, "= 100%", "%")])

# unit (title, manager) -> objectives (code, title, weight points of 100, indicators (name, weight, target, unit))
UNITS = [
    ("Direzione Risorse Finanziarie", "dott. Renato Fumagalli", [OT,
        ("FIN.01", "Ridurre i tempi di pagamento delle fatture commerciali", 50, [
            ("Tempo medio ponderato di pagamento", 1.0, "≤ 30 gg", "gg")]),
        ("FIN.02", "Rafforzare il controllo sulle società partecipate", 40, [
            ("Report semestrali trasmessi al Consiglio metropolitano", 0.6, "= 2", "N."),
            ("Approvazione della revisione ordinaria delle partecipazioni", 0.4, "entro il 31/12/2026", "date")])]),
    ("Direzione Patrimonio", "dott. Renato Fumagalli", [OT,
        ("PAT.01", "Completare l'inventario e la valorizzazione degli immobili metropolitani", 90, [
            ("Immobili con scheda inventariale aggiornata", 0.3333, "≥ 90%", "%"),
            ("Canoni di locazione riscossi sul dovuto", 0.3333, "≥ 92%", "%"),
            ("Bandi di alienazione pubblicati", 0.3334, "almeno 4", "N.")])]),
    ("Direzione Edilizia Scolastica", "arch. Chiara Valsecchi", [OT, PN,
        ("EDS.01", "Ridurre i tempi di risposta alle segnalazioni degli istituti scolastici", 60, [
            ("Segnalazioni urgenti risolte entro 48 ore", 0.7, "≥ 85%", "%"),
            ("Sopralluoghi programmati negli istituti", 0.3, "≥ 120", "N.")])]),
    ("Direzione Viabilità e Mobilità", "ing. Paolo Rigamonti", [OT, PN,
        ("VIA.01", "Garantire la manutenzione della rete stradale metropolitana", 35, [
            ("Chilometri di strade con manto rinnovato", 1.0, "≥ 25 km", "km")]),
        ("VIA.02", "Digitalizzare il rilascio delle autorizzazioni ai trasporti eccezionali", 25, [
            ("Autorizzazioni rilasciate tramite il portale on line", 1.0, "≥ 80%", "%")])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    name = "gen10-assignment-ods-1"
    F = "Liberation Sans"
    hair = Side(style="thin", color="8C8C8C")
    rule = Border(top=hair, bottom=hair)
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026"
    widths(ws, [22, 24, 8, 40, 12, 42, 10, 18])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano integrato di attività e organizzazione 2026-2028 – Obiettivi di performance 2026 "
           "assegnati ai dirigenti", font=font(F, 10), wrap=False)
    heads = ["Dirigente", "Struttura", "Cod.", "Obiettivo", "Ponderazione", "Indicatore", "Peso ind.",
             "Risultato atteso 2026"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9, bold=True), fill="F2D7B6",
               border=Border(top=Side(style="medium"), bottom=Side(style="medium")), halign="center")
    r = HR + 1
    nodes, inds = [], []
    fills = ["FFFFFF", "F7F1E8"]
    for k, (utitle, mgr, objs) in enumerate(UNITS):
        fill = fills[k % 2]
        u0 = r
        nodes.append(node(None, "unit", utitle, owners=[mgr]))
        for ocode, otitle, ow, ilist in objs:
            o0 = r
            nodes.append(node(ocode, "operational", otitle, weight=str(ow), unit=utitle))
            for iname, iw, tg, unit in ilist:
                iwf = "0%" if round(iw * 100, 6) == int(round(iw * 100, 6)) else "0.00%"
                xl_put(ws, r, 6, iname, font=font(F, 9), fill=fill, border=rule)
                xl_put(ws, r, 7, iw, font=font(F, 9), fill=fill, border=rule, fmt=iwf, halign="center")
                xl_put(ws, r, 8, tg, font=font(F, 9), fill=fill, border=rule, halign="center")
                inds.append(ind(iname, ocode, unit=unit, weight=disp12(iw, iwf), targets=[(YEAR, tg)],
                                unit_org=utitle))
                r += 1
            for c, v, fmt in [(3, ocode, None), (4, otitle, None), (5, ow, "0")]:
                xl_put(ws, o0, c, v, font=font(F, 9, bold=(c != 4)), fill=fill, border=rule, fmt=fmt,
                       halign="center" if c != 4 else None)
                if r - o0 > 1:
                    ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, o0, c, r - 1, c, rule)
        for c, v in [(1, mgr), (2, utitle)]:
            xl_put(ws, u0, c, v, font=font(F, 9, bold=True), fill=fill, border=rule)
            ws.merge_cells(start_row=u0, start_column=c, end_row=r - 1, end_column=c)
            xl_box(ws, u0, c, r - 1, c, rule)
    xl_fit_rows(ws, HR + 1, r - 1, pt=9)
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}")
    ws.freeze_panes = ws.cell(row=HR + 1, column=3)
    wn = wb.create_sheet("Note")
    widths(wn, [110])
    notes = ["Note alla lettura",
             "La ponderazione degli obiettivi è espressa in centesimi e somma a 100 per ciascuna struttura.",
             "L'obiettivo OT.01 è trasversale ed è assegnato a tutte le strutture con la stessa ponderazione.",
             "L'obiettivo PN.01 è condiviso tra la Direzione Edilizia Scolastica e la Direzione Viabilità e Mobilità.",
             "Il dott. Renato Fumagalli dirige la Direzione Patrimonio ad interim.",
             "Il peso degli indicatori è riferito all'obiettivo."]
    for i, t in enumerate(notes, 1):
        xl_put(wn, i, 1, t, font=font(F, 10, bold=(i == 1)), wrap=False)
    d = case_dir(name)
    ods_of(wb, os.path.join(d, "input.ods"), stem="obiettivi_dirigenti_2026")
    write_truth(d, [doc(ORG, [YEAR], kind="assignment")], nodes, inds)
    readme13(d, name, "assignment", ODS.format(script=SCRIPT), """
Sheet `Obiettivi 2026` (Liberation Sans 9 pt, horizontal hairlines only, header on a tan band between medium rules,
zebra per structure, frozen panes) and a `Note` sheet. Two title lines, then the table `Dirigente | Struttura | Cod. |
Obiettivo | Ponderazione | Indicatore | Peso ind. | Risultato atteso 2026`: the MANAGER comes first; manager and
structure are merged down over all the structure's rows; objective code, title and `Ponderazione` (bare integer
cells, format `0`) merged over the objective's indicator rows; indicator weights as `0%` / `0.00%` fraction cells.
`dott. Renato Fumagalli` heads two structures (Risorse Finanziarie and, ad interim, Patrimonio). `OT.01` is listed under
all four structures with ponderazione 10 and the same two indicators; `PN.01` under Edilizia Scolastica and Viabilità
with 30 each. Truth: one `unit` node per structure (owners = the manager cell), one `operational` node per (objective,
structure) with `unit` set and parent null (weight raw `10`, `50` …), indicators without code with `unit_org`.
""", ["manager column BEFORE the structure column; manager and structure merged down",
      "one manager heading two structures", "objective weights as bare integers (`Ponderazione`), indicator weights as "
      "fraction cells", "horizontal hairlines and zebra per structure", "notes on a second sheet"],
     ["`Ponderazione` is in hundredths without `%`: 10 + 50 + 40, 10 + 90, 10 + 30 + 60, 10 + 30 + 35 + 25 = 100 per "
      "structure", "`OT.01` repeated under four structures and `PN.01` under two, with the SAME weights and "
      "indicators: not weight.conflict / target.conflict / indicator.conflict",
      "indicator thirds 33,33% + 33,33% + 33,34% under `PAT.01`", "the same person as owner of two units",
      "targets `100%` without operator and `= 100%`, `= 2`, `almeno 4`, `entro il 31/12/2026`"], [])
    return name


if __name__ == "__main__":
    print(build())
