#!/usr/bin/python3
"""h17-pirayears-xlsx-1: a national research agency's PIRA 2026-2028 kept as .xlsx, with ALL YEARS IN ONE TARGET
CELL (`Anno 2026: >= 90%` / `Anno 2027: …` / `Anno 2028: …` on three lines of one cell). Columns `Missione |
Programma | Obiettivo | Risorse 2026 | Indicatore | Tipologia | Unità di misura | Valore di partenza | Valore
atteso`; mission and programme as `code - name` cells merged down (mission over two programmes); resources as
`"€ "#,##0.00` number cells merged down; `Totale` row. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (XLSX, case_dir, disp12, doc, font, ind, node, readme17, widths, write_truth, xl_box,  # noqa: E402
                      xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "h17_pirayears.py"
ORG = "Agenzia nazionale per la ricerca sul clima e l'ambiente"
YEARS = [2026, 2027, 2028]
EF, EZ, IM, RE = "Efficacia", "Efficienza", "Impatto", "Realizzazione"

# mission (code, name) -> programme (code, name) -> objective (code, title, resources)
#   -> indicators (name, type, unit label, truth unit, baseline (year, raw), [targets])
MISS = [
    ("017", "Ricerca e innovazione", [
        ("017", "Ricerca in materia ambientale", [
            ("1.1", "Potenziare le campagne di osservazione dei cambiamenti climatici", 3840000.00, [
                ("Campagne di misura concluse nell'anno", RE, "numero", "N.", (2024, "18"),
                 [">= 20", ">= 22", ">= 22"]),
                ("Dati osservativi validati entro 60 giorni", EF, "%", "%", (2024, "83%"),
                 [">= 85%", ">= 88%", ">= 90%"])]),
            ("1.2", "Aumentare la capacità di attrarre finanziamenti europei", 1215000.50, [
                ("Progetti europei finanziati sui progetti presentati", EF, "%", "%", (2023, "21%"),
                 [">= 22%", ">= 24%", ">= 26%"])])]),
        ("022", "Ricerca di base e applicata", [
            ("1.3", "Valorizzare i risultati della ricerca", 640000.00, [
                ("Pubblicazioni su riviste indicizzate", RE, "numero", "N.", (2024, "236"),
                 [">= 240", ">= 250", ">= 260"]),
                ("Accordi di trasferimento tecnologico sottoscritti", IM, "numero", "N.", (2024, "7"),
                 [">= 7", ">= 8", ">= 9"])])])]),
    ("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", [
        ("003", "Servizi e affari generali per le amministrazioni di competenza", [
            ("2.1", "Rendere più efficiente la gestione degli acquisti", 295400.00, [
                ("Tempo medio di aggiudicazione delle procedure negoziate", EZ, "giorni", "gg", (2024, "58"),
                 ["<= 50", "<= 45", "<= 45"]),
                ("Acquisti effettuati tramite convenzioni e accordi quadro", EZ, "%", "%", (2024, "62%"),
                 [">= 65%", ">= 65%", ">= 70%"])])])]),
]
FMT = '"€ "#,##0.00'


def build():
    from openpyxl import Workbook
    name = "h17-pirayears-xlsx-1"
    F = "Arial"
    st = xl_styles()
    grid = st["grid"]
    wb = Workbook()
    ws = wb.active
    ws.title = "PIRA 2026-2028"
    widths(ws, [20, 22, 32, 16, 36, 13, 10, 14, 22])
    xl_put(ws, 1, 1, ORG, font=font(F, 11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio – triennio 2026-2028",
           font=font(F, 9, italic=True), wrap=False)
    heads = ["Missione", "Programma", "Obiettivo", "Risorse 2026", "Indicatore", "Tipologia", "Unità di misura",
             "Valore di partenza", "Valore atteso"]
    HR = 4
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9, bold=True), fill="BDD7EE", border=grid, halign="center",
               valign="center")
    nodes, inds = [], []
    r = HR + 1
    total = 0.0
    for mcode, mname, progs in MISS:
        m_first = r
        for pcode, pname, objs in progs:
            p_first = r
            for ocode, otitle, res, ilist in objs:
                o_first = r
                for iname, typ, ulab, unit, (by, braw), tg in ilist:
                    cell = "\n".join(f"Anno {y}: {t}" for y, t in zip(YEARS, tg))
                    for c, v in [(5, iname), (6, typ), (7, ulab), (8, f"{braw} ({by})"), (9, cell)]:
                        xl_put(ws, r, c, v, font=font(F, 9), border=grid, halign="center" if c in (7, 8) else None)
                    inds.append(ind(iname, ocode, unit=unit, type=typ, baselines=[(by, braw)],
                                    targets=list(zip(YEARS, tg))))
                    r += 1
                for c, v, fm in [(3, f"{ocode} {otitle}", None), (4, res, FMT)]:
                    xl_put(ws, o_first, c, v, font=font(F, 9), border=grid, fmt=fm,
                           halign="right" if c == 4 else None)
                    if r - o_first > 1:
                        ws.merge_cells(start_row=o_first, start_column=c, end_row=r - 1, end_column=c)
                    xl_box(ws, o_first, c, r - 1, c, grid)
                nodes.append(node(ocode, "strategic", otitle, resources=[disp12(res, FMT)], mission=mcode,
                                  programme=pcode))
                total += res
            xl_put(ws, p_first, 2, f"{pcode} - {pname}", font=font(F, 9), border=grid)
            if r - p_first > 1:
                ws.merge_cells(start_row=p_first, start_column=2, end_row=r - 1, end_column=2)
            xl_box(ws, p_first, 2, r - 1, 2, grid)
        xl_put(ws, m_first, 1, f"{mcode} - {mname}", font=font(F, 9, bold=True), border=grid, fill="F2F2F2")
        if r - m_first > 1:
            ws.merge_cells(start_row=m_first, start_column=1, end_row=r - 1, end_column=1)
        xl_box(ws, m_first, 1, r - 1, 1, grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    xl_put(ws, r, 1, "Totale", font=font(F, 9, bold=True), border=grid, halign="right")
    xl_box(ws, r, 1, r, 3, grid)
    xl_put(ws, r, 4, round(total, 2), font=font(F, 9, bold=True), border=grid, fmt=FMT, halign="right")
    xl_fit_rows(ws, HR, r, pt=9)
    ws.freeze_panes = ws.cell(row=HR + 1, column=1)
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}")
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds, resources_total=disp12(round(total, 2), FMT))
    readme17(d, name, "PIRA with all years in one cell", XLSX.format(script=SCRIPT), """
