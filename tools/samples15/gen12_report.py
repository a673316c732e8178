#!/usr/bin/python3
"""gen12-report-lo-1: a chamber of commerce's results 2025 (Relazione sulla performance), a workbook printed to PDF
by LibreOffice. Landscape, Liberation Sans Narrow. Page 1 (sheet `Tabella 1`): nine columns with the AREA merged
down the first column; page 2 (sheet `Tabella 1 (segue)`) CONTINUES the table with FEWER COLUMNS: no area column,
the area becomes a merged band row, and the column positions shift left. Objective grade = plain mean of its
indicators' grades. One fault: achievement.mismatch on `Mediazioni concluse con accordo tra le parti` (page 2:
38,2% against >= 45% printed 100,00%, due 84,89%). Content is invented."""
import datetime
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (LO_XLSX, case_dir, doc, finding, fmt_disp, font, ind, lo_pdf_of, node, readme13,  # noqa: E402
                      rnd, widths, write_truth, xl_box, xl_fit_rows, xl_put, xl_styles)

SCRIPT = "gen12_report.py"
NAME = "gen12-report-lo-1"
ORG = "Camera di Commercio Industria Artigianato e Agricoltura della Marsica e dell'Alto Sangro"
YEAR = 2025
DT = datetime.date
FAULTY = "Mediazioni concluse con accordo tra le parti"

# area: (code, title, [objective]); objective: (code, title, weight, [indicator])
# indicator: (name, unit, target text, result value, result format, printed grade as a fraction)
AREAS = [
    ("1", "Competitività e sviluppo delle imprese del territorio", [
        ("1.1", "Accompagnare le imprese nella transizione digitale", "40%", [
            ("Imprese assistite dal Punto Impresa Digitale", "N.", "≥ 150", 171, "#,##0", None),
            ("Eventi formativi sul digitale realizzati", "N.", "≥ 10", 9, "0", None)]),
        ("1.2", "Sostenere l'internazionalizzazione delle imprese", "35%", [
            ("Imprese partecipanti a fiere e missioni all'estero", "N.", "≥ 60", 64, "0", None),
            ("Certificati di origine rilasciati entro 2 giorni", "%", "≥ 97%", 0.984, "0.0%", None)]),
        ("1.3", "Promuovere l'orientamento al lavoro e alle professioni", "25%", [
            ("Studenti coinvolti nei percorsi per le competenze trasversali", "N.", "≥ 1.000", 912, "#,##0", None)]),
    ]),
    ("2", "Tutela e regolazione del mercato", [
        ("2.1", "Ridurre i tempi di evasione delle pratiche del Registro delle imprese", "50%", [
            ("Pratiche telematiche evase entro 5 giorni", "%", "≥ 85%", 0.886, "0.0%", None),
            ("Tempo medio di evasione delle pratiche", "gg", "≤ 4 gg", 4.4, '0.0" gg"', None)]),
        ("2.2", "Potenziare la vigilanza e la metrologia legale", "30%", [
            ("Verifiche metrologiche effettuate", "N.", "≥ 300", 322, "0", None),
            ("Ispezioni sulla sicurezza dei prodotti", "N.", "≥ 40", 34, "0", None)]),
        ("2.3", "Diffondere gli strumenti di giustizia alternativa", "20%", [
            (FAULTY, "%", "≥ 45%", 0.382, "0.0%", Decimal(1)),
            ("Durata media dei procedimenti di mediazione", "gg", "≤ 60 gg", 52, '0" gg"', None)]),
    ]),
    ("3", "Efficienza, trasparenza e salute economica dell'ente", [
        ("3.1", "Garantire la salute economica dell'ente", "60%", [
            ("Capacità di riscossione del diritto annuale", "%", "≥ 72%", 0.735, "0.0%", None),
            ("Tempo medio di pagamento delle fatture passive", "gg", "≤ 30 gg", 18, '0" gg"', None),
            ("Incidenza degli oneri correnti sui proventi correnti", "%", "≤ 95%", 0.971, "0.0%", None)]),
        ("3.2", "Assicurare la trasparenza e la prevenzione della corruzione", "40%", [
            ("Obblighi di pubblicazione assolti nei termini", "%", "100%", 1, "0%", None),
            ("Aggiornamento della sezione rischi corruttivi del PIAO", "date", "entro il 31/01/2025",
             DT(2025, 1, 29), "DD/MM/YYYY", None)]),
    ]),
]
PAGE1 = [("1", ["1.1", "1.2", "1.3"]), ("2", ["2.1"])]  # the rest goes to the continuation sheet


