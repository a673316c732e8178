#!/usr/bin/python3
"""h19-points-ods-1 (family: weights in points): a Sicilian free consortium of comuni (provincial administration)
assigns 100 points over four areas for 2026; an openpyxl workbook converted to .ods and kept. Landscape, Nimbus Sans.
TWO points columns under a merged `Punti` header (`area` | `obiettivo`) — a staircase: an area's points sit in the
first, its objectives' in the second; points are NUMBER cells shown with the abbreviation `pt` (`0" pt"`,
`0.0" pt"`: `30 pt`, `7,5 pt`); codes `A`, `A-1`; indicators indented under their objective, without code or
points; `Valore 2025` / `Target 2026` text; `Settore competente` on objective rows; `Totale` row `100 pt`; a
`Criteri` sheet. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import (ODS, case_dir, doc, font, ind, node, ods_of, readme13, widths, write_truth, xl_box,  # noqa
                      xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "fam19_points.py"
NAME = "h19-points-ods-1"
ORG = "Libero Consorzio Comunale dei Nebrodi"
YEAR = 2026
FONT = "Nimbus Sans"
# area: (code, title, points, [objective]); objective: (code, title, points, settore, [indicator])
# indicator: (name, unit, value 2025 or None, target 2026)
AREAS = [
    ("A", "Viabilità provinciale e infrastrutture", 30, [
        ("A-1", "Completare gli interventi finanziati di messa in sicurezza delle strade provinciali", 15,
         "Settore Viabilità", [
             ("Interventi ultimati sul totale degli interventi finanziati", "%", "62%", "≥ 80%"),
             ("Chilometri di strade con segnaletica orizzontale rinnovata", "km", "48 km", "≥ 60 km")]),
        ("A-2", "Ridurre i tempi di rilascio delle autorizzazioni ai trasporti eccezionali", 7.5,
         "Settore Viabilità", [("Tempo medio di rilascio dell'autorizzazione", "gg", "12 gg", "≤ 10 gg")]),
        ("A-3", "Monitorare lo stato di conservazione di ponti e viadotti", 7.5, "Settore Viabilità", [
            ("Ponti e viadotti ispezionati secondo le linee guida ministeriali", "N.", "31", "≥ 45")]),
    ]),
    ("B", "Edilizia scolastica", 25, [
        ("B-1", "Adeguare gli istituti superiori alla normativa antincendio", 15, "Settore Edilizia", [
            ("Istituti in possesso del certificato di prevenzione incendi", "N.", "14", "≥ 18")]),
        ("B-2", "Garantire la manutenzione programmata degli edifici scolastici", 10, "Settore Edilizia", [
            ("Richieste di intervento evase entro 15 giorni", "%", "71%", "≥ 80%"),
            ("Approvazione del piano annuale di manutenzione", "date", None, "entro il 31.03.2026")]),
    ]),
    ("C", "Ambiente e territorio", 25, [
        ("C-1", "Rafforzare i controlli sugli impianti termici", 12.5, "Settore Ambiente", [
            ("Impianti termici controllati nell'anno", "N.", "1.240", "≥ 1.500")]),
        ("C-2", "Aggiornare il piano provinciale di protezione civile", 12.5, "Settore Ambiente", [
            ("Aggiornamento del piano approvato dal Consiglio", "text", "NO", "SI")]),
    ]),
    ("D", "Organizzazione e servizi generali", 20, [
        ("D-1", "Digitalizzare il protocollo e l'archivio corrente", 10, "Settore Affari generali", [
            ("Documenti protocollati in formato nativo digitale", "%", "83%", "≥ 90%")]),
        ("D-2", "Rispettare i tempi di pagamento dei fornitori", 10, "Settore Finanziario", [
            ("Tempo medio di pagamento delle fatture", "gg", "33 giorni", "21-28giorni")]),
    ]),
]


def pts(v):
    return (f"{v:.1f}".replace(".", ",") if v != int(v) else str(int(v))) + " pt"


def fmt(v):
    return '0.0" pt"' if v != int(v) else '0" pt"'


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    st = xl_styles()
    thin = Side(style="thin", color="4F6228")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    ws = wb.active
    ws.title = "Piano obiettivi 2026"
    widths(ws, [7, 60, 9, 11, 12, 14, 22])
    xl_put(ws, 1, 1, ORG, font=font(FONT, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli obiettivi 2026 – ripartizione del punteggio di performance organizzativa",
           font=font(FONT, 10), wrap=False)
    h1 = ["Rif.", "Area / Obiettivo / Indicatore", "Punti", None, "Valore 2025", "Target 2026", "Settore competente"]
    h2 = [None, None, "area", "obiettivo", None, None, None]
    for c, (a, b) in enumerate(zip(h1, h2), 1):
        xl_put(ws, 4, c, a, font=font(FONT, 9, bold=True, color="FFFFFF"), fill="4F6228", border=box,
               halign="center", valign="center")
        xl_put(ws, 5, c, b, font=font(FONT, 9, bold=True, color="FFFFFF"), fill="4F6228", border=box,
               halign="center")
    for c in (1, 2, 5, 6, 7):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=3, end_row=4, end_column=4)
    r = 6
    nodes, inds = [], []
    for acode, atitle, ap, objs in AREAS:
        nodes.append(node(acode, "area", atitle.upper(), weight=pts(ap)))
        for c, v in enumerate([acode, atitle.upper(), ap, None, None, None, None], 1):
            xl_put(ws, r, c, v, font=font(FONT, 9.5, bold=True), fill="D8E4BC", border=box,
                   fmt=fmt(ap) if c == 3 else None, halign="center" if c in (1, 3) else None)
        r += 1
        for ocode, otitle, op, sett, its in objs:
            nodes.append(node(ocode, "operational", otitle, parent=acode, weight=pts(op), owners=[sett]))
            for c, v in enumerate([ocode, otitle, None, op, None, None, sett], 1):
                xl_put(ws, r, c, v, font=font(FONT, 9, bold=(c == 2)), border=box,
                       fmt=fmt(op) if c == 4 else None, halign="center" if c in (1, 4) else None)
            r += 1
            for iname, um, base, tg in its:
                for c, v in enumerate([None, iname, None, None, base if base else "", tg, None], 1):
                    xl_put(ws, r, c, v, font=font(FONT, 8.5, italic=(c == 2)), border=box,
                           halign="center" if c in (5, 6) else None, indent=2 if c == 2 else 0)
                inds.append(ind(iname, ocode, unit=um, baselines=[(2025, base)] if base else [],
                                targets=[(YEAR, tg)]))
                r += 1
    total = sum(a[2] for a in AREAS)
    xl_put(ws, r, 1, "Totale", font=font(FONT, 9.5, bold=True), border=box)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    xl_put(ws, r, 3, total, font=font(FONT, 9.5, bold=True), border=box, fmt='0" pt"', halign="center")
    xl_box(ws, r, 1, r, 7, box)
    xl_fit_rows(ws, 6, r, pt=9)
    xl_page(ws, landscape=True, title_rows="4:5")
    cr = wb.create_sheet("Criteri")
    widths(cr, [110])
    for k, line in enumerate([
            "Criteri di attribuzione del punteggio",
            "Il punteggio complessivo della performance organizzativa è pari a 100 pt, ripartiti tra le aree.",
            "Il punteggio di ciascuna area è ripartito tra i suoi obiettivi (colonna Punti obiettivo).",
            "Gli indicatori non hanno un punteggio proprio: l'obiettivo è raggiunto se lo sono tutti i suoi "
            "indicatori."], 1):
        xl_put(cr, k, 1, line, font=font(FONT, 10, bold=(k == 1)))
    xl_page(cr)
    d = case_dir(NAME)
    ods_of(wb, os.path.join(d, "input.ods"), stem="obiettivi2026")
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds)
    readme13(d, NAME, "weights in points (kind unknown)", ODS.format(script=SCRIPT), """