One sheet `PIRA 2026-2028`, Arial 9 pt, full grid, frozen header. Title and italic subtitle, then `Missione |
Programma | Obiettivo | Risorse 2026 | Indicatore | Tipologia | Unità di misura | Valore di partenza | Valore atteso`.
Mission (`017 - Ricerca e innovazione`, bold, grey) merged down over its programmes, programme (`017 - Ricerca in
materia ambientale`: programme code equal to the mission code) merged down over its objectives, objective cell `1.1
title` (code and title in one cell) and resources (`"€ "#,##0.00` number cells → `€ 3.840.000,00`) merged down over
its indicators. `Valore di partenza` as `83% (2024)`; `Valore atteso` ONE cell with three lines `Anno 2026: >= 85%`,
`Anno 2027: >= 88%`, `Anno 2028: >= 90%`. A `Totale` row. Truth: objectives `strategic` with mission and programme
codes; targets split by year (raw after `Anno yyyy: `); baseline raw before the parenthesis; resources_total = Totale.
""", ["all three years in one multi-line cell", "mission and programme as `code - name` merged cells",
      "programme code equal to its mission code (`017` / `017`)", "objective code and title in one cell",
      "euro-prefixed number format, one amount with cents `€ 1.215.000,50`", "baseline year 2023 for one row"],
     ["`>= 7` equal to its baseline `7`", "flat years (`>= 22`, `>= 65%`, `<= 45`)",
      "`<= 50 / 45 / 45` days going down then flat", "no weights anywhere",
      "`Totale` equals the sum of the four objectives' resources"], [])
    return name


if __name__ == "__main__":
    print(build())
