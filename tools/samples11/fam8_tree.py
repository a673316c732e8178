#!/usr/bin/python3
"""fam8-tree-lo-1: a university's objective tree with an OUTCOME level, a past-value column and per-year
TRIPLETS as COLUMN GROUPS (`a.a. 2021/2022` over `Risultato | Target | %`, then `a.a. 2022/2023`), source column
after the description; workbook printed by LibreOffice (landscape, two-row merged header repeated after a manual
break). Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import (LO_XLSX, capped, case_dir, disp, doc, dpct, font, ind, lo_pdf_of, node, rnd,  # noqa: E402
                      widths, write_truth, xl_box, xl_fit_rows, xl_page, xl_put)
from common2 import write_readme  # noqa: E402

SCRIPT = "fam8_tree.py"
ORG = "Università degli Studi di Castelfranco Alto"
YRS = [2021, 2022]

# area -> strategic -> outcome -> indicator (code, name, unit, fonte, fmt, past, [(result, op, target value,
# target raw)] per year); result values in the cell's own scale (fractions for % formats)
TREE = [
    ("1", "DIDATTICA", [
        ("1.1", "Migliorare la regolarità delle carriere degli studenti", [
            ("1.1.1", "Riduzione degli abbandoni al primo anno", [
                ("1.1.1.a", "Studenti che proseguono al secondo anno nello stesso corso di studio", "%", "ANS",
                 "0.0%", "0.794", [("0.806", "ge", 80, "≥ 80%"), ("0.811", "ge", 82, "≥ 82%")]),
                ("1.1.1.b", "Studenti inattivi al termine del primo anno", "%", "ANS", "0.0%", "0.098",
                 [("0.091", "le", "9.5", "≤ 9,5%"), ("0.093", "le", 9, "≤ 9,0%")])]),
            ("1.1.2", "Aumento dei laureati nei tempi previsti", [
                ("1.1.2.a", "Laureati entro la durata normale del corso", "%", "AlmaLaurea", "0.0%", "0.526",
                 [("0.54", "ge", 54, "≥ 54%"), ("0.552", "ge", 56, "≥ 56%")])])]),
        ("1.2", "Rafforzare la dimensione internazionale della didattica", [
            ("1.2.1", "Crescita della mobilità internazionale degli studenti", [
                ("1.2.1.a", "CFU conseguiti all'estero ogni 1.000 CFU acquisiti", "N.", "ANS", "0.0", "8.4",
                 [("9.1", "ge", 9, "≥ 9,0"), ("9.6", "ge", 10, "≥ 10,0")])])])]),
    ("2", "RICERCA", [
        ("2.1", "Accrescere la qualità della produzione scientifica", [
            ("2.1.1", "Docenti attivi nella ricerca e nei progetti competitivi", [
                ("2.1.1.a", "Docenti con almeno due prodotti della ricerca nel triennio", "%", "IRIS", "0%", "0.86",
                 [("0.88", "ge", 87, "≥ 87%"), ("0.89", "ge", 89, "≥ 89%")]),
                ("2.1.1.b", "Entrate da progetti di ricerca competitivi per docente", "EUR", "U-GOV",
                 '#,##0" €"', "21450", [("23980", "ge", 22000, "≥ 22.000 €"), ("22870", "ge", 24000,
                                                                             "≥ 24.000 €")])])])]),
    ("3", "TERZA MISSIONE", [
        ("3.1", "Valorizzare i risultati della ricerca", [
            ("3.1.1", "Rafforzamento del trasferimento tecnologico", [
                ("3.1.1.a", "Brevetti depositati nell'anno", "N.", "Ufficio Valorizzazione", "0", "6",
                 [("7", "ge", 7, "≥ 7"), ("8", "ge", 8, "≥ 8")]),
                ("3.1.1.b", "Tempo medio di stipula dei contratti di ricerca conto terzi", "gg", "U-GOV", '0" gg"',
                 "38", [("34", "le", 35, "≤ 35 gg"), ("33", "le", 30, "≤ 30 gg")])])])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break
    name = "fam8-tree-lo-1"
    F = "Liberation Sans"
    ln = Side(style="thin", color="7F7F7F")
    grid = Border(left=ln, right=ln, top=ln, bottom=ln)
    wb = Workbook()
    ws = wb.active
    ws.title = "Albero 2021-2023"
    widths(ws, [10, 52, 17, 14, 11, 11, 9, 11, 11, 9])
    xl_put(ws, 1, 1, ORG, font=font(F, 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance 2023 – Albero della performance: aree, obiettivi strategici, "
           "outcome e indicatori (anni accademici 2021/2022 e 2022/2023)", font=font(F, 10), wrap=False)
    H1, H2 = 4, 5
    hf = dict(font=font(F, 9, bold=True, color="FFFFFF"), fill="1F4E79", border=grid, halign="center",
              valign="center")
    for c, h in ((1, "Codice"), (2, "Descrizione"), (3, "Fonte"), (4, "Valore a.a. 2020/2021")):
        xl_put(ws, H1, c, h, **hf)
        xl_put(ws, H2, c, None, **hf)
        ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
    for k, yl in enumerate(["a.a. 2021/2022", "a.a. 2022/2023"]):
        c0 = 5 + 3 * k
        xl_put(ws, H1, c0, yl, **hf)
        for c in (c0 + 1, c0 + 2):
            xl_put(ws, H1, c, None, **hf)
        ws.merge_cells(start_row=H1, start_column=c0, end_row=H1, end_column=c0 + 2)
        for j, h in enumerate(["Risultato", "Target", "%"]):
            xl_put(ws, H2, c0 + j, h, **hf)
    r = H2 + 1
    nodes, inds, brk = [], [], None
    for acode, atitle, sts in TREE:
        if acode == "3":
            brk = r - 1
        xl_put(ws, r, 1, acode, font=font(F, 10, bold=True), fill="BDD7EE", border=grid)
        xl_put(ws, r, 2, atitle, font=font(F, 10, bold=True), fill="BDD7EE", border=grid)
        for c in range(3, 11):
            xl_put(ws, r, c, None, fill="BDD7EE", border=grid)
        nodes.append(node(acode, "area", atitle))
        r += 1
        for scode, stitle, outs in sts:
            xl_put(ws, r, 1, scode, font=font(F, 9, bold=True), fill="E9F1F9", border=grid)
            xl_put(ws, r, 2, stitle, font=font(F, 9, bold=True), fill="E9F1F9", border=grid)
            for c in range(3, 11):
                xl_put(ws, r, c, None, fill="E9F1F9", border=grid)
            nodes.append(node(scode, "strategic", stitle, parent=acode))
            r += 1
            for ocode, otitle, ilist in outs:
                xl_put(ws, r, 1, ocode, font=font(F, 9, italic=True), border=grid)
                xl_put(ws, r, 2, otitle, font=font(F, 9, italic=True), border=grid, indent=1)
                xl_box(ws, r, 3, r, 10, grid)
                nodes.append(node(ocode, "operational", otitle, parent=scode))
                r += 1
                for icode, iname, unit, fonte, fmt, past, years in ilist:
                    xl_put(ws, r, 1, icode, font=font(F, 8.5), border=grid)
                    xl_put(ws, r, 2, iname, font=font(F, 8.5), border=grid, indent=2)
                    xl_put(ws, r, 3, fonte, font=font(F, 8.5), border=grid, halign="center")
                    xl_put(ws, r, 4, float(past), font=font(F, 8.5), border=grid, fmt=fmt, halign="center")
                    res, tg, ach = [], [], []
                    for k, (rv, op, tv, traw) in enumerate(years):
                        c0 = 5 + 3 * k
                        rshown = Decimal(rv) * 100 if fmt.endswith("%") else Decimal(rv)
                        a = rnd(capped(rshown, Decimal(str(tv)), op), 1)
                        xl_put(ws, r, c0, float(rv), font=font(F, 8.5), border=grid, fmt=fmt, halign="center")
                        xl_put(ws, r, c0 + 1, traw, font=font(F, 8.5), border=grid, halign="center")
                        xl_put(ws, r, c0 + 2, float(a / 100), font=font(F, 8.5, bold=True), border=grid,
                               fmt="0.0%", halign="center")
                        res.append((YRS[k], disp(rv, fmt)))
                        tg.append((YRS[k], traw))
                        ach.append((YRS[k], dpct(a, 1)))
                    inds.append(ind(iname, ocode, code=icode, unit=unit, baselines=[(2020, disp(past, fmt))],
                                    targets=tg, results=res, achievement=ach, owners=[]))
                    r += 1
    xl_put(ws, r + 1, 1, "% = grado di raggiungimento del target (risultato/target, target/risultato per gli "
           "indicatori da ridurre; massimo 100%). Fonti: ANS = Anagrafe nazionale studenti; IRIS = catalogo della "
           "ricerca; U-GOV = contabilità di ateneo.", font=font(F, 8, italic=True), wrap=False)
    xl_fit_rows(ws, H2 + 1, r - 1, pt=9)
    ws.row_breaks.append(Break(id=brk))
    xl_page(ws, landscape=True, title_rows=f"{H1}:{H2}", margins=0.5)
    ws.oddFooter.center.text = "&P / &N"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="albero")
    write_truth(d, [doc(ORG, YRS)], nodes, inds)
    write_readme(d, name, """
