#!/usr/bin/python3
"""h7-report-lo-1: a local health authority's performance report (summary table + detail table), a workbook
printed by LibreOffice. Fault: achievement.rollup. Content invented."""
import os
import shutil
import sys
import tempfile
from copy import copy
from decimal import ROUND_HALF_UP, Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (LO, case_dir, doc, finding, ind, lo_pdf, node, readme, write_truth, xl_box,  # noqa: E402
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

NAME = "h7-report-lo-1"
ORG = "Azienda Sanitaria Locale Collina Ovest"
Y = 2025
# objective (code, title, weight%) > indicator (name, weight%, target raw, op, target value, result raw,
# result value, unit, note)
OBJ = [
    ("SA.1", "Garantire l'accesso tempestivo alle prestazioni specialistiche ambulatoriali", 25, [
        ("Prime visite con priorità B erogate entro 10 giorni", 40, "≥ 90%", "ge", "90", "86,4%", "86.4", "%", ""),
        ("Prestazioni di diagnostica per immagini con priorità D erogate entro 60 giorni", 35, "≥ 80%", "ge", "80",
         "82,1%", "82.1", "%", ""),
        ("Agende di specialistica prenotabili tramite il CUP regionale", 25, "≥ 98%", "ge", "98", "97,5%", "97.5",
         "%", "3 agende in fase di migrazione")]),
    ("SA.2", "Potenziare la prevenzione e l'adesione agli screening oncologici", 20, [
        ("Adesione allo screening mammografico", 50, "≥ 60%", "ge", "60", "57,3%", "57.3", "%", ""),
        ("Adesione allo screening del carcinoma colorettale", 30, "≥ 45%", "ge", "45", "38,7%", "38.7", "%",
         "Dato provvisorio al 31/01/2026"),
        ("Copertura vaccinale antinfluenzale negli ultrasessantacinquenni", 20, "≥ 65%", "ge", "65", "66,2%", "66.2",
         "%", "")]),
    ("SA.3", "Ridurre i tempi di permanenza in pronto soccorso", 20, [
        ("Accessi in pronto soccorso con permanenza inferiore a 8 ore", 60, "≥ 85%", "ge", "85", "79,9%", "79.9",
         "%", ""),
        ("Tempo medio tra triage e presa in carico medica per i codici minori", 40, "≤ 60 minuti", "le", "60",
         "72 minuti", "72", "minuti", "Picco di accessi nel periodo estivo")]),
    ("SA.4", "Assicurare l'equilibrio economico e la tempestività dei pagamenti", 20, [
        ("Tempo medio di pagamento delle fatture commerciali", 60, "≤ 30 gg", "le", "30", "27 gg", "27", "gg", ""),
        ("Scostamento della spesa per beni sanitari rispetto al budget assegnato", 40, "≤ 2,0%", "le", "2.0", "2,4%",
         "2.4", "%", "")]),
    ("SA.5", "Valorizzare il personale e rafforzare la trasparenza", 15, [
        ("Dipendenti formati sui temi della prevenzione della corruzione", 50, "≥ 90%", "ge", "90", "93,8%", "93.8",
         "%", ""),
        ("Pubblicazione della relazione annuale del Responsabile della prevenzione della corruzione", 25,
         "entro il 31/01/2025", "date", None, "28/01/2025", None, "date", ""),
        ("Valutazioni individuali del personale concluse entro il 30 aprile", 25, "SI", "yes", None, "NO", None,
         "text", "Conclusione il 19/05/2025")]),
]
FAULT_OBJ, FAULT_PRINTED = "SA.3", "94,73%"


def q2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def it2(x):
    return f"{q2(x):.2f}".replace(".", ",") + "%"


def ach(op, tv, rv, rraw):
    if op == "ge":
        a = min(Decimal(rv) / Decimal(tv), Decimal(1)) * 100
    elif op == "le":
        a = min(Decimal(tv) / Decimal(rv), Decimal(1)) * 100
    elif op == "date":
        a = Decimal(100)
    else:
        a = Decimal(100) if rraw == "SI" else Decimal(0)
    assert abs(a * 100 - (a * 100).to_integral_value()) != Decimal("0.5"), a
    return q2(a)


def build():
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    thin = S(style="thin", color="000000")
    grid = B(left=thin, right=thin, top=thin, bottom=thin)
    base = "Liberation Serif"
    f9 = F(name=base, size=9)
    fb = F(name=base, size=9, bold=True)
    fi = F(name=base, size=8.5, italic=True)
    # compute achievements
    rows, summ = [], []
    overall = Decimal(0)
    nodes, inds = [], []
    for code, title, ow, its in OBJ:
        acc = Decimal(0)
        ilist = []
        for nm, w, traw, op, tv, rraw, rv, unit, note in its:
            a = ach(op, tv, rv, rraw)
            acc += a * w / 100
            ilist.append((nm, w, traw, rraw, it2(a), note))
            inds.append(ind(nm, code, unit=unit, weight=f"{w}%", targets=[(Y, traw)], results=[(Y, rraw)],
                            achievement=[(Y, it2(a))], notes=[note] if note else []))
        assert abs(acc * 100 - (acc * 100).to_integral_value()) != Decimal("0.5"), acc
        oraw = it2(acc)
        if code == FAULT_OBJ:
            due = oraw
            oraw = FAULT_PRINTED
        printed = Decimal(oraw.rstrip("%").replace(",", "."))
        overall += printed * ow / 100
        summ.append((code, title, f"{ow}%", oraw))
        rows.append((code, title, ilist))
        nodes.append(node(code, "strategic", title, weight=f"{ow}%", achievement=[(Y, oraw)]))
    ov_raw = it2(overall)

    wb = Workbook()
    ws = wb.active
    ws.title = "Allegato 2"
    widths = {"A": 9, "B": 46, "C": 8, "D": 13, "E": 13, "F": 12, "G": 22}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    xl_put(ws, 1, 1, ORG, font=F(name=base, size=14, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Relazione sulla performance 2025", font=F(name=base, size=11, bold=True), wrap=False)
    xl_put(ws, 3, 1, "Allegato 2 – Grado di raggiungimento degli obiettivi strategici aziendali",
           font=F(name=base, size=10, italic=True), wrap=False)
    r = 5
    xl_put(ws, r, 1, "Tabella 1 – Sintesi per obiettivo strategico", font=F(name=base, size=10, bold=True), wrap=False)
    r += 1
    hfill = "DDE5F0"
    for c, h in ((1, "Cod."), (2, "Obiettivo strategico"), (3, "Peso"), (4, "Grado di raggiungimento 2025")):
        xl_put(ws, r, c, h, font=fb, fill=hfill, border=grid, halign="center", valign="center")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    xl_box(ws, r, 1, r, 5, grid)
    ws.row_dimensions[r].height = 15
    r += 1
    s0 = r
    for code, title, w, a in summ:
        xl_put(ws, r, 1, code, font=fb, border=grid)
        xl_put(ws, r, 2, title, font=f9, border=grid)
        xl_put(ws, r, 3, w, font=f9, border=grid, halign="center")
        xl_put(ws, r, 4, a, font=f9, border=grid, halign="center")
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        xl_box(ws, r, 1, r, 5, grid)
        r += 1
    xl_put(ws, r, 1, "Performance organizzativa complessiva dell'Azienda (media ponderata)", font=fb, border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    xl_put(ws, r, 3, "100%", font=fb, border=grid, halign="center")
    xl_put(ws, r, 4, ov_raw, font=fb, border=grid, halign="center")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    xl_box(ws, r, 1, r, 5, grid)
    xl_fit_rows(ws, s0, r, pt=9)
    r += 2
    brk = r - 1
    xl_put(ws, r, 1, "Tabella 2 – Dettaglio degli indicatori", font=F(name=base, size=10, bold=True), wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for c, h in ((1, "Cod. ob."), (2, "Indicatore"), (3, "Peso")):
        xl_put(ws, h1, c, h, font=fb, fill=hfill, halign="center", valign="center")
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    xl_put(ws, h1, 4, "Valore", font=fb, fill=hfill, halign="center")
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=5)
    xl_put(ws, h1, 6, "Valutazione", font=fb, fill=hfill, halign="center")
    ws.merge_cells(start_row=h1, start_column=6, end_row=h1, end_column=7)
    for c, h in ((4, "Atteso 2025"), (5, "Conseguito 2025"), (6, "% raggiungimento"), (7, "Note")):
        xl_put(ws, h2, c, h, font=fb, fill=hfill, halign="center", valign="center")
    for rr in (h1, h2):
        for c in range(1, 8):
            ws.cell(row=rr, column=c).fill = copy(ws.cell(row=h1, column=1).fill)
    xl_box(ws, h1, 1, h2, 7, grid)
    r = h2 + 1
    d0 = r
    for code, title, ilist in rows:
        xl_put(ws, r, 1, f"{code} – {title}", font=F(name=base, size=9, bold=True, color="FFFFFF"), fill="3B5B7E")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        xl_box(ws, r, 1, r, 7, grid)
        r += 1
        for nm, w, traw, rraw, araw, note in ilist:
            xl_put(ws, r, 1, code, font=F(name=base, size=8, color="666666"), border=grid, halign="center")
            xl_put(ws, r, 2, nm, font=f9, border=grid)
            xl_put(ws, r, 3, f"{w}%", font=f9, border=grid, halign="center")
            xl_put(ws, r, 4, traw, font=f9, border=grid, halign="center")
            xl_put(ws, r, 5, rraw, font=f9, border=grid, halign="center")
            xl_put(ws, r, 6, araw, font=fb, border=grid, halign="center")
            xl_put(ws, r, 7, note, font=fi, border=grid)
            r += 1
    xl_fit_rows(ws, d0, r - 1, pt=9)
    ws.row_dimensions[h1].height = 14
    ws.row_dimensions[h2].height = 26
    r += 1
    xl_put(ws, r, 1, "Il grado di raggiungimento dell'indicatore è il rapporto tra valore conseguito e valore atteso "
                     "(il suo inverso per gli indicatori da contenere), fino al 100%; per le scadenze e gli indicatori "
                     "SI/NO è 100% se rispettati, altrimenti 0%.", font=fi)
    xl_put(ws, r + 1, 1, "Il grado dell'obiettivo è la media dei gradi degli indicatori ponderata con i rispettivi "
                         "pesi.", font=fi)
    for rr in (r, r + 1):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
    xl_fit_rows(ws, r, r + 1, pt=8.5)
    ws.row_breaks.append(Break(id=brk))
    xl_page(ws, landscape=False, title_rows=None, margins=0.55)
    ws.oddFooter.left.text = "ASL Collina Ovest – Relazione sulla performance 2025"
    ws.oddFooter.left.size = 7
    ws.oddFooter.right.text = "pag. &P"
    ws.oddFooter.right.size = 7
    d = case_dir(NAME)
    tmp = tempfile.mkdtemp(prefix="h7rep-")
    try:
        src = os.path.join(tmp, "relazione_allegato2.xlsx")
        xl_save(wb, src)
        lo_pdf(src, os.path.join(d, "input.pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    fnd = [finding("achievement.rollup", FAULT_OBJ,
                   f"objective {FAULT_OBJ} prints {FAULT_PRINTED} (summary table) but the weighted mean of its "
                   f"indicators' printed achievements (60% × 94,00% + 40% × 83,33%) is {due}")]
    write_truth(d, [doc(ORG, [Y], kind="report")], nodes, inds, fnd)
    readme(d, NAME, "Genre: **report**", LO.format(script="h7_report.py"), f"""
Portrait A4, Liberation Serif 9 pt, ruled grid, printed by LibreOffice over two pages. Three title lines (the
health authority, `Relazione sulla performance 2025`, `Allegato 2 – …`). Page 1: `Tabella 1 – Sintesi per
obiettivo strategico`, a small table `Cod. | Obiettivo strategico | Peso | Grado di raggiungimento 2025` (five
objectives `SA.1`…`SA.5`, weights `25%`…, achievements `98,27%`…) closed by a row `Performance organizzativa
complessiva dell'Azienda (media ponderata) | 100% | {ov_raw}`. Forced page break. Page 2: `Tabella 2 – Dettaglio degli
indicatori` with a two-row header `Cod. ob. | Indicatore | Peso | Valore (Atteso 2025 | Conseguito 2025) |
Valutazione (% raggiungimento | Note)`. Each objective opens with a dark band merged across the table `SA.1 –
<title>` (the same title as in Tabella 1); its indicator rows repeat the objective code in small grey type in the
first column. The objective's weight and achievement are printed ONLY in Tabella 1; the indicators' weights,
targets, results, achievements and notes only in Tabella 2. Explanatory notes in italics under the table.
Achievement rule (stated in the note): ≥ result/target, ≤ target/result, capped at 100%; dates and SI/NO 100% or
0%; objective = weighted mean of its indicators. Truth: objectives level `strategic`, parent null, weight and 2025
achievement from Tabella 1; indicators without codes, notes from the `Note` column.
""", [
        "summary table and detail table: objective data and indicator data in two different tables",
        "objective band rows in the detail table, objective code repeated in small grey type on indicator rows",
        "two-row header with `Valore` and `Valutazione` bands",
        "units `%`, `minuti`, `gg`; a date target `entro il 31/01/2025` met by `28/01/2025`; a `SI` target with "
        "result `NO` (0,00%)",
        "notes column with free text on some rows",
        "Liberation Serif, forced page break between the tables, footer with the short name and `pag. n`",
    ], [f"`achievement.rollup` on `{FAULT_OBJ}`: Tabella 1 prints {FAULT_PRINTED}; the weighted mean of its indicators' "
        f"printed achievements is {due}. The overall figure {ov_raw} is computed from the printed objective values."])
    return NAME


if __name__ == "__main__":
    print(build())
