#!/usr/bin/python3
"""fam6-form-lo-1: objective forms + indicator tables, a workbook printed by LibreOffice. Content invented."""
import os
import tempfile

from openpyxl import Workbook
from openpyxl.worksheet.pagebreak import Break

from common8 import (LO_PRODUCER, case_dir, doc, finding, ind, lo_pdf, node, vars_of, write_readme, write_truth,
                     xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)
ORG = "Azienda Sanitaria Locale della Valle del Tresinaro"
YEARS = [2026, 2027, 2028]
BASE = 2025

# (cdr, titolare, [(code, title, [(peso, indicatore, formula, raggiunto, t1, t2, t3, unit)])])
CDRS = [
    ("UOC Cure primarie e continuità assistenziale", "Dott.ssa Marina Coltelli", [
        ("OS1.01", "Potenziare l'assistenza domiciliare integrata per i pazienti cronici e fragili", [
            ("40", "Pazienti over 65 presi in carico in assistenza domiciliare integrata", "PZ_adi / POP_65 x 100",
             "6,2%", ">= 7%", ">= 8%", ">= 10%", "%"),
            ("35", "Tempo medio di attivazione dell'ADI dalla segnalazione", "GG_att / N_att",
             "6 gg", "<= 5 gg", "<= 4 gg", "<= 3 gg", "gg"),
            ("25", "Pazienti in ADI con piano assistenziale individuale", "PAI_adi / PZ_adi x 100",
             "81,5%", ">= 85%", ">= 90%", "", "%"),
        ]),
        ("OS1.02", "Ridurre gli accessi impropri al pronto soccorso dei codici bianchi", [
            ("60", "Accessi in pronto soccorso con codice bianco", "Numero di accessi con codice bianco nell'anno",
             "14.210", "<= 13.500", "<= 12.800", "<= 12.000", "N."),
            ("40", "Case della comunità hub aperte al pubblico", "Numero di Case della comunità hub operative "
             "al 31 dicembre", "1", ">= 2", ">= 3", ">= 4", "N."),
        ]),
    ]),
    ("UOC Igiene e sanità pubblica", "Dott. Paolo Vezzani", [
        ("OS2.01", "Aumentare le coperture vaccinali dell'infanzia e dell'adulto", [
            ("50", "Copertura vaccinale antimorbillo a 24 mesi", "VAC_mpr24 / COORTE_24 x 100",
             "93,1%", ">= 95%", ">= 95%", ">= 95%", "%"),
            ("30", "Copertura vaccinale antinfluenzale negli ultrasessantacinquenni", "VAC_flu65 / POP_65 x 100",
             "58,7%", ">= 62%", ">= 66%", ">= 75%", "%"),
            ("20", "Sedute vaccinali aperte in orario serale", "N_sed_ser", "24", "= 48", "= 52", "= 52", "N."),
        ]),
        ("OS2.02", "Garantire i controlli sulla sicurezza nei luoghi di lavoro", [
            ("70", "Aziende controllate sul totale delle aziende attive con dipendenti", "AZ_contr / AZ_att x 100",
             "4,9%", ">= 5%", ">= 5,5%", ">= 6%", "%"),
            ("30", "Tempo medio di conclusione delle inchieste per infortunio grave", "GG_inch / N_inch",
             "21-28giorni", "<= 25 gg", "<= 22 gg", "<= 20 gg", "gg"),
        ]),
    ]),
    ("UOC Amministrazione del personale", "Dott. Gianluca Ferrarini", [
        ("OS3.01", "Completare la digitalizzazione del fascicolo del dipendente", [
            ("40", "Fascicoli del personale digitalizzati", "FASC_dig / FASC_tot x 100",
             "38%", ">= 70%", ">= 90%", "=100%", "%"),
            ("35", "Richieste di certificato di servizio evase entro 10 giorni", "CERT_10 / CERT_tot x 100",
             "1273/1273", "=100%", "=100%", "=100%", "%"),
            ("25", "Adozione del regolamento aziendale sul lavoro agile", "Adozione con deliberazione del Direttore "
             "generale", "NO", "SI", "SI", "SI", "text"),
        ]),
    ]),
]