Landscape A4, Liberation Sans 8.5-10 pt, ruled grid, two pages. Title (the university) and `Relazione sulla
performance 2023 – Albero della performance: aree, obiettivi strategici, outcome e indicatori (anni accademici
2021/2022 e 2022/2023)`. One table with a TWO-ROW merged header repeated on page 2 (print titles; manual break
before area 3): `Codice | Descrizione | Fonte | Valore a.a. 2020/2021` (each merged over both rows) and two YEAR
GROUPS `a.a. 2021/2022` and `a.a. 2022/2023`, each merged over `Risultato | Target | %`. Four levels told apart by
code depth and look: areas (`1 DIDATTICA`, bold, blue band), strategic objectives (`1.1`, bold, light band),
OUTCOMES (`1.1.1`, italic, indented once, empty value cells) and indicators (`1.1.1.a`, indented twice) with the
source (`ANS`, `AlmaLaurea`, `IRIS`, `U-GOV`, `Ufficio Valorizzazione`) BEFORE the values. Past value and results are
number cells (`0.0%` → `79,4%`, `0%` → `86%`, `0.0` → `8,4`, `#,##0" €"` → `21.450 €`, `0` → `6`, `0" gg"` → `38
gg`); targets text (`≥ 80%`, `≤ 9,5%`, `≥ 22.000 €`, `≤ 35 gg`); `%` is a bold `0.0%` cell (`98,9%`, `100,0%`). A
legend line explains `%` and the sources. Footer `n / N`. Truth: areas `area`, strategic `strategic`, outcomes
`operational` (parent chain by code); indicators under their outcome with the academic year mapped to its FIRST
calendar year (baseline 2020 = `Valore a.a. 2020/2021`; results, targets and % for 2021 and 2022).
""", LO_XLSX.format(script=SCRIPT), [
        "per-year triplets as column groups (not rows), a past-value column, source column before the values",
        "extra Outcome level between strategic objectives and indicators",
        "codes `1`, `1.1`, `1.1.1`, `1.1.1.a`",
        "number formats on past values and results, including `#,##0\" €\"` and `0\" gg\"`",
        "two-row merged header repeated after a manual page break",
    ], [])
    return name


if __name__ == "__main__":
    print(build())
