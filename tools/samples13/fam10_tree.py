#!/usr/bin/python3
"""fam10-tree-lo-1: a music conservatory's tree with past values and per-year triplets (results 2023/2024 and
2024/2025), written as a workbook and printed by LibreOffice. Landscape, Liberation Serif; the TREE IN THREE MERGED
COLUMNS (`Area strategica` > `Obiettivo strategico` > `Outcome`, codes `AS1` / `OS1.1` / `OUT1.1.1` on their own
line above the title), then `Indicatore`, `Valore a.a. 2022/2023`, two academic-year groups over `Risultato | Target |
%` and the `Fonte` column LAST; achievements `0.0%` cells capped at 100; one `dato in aggiornamento`; manual break
between the areas with the two header rows repeated. Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (LO_XLSX, capped, case_dir, disp12, doc, font, ind, lo_pdf_of, node, readme13, rnd,  # noqa: E402
                      widths, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "fam10_tree.py"
ORG = "Conservatorio di Musica \u201cGuido Ferrante\u201d di Valdoria"
YEARS = [2023, 2024]  # a.a. 2023/2024 and a.a. 2024/2025 (first calendar year of the academic year)

# area -> strategic -> outcome -> indicator (name, unit, baseline raw, [(result raw, result value, target raw, op,
#                                            target value)] x 2, source)
TREE = [
    ("AS1", "Didattica e produzione artistica", [
        ("OS1.1", "Ampliare l'offerta di alta formazione musicale", [
            ("OUT1.1.1", "Più studenti iscritti ai corsi accademici", [
                ("Iscritti ai corsi accademici di primo e secondo livello", "N.", "412",
                 [("431", 431, "≥ 420", "ge", 420), ("445", 445, "≥ 440", "ge", 440)], "Segreteria didattica"),
                ("Iscritti stranieri sul totale degli iscritti", "%", "14,2%",
                 [("15,1%", 15.1, "≥ 15%", "ge", 15), ("15,4%", 15.4, "≥ 16%", "ge", 16)], "Segreteria didattica")]),
            ("OUT1.1.2", "Maggiore regolarità degli studi", [
                ("Diplomati entro la durata normale del corso", "%", "48%",
                 [("51%", 51, "≥ 50%", "ge", 50), ("52%", 52, "≥ 52%", "ge", 52)], "Nucleo di valutazione")])]),
        ("OS1.2", "Rafforzare la produzione artistica del Conservatorio", [
            ("OUT1.2.1", "Maggiore presenza del Conservatorio nella vita culturale del territorio", [
                ("Concerti e produzioni artistiche aperti al pubblico", "N.", "86",
                 [("92", 92, "≥ 90", "ge", 90), ("88", 88, "≥ 90", "ge", 90)], "Ufficio produzione artistica"),
                ("Spettatori paganti per concerto", "N.", "120",
                 [("131", 131, "≥ 125", "ge", 125), ("dato in aggiornamento", None, "≥ 125", "ge", 125)],
                 "Ufficio produzione artistica")])])]),
    ("AS2", "Internazionalizzazione e servizi agli studenti", [
        ("OS2.1", "Incrementare la mobilità internazionale", [
            ("OUT2.1.1", "Più studenti e docenti in mobilità all'estero", [
                ("Studenti in mobilità Erasmus+ in uscita", "N.", "18",
                 [("21", 21, "≥ 20", "ge", 20), ("24", 24, "≥ 24", "ge", 24)], "Ufficio Erasmus"),
                ("Docenti in mobilità per attività didattica", "N.", "9",
                 [("9", 9, "≥ 10", "ge", 10), ("12", 12, "≥ 10", "ge", 10)], "Ufficio Erasmus")])]),
        ("OS2.2", "Migliorare i servizi agli studenti", [
            ("OUT2.2.1", "Servizi di segreteria e di biblioteca più accessibili", [
                ("Tempo medio di rilascio dei certificati", "gg", "6 gg",
                 [("4 gg", 4, "≤ 5 gg", "le", 5), ("4 gg", 4, "≤ 4 gg", "le", 4)], "Segreteria didattica"),
                ("Ore di apertura settimanale della biblioteca", "ore", "30 ore",
                 [("36 ore", 36, "≥ 36 ore", "ge", 36), ("38 ore", 38, "≥ 40 ore", "ge", 40)], "Biblioteca")])])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    name = "fam10-tree-lo-1"
    F = "Liberation Serif"
    st = xl_styles()
    grid = st["grid"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Albero 2023-2025"
    widths(ws, [20, 22, 24, 34, 11, 13, 10, 8, 13, 10, 8, 16])
    xl_put(ws, 1, 1, ORG, font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Albero della performance – risultati degli anni accademici 2023/2024 e 2024/2025",
           font=font(F, 10, italic=True), wrap=False)
    H1, H2 = 4, 5
    hf = font(F, 9, bold=True)
    for c, h in [(1, "Area strategica"), (2, "Obiettivo strategico"), (3, "Outcome"), (4, "Indicatore"),
                 (5, "Valore a.a. 2022/2023"), (12, "Fonte")]:
        xl_put(ws, H1, c, h, font=hf, fill="E4DCC8", border=grid, halign="center", valign="center")
        ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
        xl_box(ws, H1, c, H2, c, grid)
    for c, h in [(6, "a.a. 2023/2024"), (9, "a.a. 2024/2025")]:
        xl_put(ws, H1, c, h, font=hf, fill="E4DCC8", border=grid, halign="center")
        ws.merge_cells(start_row=H1, start_column=c, end_row=H1, end_column=c + 2)
        xl_box(ws, H1, c, H1, c + 2, grid)
        for k, s in enumerate(["Risultato", "Target", "%"]):
            xl_put(ws, H2, c + k, s, font=font(F, 8.5, bold=True), fill="F1ECE0", border=grid, halign="center")
    r = H2 + 1
    nodes, inds = [], []
    f = font(F, 8.5)
    spans = []
    for ai, (acode, atitle, strat) in enumerate(TREE):
        if ai > 0:
            ws.row_breaks.append(Break(id=r - 1))
        a0 = r
        nodes.append(node(acode, "area", atitle))
        for scode, stitle, outs in strat:
            s0 = r
            nodes.append(node(scode, "strategic", stitle, parent=acode))
            for ocode, otitle, ilist in outs:
                o0 = r
                nodes.append(node(ocode, "operational", otitle, parent=scode))
                for iname, unit, base, trip, src in ilist:
                    xl_put(ws, r, 4, iname, font=f, border=grid)
                    xl_put(ws, r, 5, base, font=f, border=grid, halign="center")
                    res, tgs, ach = [], [], []
                    for k, (rraw, rv, traw, op, tv) in enumerate(trip):
                        c = 6 + 3 * k
                        y = YEARS[k]
                        xl_put(ws, r, c, rraw, font=f, border=grid, halign="center")
                        xl_put(ws, r, c + 1, traw, font=f, border=grid, halign="center")
                        tgs.append((y, traw))
                        res.append((y, rraw))
                        if rv is None:
                            xl_put(ws, r, c + 2, "–", font=f, border=grid, halign="center")
                        else:
                            a = rnd(capped(Decimal(str(rv)), Decimal(str(tv)), op), 1) / 100
                            xl_put(ws, r, c + 2, float(a), font=f, border=grid, fmt="0.0%", halign="center")
                            ach.append((y, disp12(a, "0.0%")))
                    xl_put(ws, r, 12, src, font=font(F, 8, italic=True), border=grid)
                    inds.append(ind(iname, ocode, unit=unit, baselines=[(2022, base)], targets=tgs, results=res,
                                    achievement=ach))
                    r += 1
                spans.append((o0, r - 1, 3, f"{ocode}\n{otitle}", False))
            spans.append((s0, r - 1, 2, f"{scode}\n{stitle}", True))
        spans.append((a0, r - 1, 1, f"{acode}\n{atitle}", True))
    for r0, r1, c, text, bold in spans:
        xl_put(ws, r0, c, text, font=font(F, 8.5, bold=bold), border=grid, valign="center",
               fill="FAF7F0" if c == 1 else None)
        if r1 > r0:
            ws.merge_cells(start_row=r0, start_column=c, end_row=r1, end_column=c)
        xl_box(ws, r0, c, r1, c, grid)
    xl_fit_rows(ws, H2 + 1, r - 1, pt=8.5)
    xl_put(ws, r + 1, 1, "% = grado di raggiungimento del target (risultato / target, target / risultato per i tempi), "
           "con un massimo del 100%. Gli anni accademici iniziano il 1° novembre.", font=font(F, 8, italic=True),
           wrap=False)
    xl_page(ws, landscape=True, title_rows=f"{H1}:{H2}")
    ws.oddFooter.center.text = "Pagina &P"
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="albero")
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    readme13(d, name, "tree with past values and per-year triplets", LO_XLSX.format(script=SCRIPT), """
Landscape A4, Liberation Serif 8.5 pt, full grid, beige two-row header repeated on page 2. Two title lines (the
conservatory; `Albero della performance – risultati degli anni accademici 2023/2024 e 2024/2025`), then ONE table:
the tree in THREE MERGED COLUMNS `Area strategica | Obiettivo strategico | Outcome` (each cell the code on its own line
above the title: `AS1` / `Didattica e produzione artistica`), then `Indicatore | Valore a.a. 2022/2023 | a.a. 2023/2024
(Risultato | Target | %) | a.a. 2024/2025 (Risultato | Target | %) | Fonte` with the SOURCE LAST. Targets and results
are text with units (`≥ 420`, `15,1%`, `≤ 5 gg`, `36 ore`); `%` are `0.0%` cells capped at 100. A manual page break
separates the two areas. Truth: `area` / `strategic` / `operational` (the Outcome) nodes without weights, code and title
split at the line break; indicators without code under their Outcome; `a.a. 2023/2024` → year 2023, `a.a. 2024/2025`
→ 2024, baseline `a.a. 2022/2023` → 2022; the `dato in aggiornamento` result is kept, its `–` grade is not an
achievement.
""", ["tree in three merged columns, code on its own line above the title", "codes `AS1` / `OS1.1` / `OUT1.1.1`",
      "academic-year column groups over `Risultato | Target | %`", "`Fonte` as the LAST column",
      "two-row header repeated after a manual page break between areas", "landscape serif"],
     ["no weights at any level (nothing to sum)", "grades capped at 100,0% when the result beats the target "
      "(`431` on `≥ 420`, `4 gg` on `≤ 5 gg`)", "flat targets across the two years (`≥ 90`, `≥ 125`, `≥ 10`)",
      "`≤ 5 gg` then `≤ 4 gg`: a lower-is-better target going down", "a result below the previous year's (`88` after "
      "`92`) graded against its own year's target (97,8%)", "`dato in aggiornamento` with `–` grade",
      "baseline of a.a. 2022/2023, the year before the first reported year",
      "a 2024/2025 target below the 2023/2024 RESULT (`≥ 90` after `92`, `≥ 125` after `131`): targets were set in "
      "advance against the a.a. 2022/2023 baseline, results are not baselines"], [])
    return name


if __name__ == "__main__":
    print(build())
