#!/usr/bin/python3
"""fam7-form-ods-1: objective form + indicator table, ONE SHEET PER OBJECTIVE, kept as .ods. Content invented."""
import os
import shutil
import tempfile

from openpyxl import Workbook

from common10 import (ODS_PRODUCER, case_dir, doc, finding, ind, lo_convert, node, vars_of, write_readme,
                      write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

ORG = "Ministero per il Patrimonio Forestale e la Montagna"
YEARS = [2022, 2023, 2024]
BASE = 2021
CDR1 = ("Direzione generale delle foreste e dei parchi montani", "Dott. Arnaldo Pezzimenti")
CDR2 = ("Direzione generale per lo sviluppo delle comunità montane", "Dott.ssa Lavinia Correggiari")

# (sheet/code, title, cdr, [(peso, indicatore, formula, baseline value, baseline format, baseline raw, unit,
#                             (t1, t2, t3))])
OBJ = [
    ("1.1.A", "Ridurre la superficie boscata percorsa dal fuoco nei parchi montani", CDR1, [
        (40, "Superficie percorsa dal fuoco sul totale della superficie boscata dei parchi",
         "SUP_inc / SUP_bosc x 100", 0.0062, "0.00%", "0,62%", "%", ("<= 0,60%", "<= 0,55%", "<= 0,50%")),
        (35, "Tempo medio di primo intervento delle squadre antincendio",
         "somma dei tempi di primo intervento / numero degli interventi", 31, '0" min"', "31 min", "min",
         ("<= 30 min", "<= 28 min", "<= 26 min")),
        (25, "Piani antincendio boschivo dei parchi aggiornati", "PAIB_agg / PAIB_tot x 100", 0.75, "0%", "75%",
         "%", ("=90%", "=95%", "=100%")),
    ]),
    ("1.2.A", "Estendere la certificazione della gestione forestale sostenibile del demanio", CDR1, [
        (60, "Ettari di foresta demaniale con certificazione di gestione sostenibile", "HA_cert", 45000, "#,##0",
         "45.000", "ettari", ("= 48.000", "= 52.000", "= 56.000")),
        (40, "Verifiche ispettive sulle utilizzazioni boschive concluse entro 60 giorni",
         "VER_60 / VER_tot x 100", 0.914, "0.0%", "91,4%", "%", ("> 92%", "> 94%", "> 95%")),
    ]),
    ("2.1.B", "Contrastare lo spopolamento dei comuni montani con servizi di prossimità", CDR2, [
        (40, "Comuni montani con sportello unico di prossimità attivo", "N_sport", 118, "0", "118", "N.",
         (">= 130", ">= 145", ">= 160")),
        (30, "Tempo medio di erogazione dei contributi alle microimprese montane", "GG_erog / N_contr", 34,
         '0" gg"', "34 gg", "gg", ("21-28giorni", "21-28giorni", "21-28giorni")),
        (20, "Domande di contributo per la residenzialità istruite nell'anno", "DOM_istr / DOM_pres",
         "1273/1273", None, "1273/1273", "%", ("100%", "100%", "100%")),
    ]),
]


def build():
    name = "fam7-form-ods-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    thin = S(style="thin", color="3F5F3F")
    grid = B(left=thin, right=thin, top=thin, bottom=thin)
    base = "DejaVu Sans"
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Nota"
    ws0.column_dimensions["A"].width = 110
    xl_put(ws0, 1, 1, ORG, font=F(name=base, size=12, bold=True))
    xl_put(ws0, 2, 1, "Direttiva generale per l'azione amministrativa e la gestione 2022 – Schede obiettivo "
           "2022-2024", font=F(name=base, size=10, italic=True))
    xl_put(ws0, 4, 1, "Ogni foglio riporta la scheda di un obiettivo: il centro di responsabilità (CdR) e il suo "
           "titolare, il codice e la denominazione dell'obiettivo, gli indicatori con il relativo peso. Il VALORE "
           "RAGGIUNTO è il dato consuntivo al 31 dicembre 2021; i valori target del 1°, 2° e 3° anno si "
           "riferiscono al 2022, al 2023 e al 2024. Il GRADO DI REALIZZAZIONE sarà compilato in sede di "
           "consuntivo.", font=F(name=base, size=9))
    ws0.row_dimensions[4].height = 52
    xl_page(ws0, landscape=True)
    nodes, inds, findings = [], [], []
    widths = [7, 34, 30, 12, 11, 11, 11, 14]
    lab_font = F(name=base, size=8, bold=True)
    val_font = F(name=base, size=8.5)
    for code, title, (cdr, tit), its in OBJ:
        ws = wb.create_sheet(code)
        for k, w in enumerate(widths):
            ws.column_dimensions["ABCDEFGH"[k]].width = w
        xl_put(ws, 1, 1, f"{ORG} – Scheda obiettivo {code}", font=F(name=base, size=10, bold=True), wrap=False)
        r = 3
        for lab, val in (("DENOMINAZIONE CDR", cdr), ("TITOLARE DEL CDR", tit)):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
            xl_put(ws, r, 1, lab, font=lab_font, fill="DCE6D2", valign="center")
            xl_put(ws, r, 3, val, font=val_font, valign="center")
            xl_box(ws, r, 1, r, 8, grid)
            r += 1
        # code and title in two cells
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
        xl_put(ws, r, 1, "CODICE E DENOMINAZIONE OBIETTIVO", font=lab_font, fill="DCE6D2", valign="center")
        xl_put(ws, r, 3, code, font=F(name=base, size=8.5, bold=True), halign="center", valign="center")
        xl_put(ws, r, 4, title, font=val_font, valign="center")
        xl_box(ws, r, 1, r, 8, grid)
        r += 2
        h1, h2 = r, r + 1
        hf = F(name=base, size=7.5, bold=True, color="FFFFFF")
        for c, h in ((1, "PESO"), (2, "INDICATORE"), (3, "FORMULA"), (4, "VALORE RAGGIUNTO"),
                     (8, "GRADO DI REALIZZAZIONE")):
            ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
            xl_put(ws, h1, c, h, font=hf, fill="3F5F3F", halign="center", valign="center")
        ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=7)
        xl_put(ws, h1, 5, "VALORE TARGET", font=hf, fill="3F5F3F", halign="center", valign="center")
        for c, h in ((5, "1°ANNO"), (6, "2°ANNO"), (7, "3°ANNO")):
            xl_put(ws, h2, c, h, font=hf, fill="3F5F3F", halign="center", valign="center")
        xl_box(ws, h1, 1, h2, 8, grid)
        r = h2 + 1
        first = r
        for peso, nm, fo, bv, bfmt, braw, unit, tg in its:
            xl_put(ws, r, 1, peso, font=val_font, border=grid, halign="center", fmt="0")
            xl_put(ws, r, 2, nm, font=val_font, border=grid)
            xl_put(ws, r, 3, fo, font=F(name="DejaVu Sans Mono", size=7.5) if vars_of(fo) else val_font,
                   border=grid)
            xl_put(ws, r, 4, bv, font=val_font, border=grid, halign="center", fmt=bfmt)
            for k, t in enumerate(tg):
                xl_put(ws, r, 5 + k, t, font=val_font, border=grid, halign="center")
            xl_put(ws, r, 8, None, border=grid)
            inds.append(ind(nm, code, unit=unit, weight=str(peso), formula=fo, variables=vars_of(fo),
                            baselines=[(BASE, braw)], targets=list(zip(YEARS, tg)), unit_org=cdr))
            r += 1
        xl_fit_rows(ws, first, r - 1, pt=8.5)
        ws.row_dimensions[h1].height = 14
        ws.row_dimensions[h2].height = 14
        xl_page(ws, landscape=True)
        ws.oddFooter.center.text = "Scheda &A – pagina &P di &N"
        ws.oddFooter.center.size = 7
        nodes.append(node(code, "operational", title, owners=[tit], unit=cdr))
        if code == "2.1.B":
            findings.append(finding("weight.sum", code, "indicator weights of 2.1.B are 40 + 30 + 20 = 90, not 100",
                                    unit=cdr))
    tmp = tempfile.mkdtemp(prefix="s10form-")
    try:
        src = os.path.join(tmp, "schede.xlsx")
        xl_save(wb, src)
        lo_convert(src, os.path.join(d, "input.ods"), "ods")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, findings)
    write_readme(d, name, """
An OpenDocument spreadsheet (`input.ods`), DejaVu Sans 8–8.5, dark-green ruled grid, landscape print setup, FOUR
sheets: `Nota` (the ministry, `Direttiva generale per l'azione amministrativa e la gestione 2022 – Schede obiettivo
2022-2024` and a paragraph saying VALORE RAGGIUNTO is the value at 31 December 2021 and the 1°, 2°, 3° year targets
are 2022, 2023, 2024; no data), then ONE SHEET PER OBJECTIVE named by its code (`1.1.A`, `1.2.A`, `2.1.B`). Each
objective sheet: a title row (`<ministry> – Scheda obiettivo 1.1.A`), the form rows `DENOMINAZIONE CDR` and
`TITOLARE DEL CDR` (labels shaded and merged over two columns, values merged over six) — repeated on every sheet of
the same CdR — and `CODICE E DENOMINAZIONE OBIETTIVO` whose code and title stand in TWO separate cells (`1.1.A` |
title). Then the indicator table with a two-row header: `PESO | INDICATORE | FORMULA | VALORE RAGGIUNTO` and
`GRADO DI REALIZZAZIONE` merged over both rows, `VALORE TARGET` merged over `1°ANNO | 2°ANNO | 3°ANNO`. PESO is a
number cell with format `0` (`40`); VALORE RAGGIUNTO is a NUMBER cell whose format prints it (`0.00%` → `0,62%`,
`0.0%` → `91,4%`, `0%` → `75%`, `0" min"` → `31 min`, `0" gg"` → `34 gg`, `#,##0` → `45.000`) or a text cell
(`1273/1273`); targets are text cells. GRADO DI REALIZZAZIONE is empty (a plan). Formulas over measure codes in a
monospaced font, one in words. Truth: objectives `operational`, `unit` = the CdR, owners = [titolare], parent null;
indicators `unit_org` = the CdR, weight raw `40`, baseline 2021 = VALORE RAGGIUNTO as displayed, targets
2022/2023/2024; unit from the values (`%`, `min`, `ettari` from the indicator name, `N.`, `gg`; `%` for the share
`1273/1273` with `100%` targets).
""", ODS_PRODUCER.format(script="fam10_form.py"), [
        "one sheet per objective, sheet named by the objective code, plus a notes sheet without data",
        "objective code and title in two separate cells of the form row",
        "two-row header: `VALORE TARGET` merged over `1°ANNO | 2°ANNO | 3°ANNO`",
        "workbook number formats on VALORE RAGGIUNTO (`0.00%`, `0.0%`, `0%`, `0\" min\"`, `0\" gg\"`, `#,##0`)",
        "targets `<= 0,60%`, `=90%`, `= 48.000`, `> 92%`, `21-28giorni`, `100%`; baseline `1273/1273`",
        "footer `Scheda <sheet> – pagina n di N`",
    ], ["`weight.sum` on objective `2.1.B` (CdR Direzione generale per lo sviluppo delle comunità montane): its "
        "indicator weights are 40 + 30 + 20 = 90"])


if __name__ == "__main__":
    build()
