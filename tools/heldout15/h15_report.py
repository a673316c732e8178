#!/usr/bin/python3
"""h15-report-lo-1: a university's plan 2025-2027 (input-1.pdf) and its results report 2025 (input-2.pdf), two
workbooks printed by LibreOffice, imported together. Plan: portrait DejaVu Sans, full grid, areas as band rows,
objective code / title / `Peso` merged down, indicator code in its own column AFTER the name, `Baseline 2024`,
targets per year, `Responsabile` merged down. Report: landscape Liberation Serif, HORIZONTAL RULES ONLY with zebra,
one `Codice` column for all three levels (`A` / `A1` / `DID-01`), `Ponderazione`, `Risultato atteso 2025`, `Valore
conseguito`, `% raggiungimento` (capped at 100%, weighted means at objective and area level), `Note`.
Fault: target.conflict (AMM-02: `≥ 75%` in the plan, `≥ 72%` in the report). Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (LO_XLSX, D, capped, case_dir, doc, dpct, finding, font, genre_readme, ind,  # noqa: E402
                      lo_pdf_of, node, rnd, widths, write_truth, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "h15_report.py"
ORG = "Università degli Studi di Castelmonte"
Y = [2025, 2026, 2027]

# area (code, title, weight) -> objective (code, title, weight, responsabile) -> indicators
# (code, name, weight, baseline 2024, (t25, t26, t27), report target 2025, result, (op, target value, result value)
#  or ("date", met), note)
TREE = [
    ("A", "Didattica", "40%", [
        ("A1", "Migliorare la regolarità delle carriere degli studenti", "60%", "Prorettore alla didattica", [
            ("DID-01", "Studenti che proseguono al secondo anno avendo acquisito almeno 40 CFU", "50%", "58,2%",
             ("≥ 60%", "≥ 62%", "≥ 64%"), None, "61,5%", ("ge", "60", "61.5"), "Fonte: Anagrafe nazionale studenti"),
            ("DID-02", "Laureati entro la durata normale del corso", "50%", "49,7%", ("≥ 52%", "≥ 54%", "≥ 56%"),
             None, "50,1%", ("ge", "52", "50.1"), "")]),
        ("A2", "Rafforzare l'internazionalizzazione della didattica", "40%",
         "Prorettore alle relazioni internazionali", [
             ("DID-03", "CFU conseguiti all'estero dagli studenti regolari sul totale dei CFU", "100%", "1,9%",
              ("≥ 2,5%", "≥ 3%", "≥ 3,5%"), None, "2,2%", ("ge", "2.5", "2.2"),
              "Mobilità ridotta per la chiusura di due accordi Erasmus")])]),
    ("B", "Ricerca e terza missione", "35%", [
        ("B1", "Accrescere la capacità di attrarre finanziamenti competitivi", "100%", "Prorettore alla ricerca", [
            ("RIC-01", "Progetti presentati su bandi competitivi nazionali e internazionali", "40%", "118",
             ("≥ 125", "≥ 130", "≥ 135"), None, "131", ("ge", "125", "131"), ""),
            ("RIC-02", "Entrate da progetti di ricerca competitivi", "30%", "€ 8.420.000",
             ("≥ € 9.000.000", "≥ € 9.300.000", "≥ € 9.600.000"), None, "€ 8.730.000",
             ("ge", "9000000", "8730000"), "Importi accertati al 31/12/2025"),
            ("RIC-03", "Brevetti depositati dall'Ateneo", "30%", "6", ("≥ 6", "≥ 7", "≥ 8"), None, "6",
             ("ge", "6", "6"), "")])]),
    ("C", "Organizzazione e servizi", "25%", [
        ("C1", "Semplificare i servizi amministrativi agli studenti", "50%", "Direttore generale", [
            ("AMM-01", "Tempo medio di rilascio dei certificati di laurea", "50%", "6 gg", ("≤ 5 gg", "≤ 4 gg", "≤ 3 gg"),
             None, "4 gg", ("le", "5", "4"), ""),
            ("AMM-02", "Studenti soddisfatti dei servizi di segreteria", "50%", "71,0%", ("≥ 75%", "≥ 78%", "≥ 80%"),
             "≥ 72%", "73,2%", ("ge", "72", "73.2"), "Indagine di customer satisfaction, 2.140 risposte")]),
        ("C2", "Completare la transizione al fascicolo elettronico del personale", "50%", "Direttore generale", [
            ("AMM-03", "Attivazione del fascicolo elettronico del personale tecnico-amministrativo", "100%", "–",
             ("entro il 30/06/2025", "entro il 30/06/2025", "entro il 30/06/2025"), None, "12/05/2025",
             ("date", True), "")])]),
]


def ach_of(spec):
    if spec[0] == "date":
        return Decimal(100) if spec[1] else Decimal(0)
    return capped(spec[2], spec[1], spec[0])


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    st = xl_styles()
    grid = st["grid"]
    name = "h15-report-lo-1"
    d = case_dir(name)
    nodes, inds = [], []

    # ------------------------------------------------------------ input-1: the plan
    F = "DejaVu Sans"
    wb = Workbook()
    ws = wb.active
    ws.title = "Piano 2025-2027"
    widths(ws, [5, 24, 7, 30, 8, 7, 9, 9, 9, 9, 15])
    xl_put(ws, 1, 1, ORG, font=font(F, 11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano integrato di attività e organizzazione 2025-2027 – Obiettivi di performance "
           "organizzativa", font=font(F, 9), wrap=False)
    heads = ["Cod.", "Obiettivo", "Peso", "Indicatore", "Cod. ind.", "Peso ind.", "Baseline 2024", "Target 2025",
             "Target 2026", "Target 2027", "Responsabile"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 7.5, bold=True), fill="C9D9E8", border=grid, halign="center",
               valign="center")
    f7 = font(F, 7.5)
    r = HR + 1
    for acode, atitle, aw, objs in TREE:
        xl_put(ws, r, 1, acode, font=font(F, 8, bold=True), fill="E7EEF5", border=grid)
        xl_put(ws, r, 2, atitle.upper(), font=font(F, 8, bold=True), fill="E7EEF5", border=grid)
        xl_put(ws, r, 3, aw, font=font(F, 8, bold=True), fill="E7EEF5", border=grid, halign="center")
        for c in range(4, 12):
            xl_put(ws, r, c, None, fill="E7EEF5", border=grid)
        nodes.append(node(acode, "area", atitle.upper(), weight=aw, doc=0))
        r += 1
        for ocode, otitle, ow, resp, ilist in objs:
            o0 = r
            for icode, iname, iw, base, tg, _rt, _res, _spec, _note in ilist:
                xl_put(ws, r, 4, iname, font=f7, border=grid)
                xl_put(ws, r, 5, icode, font=f7, border=grid, halign="center")
                xl_put(ws, r, 6, iw, font=f7, border=grid, halign="center")
                xl_put(ws, r, 7, base, font=f7, border=grid, halign="center")
                for k, t in enumerate(tg):
                    xl_put(ws, r, 8 + k, t, font=f7, border=grid, halign="center")
                unit = "%" if "%" in tg[0] else ("gg" if "gg" in tg[0] else ("EUR" if "€" in tg[0] else
                                                                             ("date" if "entro" in tg[0] else "N.")))
                inds.append(ind(iname, ocode, code=icode, unit=unit, weight=iw, baselines=[(2024, base)],
                                targets=list(zip(Y, tg)), doc=0))
                r += 1
            for c, v in ((1, ocode), (2, otitle), (3, ow), (11, resp)):
                xl_put(ws, o0, c, v, font=f7, border=grid, halign="center" if c == 3 else None)
                for rr in range(o0 + 1, r):
                    xl_put(ws, rr, c, None, border=grid)
                if r - 1 > o0:
                    ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
            nodes.append(node(ocode, "strategic", otitle, parent=acode, weight=ow, owners=[resp], doc=0))
    xl_put(ws, r + 1, 1, "I pesi degli obiettivi sono riferiti all'area; i pesi degli indicatori all'obiettivo.",
           font=font(F, 7, italic=True), wrap=False)
    xl_fit_rows(ws, HR + 1, r - 1, pt=7.5, narrow=1.0)
    ws.row_dimensions[HR].height = 24
    xl_page(ws, landscape=False, title_rows=f"{HR}:{HR}", margins=0.5)
    ws.oddFooter.center.text = "Pagina &P di &N"
    lo_pdf_of(wb, os.path.join(d, "input-1.pdf"), stem="piano")

    # ------------------------------------------------------------ input-2: the report 2025
    F2 = "Liberation Serif"
    wb2 = Workbook()
    ws = wb2.active
    ws.title = "Relazione 2025"
    widths(ws, [9, 58, 12, 17, 15, 14, 42])
    thin = Side(style="thin", color="000000")
    hair = Side(style="hair", color="7F7F7F")
    top_bot = Border(top=thin, bottom=thin)
    row_rule = Border(bottom=hair)
    xl_put(ws, 1, 1, ORG, font=font(F2, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance 2025 – Allegato 1: risultati degli obiettivi e degli indicatori",
           font=font(F2, 10, italic=True), wrap=False)
    heads2 = ["Codice", "Descrizione", "Ponderazione", "Risultato atteso 2025", "Valore conseguito",
              "% raggiungimento", "Note"]
    HR = 4
    for c, h in enumerate(heads2, 1):
        xl_put(ws, HR, c, h, font=font(F2, 9, bold=True), border=top_bot, halign="center" if c > 2 else None,
               valign="center")
    r = HR + 1
    zebra = ["FFFFFF", "F3F3F3"]
    z = 0
    for acode, atitle, aw, objs in TREE:
        a_row = r
        r += 1
        obj_ach = []
        for ocode, otitle, ow, resp, ilist in objs:
            o_row = r
            r += 1
            ach = []
            for icode, iname, iw, base, tg, rt, res, spec, note in ilist:
                t25 = rt or tg[0]
                a = dpct(rnd(ach_of(spec), 2))
                fill = zebra[z % 2]
                z += 1
                vals = [icode, iname, iw, t25, res, a, note or None]
                for c, v in enumerate(vals, 1):
                    xl_put(ws, r, c, v, font=font(F2, 9), fill=fill, border=row_rule,
                           halign="center" if 3 <= c <= 6 else None, indent=2 if c == 2 else 0)
                unit = "%" if "%" in t25 else ("gg" if "gg" in t25 else ("EUR" if "€" in t25 else
                                                                          ("date" if "entro" in t25 else "N.")))
                inds.append(ind(iname, ocode, code=icode, unit=unit, weight=iw, targets=[(2025, t25)],
                                results=[(2025, res)], achievement=[(2025, a)], notes=[note] if note else [],
                                doc=1))
                ach.append((D(iw.rstrip("%").replace(",", ".")), D(a.rstrip("%").replace(",", "."))))
                r += 1
            oa = dpct(rnd(sum(w * x for w, x in ach) / sum(w for w, _ in ach), 2))
            for c, v in enumerate([ocode, otitle, ow, None, None, oa, None], 1):
                xl_put(ws, o_row, c, v, font=font(F2, 9, bold=True), fill="FFFFFF", border=row_rule,
                       halign="center" if 3 <= c <= 6 else None, indent=1 if c == 2 else 0)
            nodes.append(node(ocode, "strategic", otitle, parent=acode, weight=ow, achievement=[(2025, oa)],
                              doc=1))
            obj_ach.append((D(ow.rstrip("%")), D(oa.rstrip("%").replace(",", "."))))
        aa = dpct(rnd(sum(w * x for w, x in obj_ach) / sum(w for w, _ in obj_ach), 2))
        for c, v in enumerate([acode, atitle.upper(), aw, None, None, aa, None], 1):
            xl_put(ws, a_row, c, v, font=font(F2, 9.5, bold=True), fill="DCDCDC", border=top_bot,
                   halign="center" if 3 <= c <= 6 else None)
        nodes.append(node(acode, "area", atitle.upper(), weight=aw, achievement=[(2025, aa)], doc=1))
    xl_put(ws, r + 1, 1, "Il grado di raggiungimento di ciascun indicatore è il rapporto tra valore conseguito e "
           "risultato atteso (inverso per gli indicatori di tempo), limitato al 100%; per obiettivi e aree è la media "
           "ponderata dei livelli inferiori.", font=font(F2, 8, italic=True), wrap=False)
    xl_fit_rows(ws, HR + 1, r - 1, pt=9, narrow=1.0)
    ws.row_dimensions[HR].height = 28
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}", margins=0.5)
    ws.print_options.gridLines = False
    ws.oddFooter.right.text = "&P"
    lo_pdf_of(wb2, os.path.join(d, "input-2.pdf"), stem="relazione")

    docs = [doc(ORG, Y, kind="plan"), doc(ORG, [2025], kind="report")]
    write_truth(d, docs, nodes, inds, [finding(
        "target.conflict", "AMM-02", "target 2025 of AMM-02 is `≥ 75%` in the plan (input-1) and `≥ 72%` in the "
        "report (input-2)", doc=1)])
    genre_readme(d, name, "plan + report (two documents)", LO_XLSX.format(script=SCRIPT) +
                 " Two workbooks, each printed to its own PDF (`input-1.pdf` plan, `input-2.pdf` report).", """