def grade(target, result):
    """Printed grade as a fraction, capped at 1 (result/target for >=, target/result for <=, met dates)."""
    t = target.replace("≥", "").replace("≤", "").replace("gg", "").replace("%", "").replace(".", "") \
        .replace(",", ".").strip()
    if target.startswith("entro"):
        return Decimal(1)
    tv = Decimal(t) / (100 if "%" in target else 1)
    rv = Decimal(str(result))
    g = rv / tv if not target.startswith("≤") else (tv / rv if rv > tv else Decimal(1))
    return min(g, Decimal(1))


def build():
    from openpyxl import Workbook
    st = xl_styles()
    grid = st["grid"]
    FN = "Liberation Sans Narrow"
    nodes, inds = [], []
    # compute grades once
    data = []
    for acode, atitle, objs in AREAS:
        nodes.append(node(acode, "area", atitle))
        olist = []
        for ocode, otitle, w, ilist in objs:
            rows = []
            for iname, um, tg, res, rfmt, printed in ilist:
                g = printed if printed is not None else rnd(grade(tg, res) * 100, 2) / 100
                rows.append((iname, um, tg, res, rfmt, g))
            og = rnd(sum(r[5] for r in rows) / len(rows) * 100, 2) / 100
            nodes.append(node(ocode, "operational", otitle, parent=acode, weight=w,
                              achievement=[(YEAR, fmt_disp(og, "0.00%"))]))
            for iname, um, tg, res, rfmt, g in rows:
                inds.append(ind(iname, ocode, unit=um, targets=[(YEAR, tg)], results=[(YEAR, fmt_disp(res, rfmt))],
                                achievement=[(YEAR, fmt_disp(g, "0.00%"))]))
            olist.append((ocode, otitle, w, rows, og))
        data.append((acode, atitle, olist))

    wb = Workbook()
    ws1 = wb.active
    ws1.title = "Tabella 1"
    ws2 = wb.create_sheet("Tabella 1 (segue)")
    f9, b9 = font(FN, 9), font(FN, 9, bold=True)
    hf = font(FN, 9, bold=True)

    def header(ws, r, heads):
        for c, h in enumerate(heads, 1):
            xl_put(ws, r, c, h, font=hf, fill="F2D7B6", border=grid, halign="center", valign="center")

    def obj_rows(ws, r, c0, ocode, otitle, w, rows, og):
        r0 = r
        for k, (iname, um, tg, res, rfmt, g) in enumerate(rows):
            vals = [ocode, otitle, w, iname, tg, res, g, og] if k == 0 else [None, None, None, iname, tg, res, g,
                                                                           None]
            fm = [None, None, None, None, None, rfmt, "0.00%", "0.00%"]
            for j, v in enumerate(vals):
                xl_put(ws, r, c0 + j, v, font=f9, border=grid, fmt=fm[j],
                       halign="center" if j in (0, 2, 4, 5, 6, 7) else None)
            r += 1
        for j in (0, 1, 2, 7):
            if r - 1 > r0:
                ws.merge_cells(start_row=r0, start_column=c0 + j, end_row=r - 1, end_column=c0 + j)
        return r

    # ---- sheet 1: nine columns, area merged down column A
    widths(ws1, [20, 6, 30, 7, 40, 13, 12, 13, 13])
    xl_put(ws1, 1, 1, ORG, font=font(FN, 12, bold=True), wrap=False)
    xl_put(ws1, 2, 1, "Relazione sulla performance 2025 – Allegato 1: risultati degli obiettivi operativi",
           font=font(FN, 10), wrap=False)
    xl_put(ws1, 3, 1, "Tabella 1", font=b9, wrap=False)
    heads = ["Cod.", "Obiettivo operativo", "Peso", "Indicatore", "Target 2025", "Risultato 2025",
             "Grado di raggiungimento indicatore", "Grado di raggiungimento obiettivo"]
    header(ws1, 4, ["Area strategica"] + heads)
    r = 5
    for acode, ocodes in PAGE1:
        acode_, atitle, olist = [x for x in data if x[0] == acode][0]
        ra = r
        for o in olist:
            if o[0] in ocodes:
                r = obj_rows(ws1, r, 2, *o)
        xl_put(ws1, ra, 1, f"{acode} – {atitle}", font=b9, border=grid, fill="FBF1E6")
        ws1.merge_cells(start_row=ra, start_column=1, end_row=r - 1, end_column=1)
        xl_box(ws1, ra, 1, r - 1, 1, grid)
    xl_fit_rows(ws1, 5, r - 1, pt=9, narrow=1.15)
    ws1.row_dimensions[4].height = 30
    # ---- sheet 2: eight columns, area as a band row
    widths(ws2, [6, 34, 7, 46, 13, 12, 13, 13])
    xl_put(ws2, 1, 1, "Tabella 1 (segue)", font=b9, wrap=False)
    header(ws2, 2, heads)
    r = 3
    done = {o for _, os_ in PAGE1 for o in os_}
    bands = []
    for acode, atitle, olist in data:
        rest = [o for o in olist if o[0] not in done]
        if not rest:
            continue
        xl_put(ws2, r, 1, f"{acode} – {atitle}", font=b9, fill="FBF1E6", border=grid)
        for c in range(2, 9):
            xl_put(ws2, r, c, None, fill="FBF1E6", border=grid)
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        bands.append(r)
        r += 1
        for o in rest:
            r = obj_rows(ws2, r, 1, *o)
    xl_fit_rows(ws2, 3, r - 1, pt=9, narrow=1.15)
    for b in bands:
        ws2.row_dimensions[b].height = 15
    ws2.row_dimensions[2].height = 30
    xl_put(ws2, r + 1, 1, "Il grado di raggiungimento dell'obiettivo è la media semplice dei gradi dei suoi "
           "indicatori; il grado di ciascun indicatore è limitato al 100%.", font=font(FN, 8, italic=True), wrap=False)
    for ws in (ws1, ws2):
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.oddFooter.center.text = "Pagina &P di &N"
    d = case_dir(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    f = finding("achievement.mismatch", FAULTY, "38,2% against a target of ≥ 45% gives 84,89%, printed 100,00%")
    write_truth(d, [doc(ORG, [YEAR], kind="report")], nodes, inds, findings=[f])
    readme13(d, NAME, "report", LO_XLSX.format(script=SCRIPT), """
Two sheets printed one page each, landscape, Liberation Sans Narrow 9 pt, full grid, apricot header, `Pagina n di N`
footer. Page 1 (`Tabella 1`): title, subtitle, caption `Tabella 1`, a NINE-column table `Area strategica | Cod. |
Obiettivo operativo | Peso | Indicatore | Target 2025 | Risultato 2025 | Grado di raggiungimento indicatore | Grado di
raggiungimento obiettivo`; the area (`1 – title`) merged down the first column; code, title, weight and objective
grade merged over the indicators. Page 2 (`Tabella 1 (segue)`): the SAME table continued with only EIGHT columns —
the `Area strategica` column is gone, every other column moves one place to the left and has another width; the area
is a merged BAND ROW (`2 – Tutela e regolazione del mercato`, the area already begun on page 1, then area 3). Targets
are text (`≥ 150`, `≤ 4 gg`, `entro il 31/01/2025`); results are number cells with their own formats (`#,##0`,
`0.0%`, `0.0" gg"`, `0" gg"`, a date); grades are `0.00%` cells. A closing note states the rule (objective = simple
mean of its indicators' grades, capped at 100%). Truth: areas `area` (code `1`, title after ` – `), objectives
`operational` with weight and 2025 achievement; indicators (no code) with target, result and grade 2025.
""", ["continuation page with FEWER columns (area column dropped, columns shifted, other widths)",
      "area merged down a column on page 1 but a band row on page 2", "area 2 runs across the page break",
      "one sheet per page; results as number cells with per-cell formats", "grades at indicator and objective level"],
     ["objective weights sum to 100% within each AREA (40+35+25, 50+30+20, 60+40)",
      "objective grade = simple mean of its indicators' grades (no indicator weights), e.g. 2.1: (100,00% + 90,91%) "
      "/ 2 = 95,46%", "grades capped at 100% (`171` against `≥ 150`)",
      "`≤` indicators graded target / result (`4,4 gg` against `≤ 4 gg` = 90,91%; `97,1%` against `≤ 95%` = "
      "97,84%)", "date target met (`29/01/2025` against `entro il 31/01/2025`) = 100,00%",
      "area 2 printed on both pages is ONE area"],
     [f"`achievement.mismatch` on `{FAULTY}` (objective 2.3, page 2): result 38,2% against `≥ 45%` is 84,89%, but "
      "100,00% is printed (and used in the objective's 100,00%, so the roll-up itself is consistent)"])
    return NAME


if __name__ == "__main__":
    print(build())
