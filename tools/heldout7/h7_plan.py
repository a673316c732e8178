#!/usr/bin/python3
"""h7-plan-lo-1: a Regione's PIAO performance annex (plan), a workbook printed by LibreOffice. Clean.
Content invented."""
import datetime
from copy import copy
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (LO, case_dir, doc, ind, lo_pdf, node, num, pct, readme, write_truth, xl_box,  # noqa: E402
                     xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

NAME = "h7-plan-lo-1"
ORG = "Regione Orvenia"
YEARS = [2026, 2027, 2028]
BASE = 2025
D = datetime.datetime
UNIT = {"N.": "N.", "%": "%", "gg": "gg", "€": "EUR", "data": "date", "anni": "anni", "km": "km", "ore": "ore"}
# baseline: (value, format) ; formats
N0, P1, P0, E0, DT, D1, I0 = "#,##0", "0.0%", "0%", '#,##0 "€"', "DD/MM/YYYY", "0.0", "0"

# area (code, title, weight) > strategic (code, title, weight) > operational (code, title, weight, owner)
# > indicator (code, name, weight, um, baseline, [t26, t27, t28])
TREE = [
    ("1", "TERRITORIO, AMBIENTE E MOBILITÀ", 0.40, [
        ("1.1", "Ridurre il consumo di suolo e rigenerare le aree urbane dismesse", 0.50, [
            ("1.1.1", "Finanziare i programmi comunali di rigenerazione urbana", 0.60,
             "Direzione Territorio e Urbanistica", [
                 ("I.01", "Programmi di rigenerazione urbana finanziati", 0.50, "N.", (14, I0),
                  ["≥ 18", "≥ 22", "≥ 26"]),
                 ("I.02", "Risorse regionali liquidate sui programmi di rigenerazione finanziati", 0.50, "€",
                  (3850000, E0), ["≥ 4.000.000 €", "≥ 4.500.000 €", "≥ 5.000.000 €"])]),
            ("1.1.2", "Monitorare il consumo di suolo e adeguare gli strumenti urbanistici comunali al piano "
                      "paesaggistico regionale", 0.40, "Direzione Territorio e Urbanistica", [
                 ("I.03", "Pubblicazione del rapporto annuale sul consumo di suolo", 0.40, "data",
                  (D(2025, 7, 15), DT), ["entro il 30/06/2026", "entro il 30/06/2027", "entro il 30/06/2028"]),
                 ("I.04", "Comuni con piano urbanistico adeguato al piano paesaggistico", 0.60, "%", (0.412, P1),
                  ["≥ 45%", "≥ 50%", "≥ 55%"])])]),
        ("1.2", "Sviluppare la mobilità sostenibile e il trasporto pubblico locale", 0.50, [
            ("1.2.1", "Rinnovare il parco autobus del trasporto pubblico regionale", 0.50,
             "Direzione Mobilità e Trasporti", [
                 ("I.05", "Autobus a basse emissioni immessi in servizio", 0.60, "N.", (37, I0),
                  ["≥ 60", "≥ 85", "≥ 110"]),
                 ("I.06", "Età media del parco autobus regionale", 0.40, "anni", (11.8, D1),
                  ["≤ 11,0", "≤ 10,2", "≤ 9,5"])]),
            ("1.2.2", "Estendere la rete ciclabile di interesse regionale", 0.50, "Direzione Mobilità e Trasporti", [
                 ("I.07", "Piste ciclabili regionali realizzate (valore cumulato)", 1.0, "km", (212, I0),
                  ["≥ 240", "≥ 270", "≥ 300"])])])]),
    ("2", "SALUTE, WELFARE E COESIONE SOCIALE", 0.35, [
        ("2.1", "Ridurre i tempi di attesa per le prestazioni sanitarie", 0.60, [
            ("2.1.1", "Attuare il piano regionale di governo delle liste d'attesa", 1.0,
             "Direzione Sanità e Politiche Sociali", [
                 ("I.08", "Prime visite specialistiche erogate entro i tempi della classe di priorità", 0.50, "%",
                  (0.784, P1), ["≥ 82%", "≥ 86%", "≥ 90%"]),
                 ("I.09", "Tempo medio di attesa per le prestazioni di diagnostica per immagini", 0.30, "gg",
                  (67, I0), ["≤ 60", "≤ 50", "≤ 45"]),
                 ("I.10", "Agende delle aziende sanitarie visibili nel CUP regionale", 0.20, "%", (0.9, P0),
                  ["≥ 95%", "≥ 97%", "≥ 99%"])])]),
        ("2.2", "Sostenere l'inclusione sociale e l'autonomia delle persone con disabilità", 0.40, [
            ("2.2.1", "Finanziare i progetti di vita indipendente", 1.0, "Direzione Sanità e Politiche Sociali", [
                 ("I.11", "Progetti di vita indipendente finanziati", 0.70, "N.", (312, I0),
                  ["≥ 330", "≥ 350", "≥ 370"]),
                 ("I.12", "Tempo medio di erogazione del contributo dalla presentazione della domanda", 0.30, "gg",
                  (94, I0), ["≤ 90", "≤ 75", "≤ 60"])])])]),
    ("3", "AMMINISTRAZIONE EFFICIENTE E DIGITALE", 0.25, [
        ("3.1", "Semplificare i procedimenti e digitalizzare i servizi a cittadini e imprese", 1.0, [
            ("3.1.1", "Portare on line le istanze rivolte alla Regione", 0.40,
             "Direzione Organizzazione e Sistemi Informativi", [
                 ("I.13", "Procedimenti attivabili on line sul portale regionale", 0.333, "%", (0.615, P1),
                  ["≥ 70%", "≥ 80%", "≥ 90%"]),
                 ("I.14", "Istanze presentate con identità digitale SPID o CIE", 0.333, "N.", (48730, N0),
                  ["≥ 55.000", "≥ 62.000", "≥ 70.000"]),
                 ("I.15", "Tempo medio di conclusione dei procedimenti autorizzativi", 0.334, "gg", (41, I0),
                  ["≤ 38", "≤ 35", "≤ 30"])]),
            ("3.1.2", "Ridurre i tempi di pagamento delle fatture commerciali", 0.30, "Direzione Bilancio e Finanze", [
                 ("I.16", "Indicatore annuale di tempestività dei pagamenti", 1.0, "gg", (-3, I0),
                  ["≤ -5", "≤ -5", "≤ -5"])]),
            ("3.1.3", "Rafforzare le competenze digitali del personale regionale", 0.30,
             "Direzione Organizzazione e Sistemi Informativi", [
                 ("I.17", "Dipendenti che hanno concluso il percorso formativo Syllabus", 0.60, "%", (0.38, P0),
                  ["≥ 55%", "≥ 70%", "≥ 85%"]),
                 ("I.18", "Ore medie di formazione per dipendente", 0.40, "ore", (14.5, D1),
                  ["≥ 16", "≥ 18", "≥ 20"])])])]),
]


def disp(v):
    x, f = v
    if f == N0:
        return num(x, 0)
    if f == I0:
        return num(x, 0, group=False)
    if f == D1:
        return num(x, 1, group=False)
    if f == P1:
        return pct(x, 1)
    if f == P0:
        return pct(x, 0)
    if f == E0:
        return num(x, 0) + " €"
    if f == DT:
        return x.strftime("%d/%m/%Y")
    raise ValueError(f)


def build():
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    thin = S(style="thin", color="7F7F7F")
    grid = B(left=thin, right=thin, top=thin, bottom=thin)
    base = "Liberation Sans Narrow"
    f8 = F(name=base, size=8.5)
    f8i = F(name=base, size=8, italic=True, color="555555")
    fb = F(name=base, size=8.5, bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi PIAO 2026-2028"
    widths = {"A": 7, "B": 46, "C": 8.5, "D": 8.5, "E": 6, "F": 10, "G": 11, "H": 11, "I": 11, "J": 20}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    xl_put(ws, 1, 1, ORG.upper(), font=F(name="Liberation Sans", size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Giunta regionale – Direzione generale", font=F(name="Liberation Sans", size=9, italic=True),
           wrap=False)
    xl_put(ws, 3, 1, "Piano Integrato di Attività e Organizzazione 2026-2028 – Sottosezione 2.2 Performance",
           font=F(name="Liberation Sans", size=10.5, bold=True), wrap=False)
    xl_put(ws, 4, 1, "Allegato A – Obiettivi strategici, obiettivi operativi e indicatori",
           font=F(name="Liberation Sans", size=9.5), wrap=False)
    h1, h2 = 6, 7
    hdr_fill = "1F4E3D"
    hf = F(name=base, size=8.5, bold=True, color="FFFFFF")
    for c, t in ((1, "Rif."), (2, "Obiettivo / Indicatore"), (5, "U.M."), (6, "Valore al\n31/12/2025"),
                 (10, "Struttura responsabile")):
        xl_put(ws, h1, c, t, font=hf, fill=hdr_fill, halign="center", valign="center")
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    xl_put(ws, h1, 3, "Peso", font=hf, fill=hdr_fill, halign="center")
    ws.merge_cells(start_row=h1, start_column=3, end_row=h1, end_column=4)
    xl_put(ws, h2, 3, "obiettivo", font=hf, fill=hdr_fill, halign="center")
    xl_put(ws, h2, 4, "indicatore", font=hf, fill=hdr_fill, halign="center")
    xl_put(ws, h1, 7, "Target", font=hf, fill=hdr_fill, halign="center")
    ws.merge_cells(start_row=h1, start_column=7, end_row=h1, end_column=9)
    for c, y in zip((7, 8, 9), YEARS):
        xl_put(ws, h2, c, y, font=hf, fill=hdr_fill, halign="center")
    xl_box(ws, h1, 1, h2, 10, grid)
    for c in range(1, 11):
        ws.cell(row=h1, column=c).fill = copy(ws.cell(row=h1, column=1).fill)
        ws.cell(row=h2, column=c).fill = copy(ws.cell(row=h1, column=1).fill)
    r = h2 + 1
    nodes, inds = [], []
    breaks = []
    for ac, at, aw, sts in TREE:
        if ac == "3":
            breaks.append(r - 1)
        af = "2E7D5B"
        xl_put(ws, r, 1, ac, font=F(name=base, size=9, bold=True, color="FFFFFF"), fill=af, border=grid)
        xl_put(ws, r, 2, at, font=F(name=base, size=9, bold=True, color="FFFFFF"), fill=af, border=grid)
        xl_put(ws, r, 3, aw, font=F(name=base, size=9, bold=True, color="FFFFFF"), fill=af, border=grid, fmt=P0,
               halign="center")
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=10)
        xl_box(ws, r, 4, r, 10, grid)
        for c in range(4, 11):
            ws.cell(row=r, column=c).fill = copy(ws.cell(row=r, column=1).fill)
        nodes.append(node(ac, "area", at, weight=pct(aw, 0)))
        r += 1
        for sc, stt, sw, ops in sts:
            sf = "D9EAD3"
            xl_put(ws, r, 1, sc, font=fb, fill=sf, border=grid)
            xl_put(ws, r, 2, stt, font=fb, fill=sf, border=grid)
            xl_put(ws, r, 3, sw, font=fb, fill=sf, border=grid, fmt=P0, halign="center")
            for c in range(4, 11):
                xl_put(ws, r, c, None, fill=sf, border=grid)
            nodes.append(node(sc, "strategic", stt, parent=ac, weight=pct(sw, 0)))
            r += 1
            for oc, ot, ow, owner, its in ops:
                xl_put(ws, r, 1, oc, font=F(name=base, size=8.5, bold=True, italic=True), border=grid)
                xl_put(ws, r, 2, ot, font=F(name=base, size=8.5, bold=True, italic=True), border=grid)
                xl_put(ws, r, 3, ow, font=F(name=base, size=8.5, bold=True, italic=True), border=grid, fmt=P0,
                       halign="center")
                for c in range(4, 10):
                    xl_put(ws, r, c, None, border=grid)
                xl_put(ws, r, 10, owner, font=f8, border=grid)
                nodes.append(node(oc, "operational", ot, parent=sc, weight=pct(ow, 0), owners=[owner]))
                r += 1
                for ic, nm, iw, um, bv, tg in its:
                    if ic == "I.10":
                        breaks.append(r - 1)
                    wfmt = P1 if ic in ("I.13", "I.14", "I.15") else P0
                    xl_put(ws, r, 1, ic, font=f8i, border=grid, halign="right")
                    xl_put(ws, r, 2, nm, font=f8, border=grid, indent=1)
                    xl_put(ws, r, 3, None, border=grid)
                    xl_put(ws, r, 4, iw, font=f8, border=grid, fmt=wfmt, halign="center")
                    xl_put(ws, r, 5, um, font=f8, border=grid, halign="center")
                    xl_put(ws, r, 6, bv[0], font=f8, border=grid, fmt=bv[1], halign="right")
                    for c, t in zip((7, 8, 9), tg):
                        xl_put(ws, r, c, t, font=f8, border=grid, halign="right")
                    xl_put(ws, r, 10, None, border=grid)
                    inds.append(ind(nm, oc, code=ic, unit=UNIT[um], weight=pct(iw, 1 if wfmt == P1 else 0),
                                    baselines=[(BASE, disp(bv))], targets=list(zip(YEARS, tg))))
                    r += 1
    last = r - 1
    r += 1
    xl_put(ws, r, 1, "Note: il peso degli obiettivi è espresso in percentuale rispetto al livello superiore; il "
                     "peso degli indicatori in percentuale dell'obiettivo operativo. Il valore al 31/12/2025 è il "
                     "dato di preconsuntivo.", font=F(name=base, size=8, italic=True), wrap=False)
    xl_fit_rows(ws, h1, last, pt=8.5, narrow=1.15)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 16
    for b in breaks:
        ws.row_breaks.append(Break(id=b))
    xl_page(ws, landscape=False, title_rows=f"{h1}:{h2}", margins=0.4)
    ws.oddHeader.right.text = "Regione Orvenia – PIAO 2026-2028"
    ws.oddHeader.right.size = 7
    ws.oddFooter.center.text = "Pagina &P di &N"
    ws.oddFooter.center.size = 7
    d = case_dir(NAME)
    tmp = tempfile.mkdtemp(prefix="h7plan-")
    try:
        src = os.path.join(tmp, "piao_allegato_a.xlsx")
        xl_save(wb, src)
        lo_pdf(src, os.path.join(d, "input.pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_truth(d, [doc(ORG, YEARS, kind="plan")], nodes, inds)
    readme(d, NAME, "Genre: **plan**", LO.format(script="h7_plan.py"), """
Portrait A4, Liberation Sans Narrow 8.5 pt, ruled grey grid, printed by LibreOffice over three pages. Title block
(the Regione in capitals, `Giunta regionale – Direzione generale`, the PIAO title, `Allegato A – …`). One table with a
two-row header (white on dark green): `Rif. | Obiettivo / Indicatore | Peso (obiettivo | indicatore) | U.M. | Valore
al 31/12/2025 | Target (2026 | 2027 | 2028) | Struttura responsabile`; `Peso` and `Target` are merged bands over
their sub-headers, the other header cells are merged down; the header rows repeat on every page (print titles).
TWO weight columns: area, strategic and operational rows put their weight under `Peso obiettivo`; indicator rows
under `Peso indicatore`. Levels by fill and font: area rows dark green, white bold capitals (`1` | `TERRITORIO,
AMBIENTE E MOBILITÀ` | `40%`, the rest merged); strategic rows light green bold (`1.1`); operational rows bold
italic (`1.1.1`) with the responsible Direzione in the last column (node owners); indicator rows carry a small
grey italic code right-aligned in `Rif.` (`I.01`), the name indented, weight, U.M., the 2025 value and three
targets. Manual page breaks inside objective 2.1.1 (between `I.09` and `I.10`) and before area 3. Running header
right (`Regione Orvenia – PIAO 2026-2028`) and footer `Pagina n di N`; an italic note under the table.
""", [
        "two weight columns (`Peso obiettivo` / `Peso indicatore`) under one merged `Peso` band",
        "weights as number cells `0%` (`40%`), one objective's indicator thirds with `0.0%` (`33,3%` + `33,3%` + `33,4%`)",
        "baselines as number cells: `#,##0` (`48.730`), `0.0%` (`41,2%`), `0.0` (`11,8`), `#,##0 \"€\"` "
        "(`3.850.000 €`), a date cell `15/07/2025`, a negative `-3`",
        "targets as text with Unicode operators (`≥ 18`, `≤ 11,0`, `≥ 4.000.000 €`, `entro il 30/06/2026`, `≤ -5`)",
        "units `N.`, `%`, `gg`, `€`, `data`, `anni`, `km`, `ore`",
        "header year cells are numbers; a page break splits an operational objective's indicators",
    ], [])
    return NAME


if __name__ == "__main__":
    print(build())
