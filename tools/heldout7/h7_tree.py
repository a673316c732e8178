#!/usr/bin/python3
"""h7-tree-lo-1: a university's performance tree with past academic-year values and per-year
Consuntivo/Atteso/% triplets; the level of a row is the column its code stands in. A workbook printed by
LibreOffice. Fault: target.unambitious. Content invented."""
import os
import shutil
import sys
import tempfile
from copy import copy
from decimal import ROUND_HALF_UP, Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (LO, case_dir, doc, finding, ind, lo_pdf, node, readme, write_truth, xl_box,  # noqa: E402
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

NAME = "h7-tree-lo-1"
ORG = "Università degli Studi del Basso Volturno"
YEARS = [2018, 2019]
PAST = [2016, 2017]  # a.a. 2016/2017, a.a. 2017/2018
# indicator: (code, name, unit, polarity, [past raw x2], [(result raw, result value, target raw, target value) x2])
TREE = [
    ("A", "DIDATTICA", [
        ("A.1", "Migliorare la regolarità degli studi", [
            ("A.1.1", "Riduzione degli abbandoni tra il primo e il secondo anno", [
                ("A.1.1-K1", "Studenti che proseguono al secondo anno nello stesso corso di studio", "%", "+",
                 ["71,3%", "73,0%"], [("74,6%", "74.6", "≥ 74,0%", "74"), ("75,1%", "75.1", "≥ 76,0%", "76")]),
                ("A.1.1-K2", "Abbandoni dopo il primo anno di corso", "%", "-",
                 ["14,2%", "13,5%"], [("13,9%", "13.9", "≤ 13,0%", "13"), ("12,4%", "12.4", "≤ 12,5%", "12.5")])]),
            ("A.1.2", "Aumento dei laureati entro la durata normale del corso", [
                ("A.1.2-K1", "Laureati regolari sul totale dei laureati", "%", "+",
                 ["48,7%", "51,2%"], [("52,8%", "52.8", "≥ 52,0%", "52"), ("53,0%", "53", "≥ 54,0%", "54")])])]),
        ("A.2", "Rafforzare l'attrattività dell'offerta formativa", [
            ("A.2.1", "Crescita degli iscritti provenienti da altre regioni e dall'estero", [
                ("A.2.1-K1", "Immatricolati residenti fuori regione", "N.", "+",
                 ["412", "438"], [("466", "466", "≥ 450", "450"), ("471", "471", "≥ 480", "480")]),
                ("A.2.1-K2", "Corsi di studio con almeno un insegnamento erogato in lingua inglese", "N.", "+",
                 ["18", "21"], [("24", "24", "≥ 24", "24"), ("26", "26", "≥ 27", "27")])])])]),
    ("B", "RICERCA", [
        ("B.1", "Accrescere la capacità di attrarre finanziamenti competitivi", [
            ("B.1.1", "Aumento dei progetti finanziati su bandi europei e nazionali", [
                ("B.1.1-K1", "Progetti Horizon 2020 finanziati", "N.", "+",
                 ["9", "11"], [("12", "12", "≥ 12", "12"), ("10", "10", "≥ 14", "14")]),
                ("B.1.1-K2", "Entrate da progetti di ricerca competitivi", "EUR", "+",
                 ["€ 3.412.000", "€ 3.905.500"], [("€ 4.120.300", "4120300", "≥ € 4.000.000", "4000000"),
                                                 ("€ 4.388.000", "4388000", "≥ € 4.300.000", "4300000")])])]),
        ("B.2", "Migliorare la qualità della produzione scientifica", [
            ("B.2.1", "Aumento delle pubblicazioni su riviste di fascia A", [
                ("B.2.1-K1", "Docenti con almeno due pubblicazioni su riviste di fascia A nell'anno", "%", "+",
                 ["38,5%", "41,0%"], [("42,2%", "42.2", "≥ 36,0%", "36"), ("43,9%", "43.9", "≥ 44,0%", "44")])]),
            ("B.2.2", "Crescita dei dottorandi con borsa finanziata da enti esterni", [
                ("B.2.2-K1", "Borse di dottorato finanziate da enti esterni", "N.", "+",
                 ["14", "17"], [("19", "19", "≥ 18", "18"), ("21", "21", "≥ 20", "20")])])])]),
]
FAULTY = "B.2.1-K1"
SOURCES = {"%": "Anagrafe nazionale studenti", "N.": "Banca dati di Ateneo", "EUR": "Bilancio unico di Ateneo"}


def pct1(a):
    v = a.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert abs(a * 10 - (a * 10).to_integral_value()) != Decimal("0.5"), a
    return f"{v:.1f}".replace(".", ",") + "%"


def achieve(pol, rv, tv):
    r, t = Decimal(rv), Decimal(tv)
    a = min(r / t if pol == "+" else t / r, Decimal(1)) * 100
    return pct1(a)


def build():
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    thin = S(style="thin", color="595959")
    grid = B(left=thin, right=thin, top=thin, bottom=thin)
    base = "DejaVu Sans Condensed"
    f8 = F(name=base, size=8)
    hb = F(name=base, size=8, bold=True, color="FFFFFF")
    wb = Workbook()
    ws = wb.active
    ws.title = "Albero 2018-2019"
    widths = [4.5, 5.5, 6.5, 9, 40, 9.5, 9.5, 10, 9, 7.5, 10, 9, 7.5, 17]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    xl_put(ws, 1, 1, ORG, font=F(name=base, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance 2019 – Albero della performance: valori storici e risultati "
                     "2018-2019", font=F(name=base, size=9.5), wrap=False)
    xl_put(ws, 3, 1, "I valori storici sono riferiti all'anno accademico; i risultati al 31 dicembre dell'anno. "
                     "% ragg. = consuntivo/atteso (atteso/consuntivo per gli indicatori da ridurre), massimo 100%.",
           font=F(name=base, size=7.5, italic=True), wrap=False)
    h1, h2 = 5, 6
    hfill = "44546A"
    xl_put(ws, h1, 1, "Codice", font=hb, fill=hfill, halign="center")
    ws.merge_cells(start_row=h1, start_column=1, end_row=h1, end_column=4)
    for c, t in ((1, "Area"), (2, "Ob. str."), (3, "Outcome"), (4, "Indicatore")):
        xl_put(ws, h2, c, t, font=F(name=base, size=7, bold=True, color="FFFFFF"), fill=hfill, halign="center",
               valign="center")
    xl_put(ws, h1, 5, "Descrizione", font=hb, fill=hfill, halign="center", valign="center")
    ws.merge_cells(start_row=h1, start_column=5, end_row=h2, end_column=5)
    xl_put(ws, h1, 6, "Valori storici", font=hb, fill=hfill, halign="center")
    ws.merge_cells(start_row=h1, start_column=6, end_row=h1, end_column=7)
    xl_put(ws, h2, 6, "a.a. 2016/2017", font=hb, fill=hfill, halign="center")
    xl_put(ws, h2, 7, "a.a. 2017/2018", font=hb, fill=hfill, halign="center")
    for y, c0 in zip(YEARS, (8, 11)):
        xl_put(ws, h1, c0, y, font=hb, fill=hfill, halign="center")
        ws.merge_cells(start_row=h1, start_column=c0, end_row=h1, end_column=c0 + 2)
        for k, t in enumerate(("Consuntivo", "Atteso", "% ragg.")):
            xl_put(ws, h2, c0 + k, t, font=hb, fill=hfill, halign="center")
    xl_put(ws, h1, 14, "Fonte", font=hb, fill=hfill, halign="center", valign="center")
    ws.merge_cells(start_row=h1, start_column=14, end_row=h2, end_column=14)
    for rr in (h1, h2):
        for c in range(1, 15):
            ws.cell(row=rr, column=c).fill = copy(ws.cell(row=h1, column=1).fill)
    xl_box(ws, h1, 1, h2, 14, grid)
    ws.row_dimensions[h2].height = 22
    r = h2 + 1
    nodes, inds = [], []
    brk = None
    for ac, at, oss in TREE:
        if ac == "B":
            brk = r - 1
        xl_put(ws, r, 1, ac, font=F(name=base, size=9, bold=True, color="FFFFFF"), fill="8497B0", border=grid)
        xl_put(ws, r, 5, at, font=F(name=base, size=9, bold=True, color="FFFFFF"), fill="8497B0", border=grid)
        for c in list(range(2, 5)) + list(range(6, 15)):
            xl_put(ws, r, c, None, fill="8497B0", border=grid)
        nodes.append(node(ac, "area", at))
        r += 1
        for sc, stt, outs in oss:
            xl_put(ws, r, 2, sc, font=F(name=base, size=8.5, bold=True), fill="D6DCE4", border=grid)
            xl_put(ws, r, 5, stt, font=F(name=base, size=8.5, bold=True), fill="D6DCE4", border=grid)
            for c in [1, 3, 4] + list(range(6, 15)):
                xl_put(ws, r, c, None, fill="D6DCE4", border=grid)
            nodes.append(node(sc, "strategic", stt, parent=ac))
            r += 1
            for oc, ot, kpis in outs:
                xl_put(ws, r, 3, oc, font=F(name=base, size=8, italic=True), border=grid)
                xl_put(ws, r, 5, ot, font=F(name=base, size=8, italic=True), border=grid)
                for c in [1, 2, 4] + list(range(6, 15)):
                    xl_put(ws, r, c, None, border=grid)
                nodes.append(node(oc, "operational", ot, parent=sc))
                r += 1
                for kc, kn, unit, pol, past, yrs in kpis:
                    cells = {4: kc, 5: kn, 6: past[0], 7: past[1], 14: SOURCES[unit]}
                    achs = []
                    for (rr_, rv, tr, tv), c0 in zip(yrs, (8, 11)):
                        a = achieve(pol, rv, tv)
                        achs.append(a)
                        cells[c0], cells[c0 + 1], cells[c0 + 2] = rr_, tr, a
                    for c in range(1, 15):
                        v = cells.get(c)
                        xl_put(ws, r, c, v, font=F(name=base, size=8, bold=(c in (10, 13))) if v else f8,
                               border=grid, halign="right" if 6 <= c <= 13 else None)
                    inds.append(ind(kn, oc, code=kc, unit=unit, baselines=list(zip(PAST, past)),
                                    targets=[(y, t[2]) for y, t in zip(YEARS, yrs)],
                                    results=[(y, t[0]) for y, t in zip(YEARS, yrs)],
                                    achievement=list(zip(YEARS, achs))))
                    r += 1
    xl_fit_rows(ws, h2 + 1, r - 1, pt=8, narrow=1.1)
    ws.row_breaks.append(Break(id=brk))
    xl_page(ws, landscape=True, title_rows=f"{h1}:{h2}", margins=0.45)
    ws.oddFooter.left.text = "Università degli Studi del Basso Volturno – Relazione sulla performance 2019"
    ws.oddFooter.left.size = 7
    ws.oddFooter.right.text = "Pagina &P di &N"
    ws.oddFooter.right.size = 7
    d = case_dir(NAME)
    tmp = tempfile.mkdtemp(prefix="h7tree-")
    try:
        src = os.path.join(tmp, "albero_performance.xlsx")
        xl_save(wb, src)
        lo_pdf(src, os.path.join(d, "input.pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    fnd = [finding("target.unambitious", FAULTY,
                   "higher is better; the 2018 target `≥ 36,0%` is below the latest past value `41,0%` "
                   "(a.a. 2017/2018)")]
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, fnd)
    readme(d, NAME, "Family: **tree**", LO.format(script="h7_tree.py"), """
Landscape A4, DejaVu Sans Condensed 8 pt, ruled grid, printed by LibreOffice on two pages (a manual break before
area B, the two header rows repeated). Title, subtitle and an italic line explaining the academic years and the `%
ragg.` rule. Two-row header (white on slate): `Codice` merged over FOUR narrow code columns `Area | Ob. str. |
Outcome | Indicatore`, then `Descrizione`, `Valori storici` over `a.a. 2016/2017 | a.a. 2017/2018`, `2018` and
`2019` each over `Consuntivo | Atteso | % ragg.`, and `Fonte`. There is no level column and no indentation: a row's
LEVEL is the code column its code stands in (a staircase of codes; the titles all share `Descrizione`): area rows
(`A` in `Area`, blue-grey band, white bold capitals `DIDATTICA`), strategic rows (`A.1` in `Ob. str.`, light grey,
bold), outcome rows (`A.1.1` in `Outcome`, italic), indicator rows (`A.1.1-K1` in `Indicatore`) with the values.
Past values of the academic years are baselines of 2016 and 2017 (first calendar year); per year, Consuntivo =
result, Atteso = target (with operator: `≥ 74,0%`, `≤ 13,0%`, `≥ € 4.000.000`), `% ragg.` = achievement (one
decimal, bold). Truth levels: area / strategic / operational (the Outcome rows); indicators under their outcome.
""", [
        "level shown by the code's column (four code columns), not by a level name or indentation",
        "academic-year past values (`a.a. 2016/2017`) before calendar-year triplets",
        "triplet labels `Consuntivo | Atteso | % ragg.`; achievement with one decimal",
        "polarity from the operators (`≥`, `≤`); euro values `€ 4.120.300`",
        "`Fonte` column last; footer with the university and `Pagina n di N`",
    ], [f"`target.unambitious` on `{FAULTY}`: higher is better, latest past value `41,0%` (a.a. 2017/2018), "
        "2018 target `≥ 36,0%` (the 2019 target `≥ 44,0%` is fine)"])
    return NAME


if __name__ == "__main__":
    print(build())