Sheet `Piano obiettivi 2026` (landscape, Nimbus Sans, olive header and area fills, thin olive grid): two title
lines, a two-row header `Rif. | Area / Obiettivo / Indicatore | Punti (area | obiettivo) | Valore 2025 | Target
2026 | Settore competente`. Areas are filled rows (`A`, title in capitals, points in the `area` column); objectives
(`A-1`, bold title, points in the `obiettivo` column, `Settore competente`); indicators indented in italics under
their objective, without code or points, with `Valore 2025` and `Target 2026` as text. Points are NUMBER cells
displayed through the formats `0" pt"` / `0.0" pt"` (`30 pt`, `7,5 pt`, `12,5 pt`). A `Totale` row `100 pt`.
A second sheet `Criteri` explains the scheme in prose. Truth: areas with weight raw `30 pt`, objectives under their
area with `7,5 pt` etc. and owners = [Settore competente]; indicators without weight; the area title as printed
(capitals); one plan year 2026; baseline 2025 where printed.
""", ["points in TWO staircase columns (`area` | `obiettivo`) under a merged `Punti` header",
      "points abbreviated `pt`, decimal points (`7,5 pt`, `12,5 pt`) from number formats",
      "codes with a hyphen `A-1`", "indicators indented, without code or weight",
      "`Settore competente` on objective rows only", "a prose `Criteri` sheet", "Nimbus Sans, olive fills"],
     ["area points 30 + 25 + 25 + 20 = 100 pt; objective points sum to their AREA's points (15 + 7,5 + 7,5 = 30; "
      "15 + 10 = 25; 12,5 + 12,5 = 25; 10 + 10 = 20), not to 100",
      "indicators carry no points (the `Criteri` sheet says so)", "`21-28giorni` target range against `33 giorni`",
      "`≤ 10 gg` below a `12 gg` value: lower is better", "`SI` target with a `NO` value 2025",
      "`entro il 31.03.2026` date target without a 2025 value"], [])
    return NAME


if __name__ == "__main__":
    print(build())