HEAD = ["PESO", "INDICATORE", "FORMULA", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO", "2°ANNO", "3°ANNO",
        "GRADO DI REALIZZAZIONE"]
WIDTHS = [7, 38, 31, 12, 12, 10, 10, 14]


def build():
    name = "fam6-form-lo-1"
    d = case_dir(name)
    st = xl_styles()
    F, B, S = st["Font"], st["Border"], st["Side"]
    grid = st["grid"]
    base = "Liberation Serif"
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede CdR"
    for k, w in enumerate(WIDTHS):
        ws.column_dimensions["ABCDEFGH"[k]].width = w
    xl_put(ws, 1, 1, ORG, font=F(name=base, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano della performance 2026-2028 – Allegato B: schede di budget dei centri di responsabilità",
           font=F(name=base, size=10.5, italic=True), wrap=False)
    intro = ("Per ogni centro di responsabilità (CdR) sono indicati il titolare e gli obiettivi assegnati. VALORE "
             "RAGGIUNTO è il dato consuntivo al 31 dicembre 2025; i valori target si riferiscono al primo, al secondo "
             "e al terzo anno del piano (2026, 2027 e 2028). Il GRADO DI REALIZZAZIONE sarà compilato in sede di "
             "verifica.")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=8)
    xl_put(ws, 3, 1, intro, font=F(name=base, size=9))
    ws.row_dimensions[3].height = 26
    lab_f = F(name=base, size=8, bold=True)
    hd_f = F(name=base, size=7.5, bold=True)
    body = F(name=base, size=8.5)
    r = 5
    nodes, inds, findings = [], [], []
    breaks = []
    for k, (cdr, tit, objs) in enumerate(CDRS):
        if k == 2:
            breaks.append(r - 1)
        # the form row: two label/value pairs side by side
        for c1, c2, v, fnt, fill in ((1, 2, "DENOMINAZIONE CDR", lab_f, "E3E8D8"), (3, 4, cdr, F(name=base, size=9,
                                     bold=True), None), (5, 6, "TITOLARE DEL CDR", lab_f, "E3E8D8"),
                                     (7, 8, tit, F(name=base, size=9), None)):
            ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
            xl_put(ws, r, c1, v, font=fnt, fill=fill, valign="center")
            xl_box(ws, r, c1, r, c2, grid)
        ws.row_dimensions[r].height = 18
        r += 2
        for code, title, its in objs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            xl_put(ws, r, 1, "CODICE E DENOMINAZIONE OBIETTIVO", font=lab_f, fill="E3E8D8", valign="center")
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
            xl_put(ws, r, 3, f"{code} – {title}", font=F(name=base, size=9, bold=True), valign="center")
            xl_box(ws, r, 1, r, 8, grid)
            ws.row_dimensions[r].height = 17
            r += 1
            for c, h in enumerate(HEAD, 1):
                xl_put(ws, r, c, h, font=hd_f, fill="C9D3B5", border=grid, halign="center", valign="center")
            ws.row_dimensions[r].height = 22
            r += 1
            first = r
            tot = 0
            for (peso, nm, fo, rag, t1, t2, t3, unit) in its:
                for c, v in enumerate((peso, nm, fo, rag, t1, t2, t3, ""), 1):
                    xl_put(ws, r, c, v, font=body, border=grid, halign=None if c in (2, 3) else "center")
                tot += int(peso)
                tg = [(y, t) for y, t in zip(YEARS, (t1, t2, t3)) if t]
                inds.append(ind(nm, code, unit=unit, weight=peso, formula=fo, variables=vars_of(fo),
                                baselines=[(BASE, rag)], targets=tg, unit_org=cdr))
                if not t3:
                    findings.append(finding("target.missing", nm, "the 3°ANNO (2028) target cell is empty: no "
                                            "target for a year the plan covers"))
                r += 1
            xl_fit_rows(ws, first, r - 1, pt=8.5)
            xl_put(ws, r, 1, str(tot), font=F(name=base, size=8.5, bold=True), fill="F1F3EC", border=grid,
                   halign="center")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            xl_put(ws, r, 2, "TOTALE PESI", font=F(name=base, size=8, bold=True), fill="F1F3EC", halign="left")
            xl_box(ws, r, 2, r, 8, grid)
            r += 2
            nodes.append(node(code, "operational", title, owners=[tit], unit=cdr))
        r += 1
    note = ("Il valore 21-28giorni indica l'intervallo dei tempi rilevati nei due semestri del 2025; il valore "
            "1273/1273 indica le richieste evase nei termini sul totale delle richieste pervenute.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    xl_put(ws, r, 1, note, font=F(name=base, size=8, italic=True))
    ws.row_dimensions[r].height = 24
    for b in breaks:
        ws.row_breaks.append(Break(id=b))
    xl_page(ws, landscape=True)
    ws.oddHeader.left.text = f"{ORG} – Piano della performance 2026-2028"
    ws.oddHeader.left.size = 7
    ws.oddFooter.right.text = "Allegato B – Schede di budget – pag. &P di &N"
    ws.oddFooter.right.size = 7
    tmp = tempfile.mkdtemp(prefix="s8form-")
    src = os.path.join(tmp, "schede.xlsx")
    xl_save(wb, src)
    lo_pdf(src, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, findings)
    write_readme(d, name, """
Landscape A4 printed by LibreOffice from a workbook, Liberation Serif 8.5–9 pt, ruled grid with olive-green shading,
two pages (a row break before the third CdR). Running header (the ASL and the plan) and footer `Allegato B – Schede di
budget – pag. n di N`. Title (the health authority), italic subtitle `Piano della performance 2026-2028 – Allegato
B: …` and a paragraph saying VALORE RAGGIUNTO is the value at 31 December 2025 and the targets are the first, second
and third year (2026, 2027, 2028). Per responsibility centre ONE form row whose two label/value pairs stand SIDE BY
SIDE (`DENOMINAZIONE CDR | UOC … | TITOLARE DEL CDR | Dott.ssa …`, labels shaded, each cell merged over two columns),
printed once per CdR; under it, per objective, a row `CODICE E DENOMINAZIONE OBIETTIVO | OS1.01 – title` (value merged
over six columns) followed by its own indicator table `PESO | INDICATORE | FORMULA | VALORE RAGGIUNTO | VALORE TARGET
1°ANNO | 2°ANNO | 3°ANNO | GRADO DI REALIZZAZIONE`, closed by a shaded row `100 | TOTALE PESI` (the weight total in
the PESO column, the label merged over the rest). Bare weights (`40`, `35`, `25`) as text cells. GRADO DI
REALIZZAZIONE is empty (a plan). Italic note at the end. Truth: objectives `operational`, parent null, `unit` = the
CdR, owners = [the titolare]; indicators `unit_org` = the CdR, weight = PESO, baseline 2025 = VALORE RAGGIUNTO, targets
2026/2027/2028; variables only for formulas over measure codes; units from the values (`%`, `gg`, `N.`, `text` for
SI/NO). The `TOTALE PESI` rows are not indicators.
""", LO_PRODUCER.format(script="fam8_form.py"), [
        "form labels side by side on one row (`DENOMINAZIONE CDR | … | TITOLARE DEL CDR | …`), CdR printed once",
        "objective row between the form and each indicator table; several objectives per CdR",
        "a `TOTALE PESI` row (100) closing each indicator table, the total in the PESO column",
        "codes `OS1.01`; formulas over measure codes and in words",
        "values `21-28giorni`, `1273/1273`, `= 48`, `=100%`, `NO`/`SI`, `14.210`",
        "Liberation Serif, olive shading, running header and `pag. n di N` footer, page break before the third CdR",
    ], [f"`target.missing` on `{f_['subject']}`: its 3°ANNO cell is empty, so no 2028 target (its siblings "
        "and the other years are filled)" for f_ in findings])


if __name__ == "__main__":
    build()
