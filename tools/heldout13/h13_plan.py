#!/usr/bin/python3
"""h13-plan-lo-1: a national park's performance plan 2026-2028 written as a workbook and printed by LibreOffice.
Portrait, Liberation Sans Narrow, borderless zebra; areas `01.` / strategic `01.1` / operational `01.1.1`; ONLY
objectives carry weights (`Peso`, `0.00%` cells, thirds 33,33/33,33/33,34); the FIRST indicator sits on the
operational objective's own row, further indicators on the rows below with empty objective cells; `Dato 2024`
(two years before the plan) as number cells; `Target` over 2026 | 2027 | 2028; `Dirigente` last.
Fault: target.unambitious (first target below the 2024 value). Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (LO_XLSX, case_dir, disp, doc, finding, font, genre_readme, ind, lo_pdf_of, node,  # noqa: E402
                      widths, write_truth, xl_fit_rows, xl_page, xl_put)

SCRIPT = "h13_plan.py"
NAME = "h13-plan-lo-1"
ORG = "Ente Parco Nazionale dei Monti Serrani"
Y = [2026, 2027, 2028]
UM = {"%": "%", "gg": "gg", "n.": "N.", "ha": "ha", "km": "km", "data": "date"}

# area (code, title, w) -> strategic (code, title, w) -> operational (code, title, w, dirigente)
# -> indicator (name, um, base value or None, base fmt, (t26, t27, t28))
TREE = [
    ("01.", "Conservazione della biodiversità", "0.40", [
        ("01.1", "Tutelare gli habitat e le specie di interesse comunitario", "0.60", [
            ("01.1.1", "Monitorare le popolazioni delle specie faunistiche prioritarie", "0.50",
             "Dott.ssa Laura Mencaroni", [
                 ("Specie prioritarie oggetto di monitoraggio standardizzato", "n.", 9, "#,##0",
                  ("≥ 10", "≥ 12", "≥ 12")),
                 ("Transetti di monitoraggio completati sul totale programmato", "%", "0.88", "0.0%",
                  ("≥ 90%", "≥ 90%", "≥ 90%"))]),
            ("01.1.2", "Ridurre i danni da fauna selvatica alle colture agricole", "0.50", "Dott.ssa Laura Mencaroni", [
                ("Tempo medio di liquidazione degli indennizzi agli agricoltori", "gg", 96, '0" gg"',
                 ("minore o uguale a 90 gg", "minore o uguale a 75 gg", "minore o uguale a 60 gg"))])]),
        ("01.2", "Contrastare la diffusione delle specie aliene invasive", "0.40", [
            ("01.2.1", "Eradicare i nuclei di ailanto nelle aree di fondovalle", "1", "Dott. Piero Gualandri", [
                ("Superficie bonificata dall'ailanto", "ha", "14.5", "0.0", ("≥ 18 ha", "≥ 24 ha", "≥ 30 ha")),
                ("Approvazione del programma annuale di controllo delle specie aliene", "data", None, None,
                 ("entro il 30/06/2026", "entro il 30/06/2027", "entro il 30/06/2028"))])])]),
    ("02.", "Fruizione sostenibile ed educazione ambientale", "0.35", [
        ("02.1", "Qualificare l'offerta di servizi ai visitatori", "0.50", [
            ("02.1.1", "Ampliare l'apertura dei centri visita e dei punti informativi", "0.3333",
             "Arch. Sonia Brevini", [
                 ("Giornate di apertura dei centri visita nell'anno", "n.", 1240, "#,##0",
                  ("≥ 1.300", "≥ 1.350", "≥ 1.400"))]),
            ("02.1.2", "Migliorare la manutenzione della rete sentieristica", "0.3333", "Arch. Sonia Brevini", [
                ("Chilometri di sentieri manutenuti nell'anno", "km", 212, "#,##0", ("≥ 220 km", "≥ 230 km", "≥ 240 km")),
                ("Segnalazioni di criticità sui sentieri risolte entro 30 giorni", "%", "0.745", "0.0%",
                 ("≥ 80%", "≥ 85%", "≥ 90%"))]),
            ("02.1.3", "Digitalizzare la vendita delle visite guidate", "0.3334", "Dott. Piero Gualandri", [
                ("Prenotazioni di visite guidate effettuate on line", "%", "0.41", "0.0%", ("≥ 50%", "≥ 60%", "≥ 70%"))])]),
        ("02.2", "Sviluppare i programmi di educazione ambientale con le scuole", "0.50", [
            ("02.2.1", "Coinvolgere gli istituti scolastici dei comuni del parco", "1", "Arch. Sonia Brevini", [
                ("Classi partecipanti ai programmi di educazione ambientale", "n.", 186, "#,##0",
                 ("≥ 190", "≥ 200", "≥ 210")),
                ("Gradimento medio dei docenti partecipanti (scala 1-5)", "n.", "4.3", "0.0",
                 ("≥ 4,3", "≥ 4,4", "≥ 4,5"))])])]),
    ("03.", "Efficienza e trasparenza dell'ente", "0.25", [
        ("03.1", "Garantire la tempestività dei pagamenti e dei procedimenti", "1", [
            ("03.1.1", "Ridurre i tempi di pagamento delle fatture commerciali", "0.50", "Rag. Enrico Paltrinieri", [
                ("Indicatore annuale di tempestività dei pagamenti", "gg", "-3.2", '0.0" gg"',
                 ("minore o uguale a -5 gg", "minore o uguale a -5 gg", "minore o uguale a -5 gg"))]),
            ("03.1.2", "Rilasciare i nulla osta ambientali nei termini di legge", "0.50", "Dott. Piero Gualandri", [
                ("Nulla osta rilasciati entro 60 giorni dalla richiesta", "%", "0.82", "0.0%",
                 ("≥ 78%", "≥ 82%", "≥ 85%"))])])]),
]
FAULT_IND = "Nulla osta rilasciati entro 60 giorni dalla richiesta"


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    F = "Liberation Sans Narrow"
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026-2028"
    widths(ws, [7, 30, 8, 34, 5, 8, 13, 13, 13, 15])
    xl_put(ws, 1, 1, ORG.upper(), font=font(F, 12, bold=True, color="2F4F1F"), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026-2028 – Allegato A: albero degli obiettivi, indicatori e target",
           font=font(F, 10), wrap=False)
    hr = Border(bottom=Side(style="medium", color="2F4F1F"))
    H1, H2 = 4, 5
    heads = ["Cod.", "Obiettivo", "Peso", "Indicatore", "U.M.", "Dato 2024", "Target", None, None, "Dirigente"]
    for c, h in enumerate(heads, 1):
        if h is not None:
            xl_put(ws, H1, c, h, font=font(F, 8.5, bold=True), halign="center", valign="center")
    for k, y in enumerate(Y):
        xl_put(ws, H2, 7 + k, str(y), font=font(F, 8.5, bold=True), halign="center", border=hr)
    ws.merge_cells(start_row=H1, start_column=7, end_row=H1, end_column=9)
    for c in (1, 2, 3, 4, 5, 6, 10):
        ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
        ws.cell(row=H2, column=c).border = hr
    r = H2 + 1
    nodes, inds = [], []
    f8 = font(F, 8)
    zebra = False
    for acode, atitle, aw, sts in TREE:
        xl_put(ws, r, 1, acode, font=font(F, 8.5, bold=True, color="FFFFFF"), fill="2F4F1F")
        xl_put(ws, r, 2, atitle.upper(), font=font(F, 8.5, bold=True, color="FFFFFF"), fill="2F4F1F")
        xl_put(ws, r, 3, float(aw), font=font(F, 8.5, bold=True, color="FFFFFF"), fill="2F4F1F", fmt="0.00%",
               halign="center")
        for c in range(4, 11):
            xl_put(ws, r, c, None, fill="2F4F1F")
        nodes.append(node(acode.rstrip("."), "area", atitle.upper(), weight=disp(aw, "0.00%")))
        r += 1
        for scode, stitle, sw, ops in sts:
            xl_put(ws, r, 1, scode, font=font(F, 8, bold=True), fill="D5E3C8")
            xl_put(ws, r, 2, stitle, font=font(F, 8, bold=True), fill="D5E3C8")
            xl_put(ws, r, 3, float(sw), font=font(F, 8, bold=True), fill="D5E3C8", fmt="0.00%", halign="center")
            for c in range(4, 11):
                xl_put(ws, r, c, None, fill="D5E3C8")
            nodes.append(node(scode, "strategic", stitle, parent=acode.rstrip("."), weight=disp(sw, "0.00%")))
            r += 1
            for ocode, otitle, ow, dirig, ilist in ops:
                nodes.append(node(ocode, "operational", otitle, parent=scode, weight=disp(ow, "0.00%"),
                                  owners=[dirig]))
                for k, (iname, um, bv, bf, tg) in enumerate(ilist):
                    fill = "F1F1EC" if zebra else None
                    zebra = not zebra
                    for c in range(1, 11):
                        xl_put(ws, r, c, None, fill=fill)
                    if k == 0:
                        xl_put(ws, r, 1, ocode, font=f8, fill=fill)
                        xl_put(ws, r, 2, otitle, font=f8, fill=fill)
                        xl_put(ws, r, 3, float(ow), font=f8, fill=fill, fmt="0.00%", halign="center")
                        xl_put(ws, r, 10, dirig, font=f8, fill=fill)
                    xl_put(ws, r, 4, iname, font=f8, fill=fill)
                    xl_put(ws, r, 5, um, font=f8, fill=fill, halign="center")
                    if bv is None:
                        xl_put(ws, r, 6, "–", font=f8, fill=fill, halign="center")
                        base = []
                    else:
                        xl_put(ws, r, 6, float(Decimal(str(bv))), font=f8, fill=fill, fmt=bf, halign="center")
                        base = [(2024, disp(bv, bf))]
                    for j, t in enumerate(tg):
                        xl_put(ws, r, 7 + j, t, font=f8, fill=fill, halign="center")
                    inds.append(ind(iname, ocode, unit=UM[um], baselines=base, targets=list(zip(Y, tg))))
                    r += 1
    xl_put(ws, r + 1, 1, "Il peso è attribuito ai soli obiettivi ed è espresso rispetto al livello superiore; gli "
           "indicatori di uno stesso obiettivo concorrono in parti uguali. Dato 2024: ultimo consuntivo validato.",
           font=font(F, 7.5, italic=True), wrap=False)
    xl_fit_rows(ws, H2 + 1, r - 1, pt=8, narrow=1.15)
    xl_page(ws, landscape=False, title_rows=f"{H1}:{H2}", margins=0.45)
    ws.oddFooter.right.text = "Pag. &P"
    d = case_dir(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="piano")
    fi = [finding("target.unambitious", FAULT_IND,
                  "first target 2026 (≥ 78%) is below the 2024 value (82,0%) of a higher-is-better indicator")]
    write_truth(d, [doc(ORG, Y, kind="plan")], nodes, inds, fi)
    genre_readme(d, NAME, "plan", LO_XLSX.format(script=SCRIPT), """