`input-1.pdf` — plan 2025-2027, portrait A4, DejaVu Sans 7.5 pt, full thin grid, header repeated: `Cod. | Obiettivo |
Peso | Indicatore | Cod. ind. | Peso ind. | Baseline 2024 | Target 2025 | Target 2026 | Target 2027 | Responsabile`.
Areas are light-blue band rows (`A`, title in capitals, weight); objective code, title, `Peso` and `Responsabile` are
merged down over their indicator rows; the indicator code comes AFTER the indicator name. Footer `Pagina n di N`.

`input-2.pdf` — report 2025, landscape A4, Liberation Serif 9 pt, no vertical rules: rules above and below the header
and around the grey area bands, hairlines under the other rows, zebra on indicator rows. One `Codice` column for all
levels (`A` area, `A1` objective in bold, `DID-01` indicator indented): `Codice | Descrizione | Ponderazione |
Risultato atteso 2025 | Valore conseguito | % raggiungimento | Note`. Indicator achievements are result / target
capped at 100% (inverse for days; the deadline met = 100%); objectives and areas print the weighted mean of the level
below. A closing italic note says so.

Truth: two documents of one organisation; the same area / objective / indicator codes with the same weights in both;
the plan carries baselines 2024 and targets 2025-2027 and owners; the report carries the target 2025, result,
achievement and notes.
""", ["two documents of one body imported together (plan + report), reconciled by codes and organisation",
      "indicator code AFTER the name in the plan, one code column for all levels in the report",
      "achievements capped at 100% (`RIC-01` 131 vs ≥ 125 → 100,00%); weighted means at objective and area level",
      "`≤ 5 gg` → `≤ 4 gg` → `≤ 3 gg` going down as it should; `≥ 6` with baseline 6; a deadline met",
      "`€ 8.420.000` / `≥ € 9.000.000` with the euro sign before the number",
      "plan with full grid in sans, report with horizontal rules only and zebra in serif"],
                 ["target.conflict: `AMM-02` (Studenti soddisfatti dei servizi di segreteria) has target 2025 "
                  "`≥ 75%` in the plan and `≥ 72%` in the report (which computes its 100,00% against the lower "
                  "figure)"])
    return name


if __name__ == "__main__":
    print(build())