Portrait A4, Liberation Sans Narrow 8 pt, NO grid: a dark green band per area (white capitals), a light green band
per strategic objective, zebra shading on the indicator rows, a single heavy rule under the two-row header
`Cod. | Obiettivo | Peso | Indicatore | U.M. | Dato 2024 | Target (2026 | 2027 | 2028) | Dirigente` (repeated on each
page by print titles). Codes `01.` (area, printed with a trailing dot) / `01.1` / `01.1.1`. Only objectives carry a
weight (`0.00%` cells: areas 40/35/25, thirds 33,33 + 33,33 + 33,34); indicators have no weight and no code. The
operational objective's code, title, weight and Dirigente are on the SAME row as its first indicator; its further
indicators follow on rows whose objective cells are empty (not merged). `Dato 2024` is a number cell (two years
before the plan) or `–`. Truth: areas `area` with code `01` (trailing dot dropped) and their title as printed
(capitals); strategic and operational by code; indicators without weight, unit from `U.M.` (`n.` → `N.`, `data` →
`date`, `ha`, `km` as printed); the `–` baseline is not a baseline.
""", ["only objectives weighted; indicators unweighted", "first indicator on the objective's row",
      "operators in words `minore o uguale a 90 gg` going down as they should; flat targets (`≥ 90%` x3, "
      "`minore o uguale a -5 gg` x3)", "baseline year 2024 for a 2026-2028 plan (`Dato 2024`)",
      "date targets `entro il 30/06/2026`", "borderless zebra, condensed font, portrait, header repeated"],
                 [f"`target.unambitious` on `{FAULT_IND}`: 2024 value 82,0%, targets ≥ 78%, ≥ 82%, ≥ 85%"])
    return NAME


if __name__ == "__main__":
    print(build())
