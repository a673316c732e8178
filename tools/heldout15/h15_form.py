#!/usr/bin/python3
"""h15-form-xlsx-1: objective form + indicator table. A metropolitan city's schede obiettivo 2026-2028 kept as an
.xlsx workbook: ONE sheet, the forms STACKED one under the other (label cells merged over two columns on a grey fill,
value merged over the rest), `PESO DELL'OBIETTIVO` in the form, then the indicator table `PESO | INDICATORE |
FORMULA | VALORE RAGGIUNTO | VALORE TARGET 1°ANNO | 2°ANNO | 3°ANNO | GRADO DI REALIZZAZIONE` (grade empty: it is a
plan); manual page breaks between CdRs; bare weights (`40`); `=90%`, `= 45.000`, `21-28giorni`, `1273/1273`.
Fault: formula.incomplete (`N_corse_eff /`). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (XLSX, case_dir, disp12, doc, finding, font, genre_readme, ind, node, vars11,  # noqa: E402
                      widths, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "h15_form.py"
ORG = "Città Metropolitana di Portoselva"
Y = [2026, 2027, 2028]

# CdR (name, titolare) -> objectives (code, title, strategic of reference, weight) -> indicators
# (weight, name, formula, unit, valore raggiunto (value, fmt) or text, (t1, t2, t3))
CDRS = [
    ("Direzione Mobilità e trasporti", "Arch. Giovanni Peruzzi", [
        ("OB.MT.1", "Potenziare il trasporto pubblico extraurbano nelle aree a domanda debole",
         "OS.3 – Territorio connesso e sostenibile", 60, [
             (40, "Corse a chiamata effettuate sul totale delle corse programmate", "N_corse_eff /", "%",
              (0.87, "0%"), ("=90%", "=92%", "=95%")),
             (60, "Comuni serviti da almeno una linea con frequenza oraria", "N_comuni_serviti", "N.", (31, "0"),
              ("≥ 34", "≥ 36", "≥ 38"))]),
        ("OB.MT.2", "Ridurre i tempi di rilascio delle autorizzazioni ai trasporti eccezionali",
         "OS.3 – Territorio connesso e sostenibile", 40, [
             (100, "Tempo di rilascio delle autorizzazioni periodiche", "GG_ril_aut / N_aut", "gg", "30 giorni",
              ("21-28giorni", "21-28giorni", "21-28giorni"))])]),
    ("Direzione Edilizia scolastica", "Ing. Federica Lanzoni", [
        ("OB.ES.1", "Mettere in sicurezza gli edifici scolastici di competenza metropolitana",
         "OS.1 – Scuole sicure e sostenibili", 50, [
             (50, "Edifici scolastici dotati di certificato di prevenzione incendi", "EDI_CPI / EDI_tot x 100", "%",
              (0.64, "0%"), ("≥ 70%", "≥ 78%", "≥ 85%")),
             (50, "Superficie di coperture rifatte o impermeabilizzate (mq)", "MQ_coperture", "mq", (38500, "#,##0"),
              ("= 45.000", "= 45.000", "= 45.000"))]),
        ("OB.ES.2", "Garantire la manutenzione ordinaria programmata degli istituti",
         "OS.1 – Scuole sicure e sostenibili", 50, [
             (100, "Interventi di manutenzione programmata eseguiti", "INT_eseg / INT_prog", "%", "1273/1273",
              ("=100%", "=100%", "=100%"))])]),
    ("Direzione Risorse finanziarie", "Dott. Enrico Sabbatini", [
        ("OB.RF.1", "Assicurare la tempestività dei pagamenti ai fornitori", "OS.6 – Ente efficiente e trasparente",
         70, [
             (70, "Fatture pagate entro 30 giorni dal ricevimento", "FATT_30gg / FATT_tot x 100", "%",
              (0.912, "0.0%"), ("≥ 93%", "≥ 95%", "≥ 95%")),
             (30, "Debito commerciale residuo a fine esercizio sul totale delle fatture ricevute",
              "DEB_resid / FATT_ricevute x 100", "%", (0.041, "0.0%"), ("≤ 4%", "≤ 3,5%", "≤ 3%"))]),
        ("OB.RF.2", "Completare la contabilità analitica per centri di costo", "OS.6 – Ente efficiente e trasparente",
         30, [
             (100, "Centri di costo con report trimestrale di contabilità analitica", "CDC_report / CDC_tot x 100",
              "%", "–", ("≥ 50%", "≥ 75%", "≥ 100%"))])]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    st = xl_styles()
    grid = st["grid"]
    name = "h15-form-xlsx-1"
    F = "Arial"
    wb = Workbook()
    ws = wb.active
    ws.title = "Schede obiettivo"
    widths(ws, [8, 34, 28, 13, 14, 11, 11, 14])
    xl_put(ws, 1, 1, ORG.upper(), font=font(F, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "PIANO DELLA PERFORMANCE 2026-2028 – SCHEDE OBIETTIVO DEI CENTRI DI RESPONSABILITÀ",
           font=font(F, 10, bold=True), wrap=False)
    xl_put(ws, 3, 1, "1°ANNO = 2026, 2°ANNO = 2027, 3°ANNO = 2028. Valore raggiunto: valore al 31/12/2025. Il grado di "
           "realizzazione è compilato in sede di monitoraggio.", font=font(F, 8, italic=True), wrap=False)
    r = 5
    nodes, inds = [], []
    lab_fill = "D9D9D9"
    for ci, (cdr, tit, objs) in enumerate(CDRS):
        if ci:
            ws.row_breaks.append(Break(id=r - 1))
        nodes.append(node(None, "unit", cdr, owners=[tit]))
        for ocode, otitle, os_ref, ow, ilist in objs:
            form = [("DENOMINAZIONE CDR", cdr), ("TITOLARE DEL CDR", tit),
                    ("OBIETTIVO STRATEGICO DI RIFERIMENTO", os_ref),
                    ("CODICE E DENOMINAZIONE OBIETTIVO", f"{ocode} - {otitle}"), ("PESO DELL'OBIETTIVO", ow)]
            for lab, val in form:
                xl_put(ws, r, 1, lab, font=font(F, 8, bold=True), fill=lab_fill, border=grid, valign="center")
                xl_put(ws, r, 2, None, fill=lab_fill, border=grid)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
                xl_put(ws, r, 3, val, font=font(F, 9, bold=lab.startswith("CODICE")), border=grid,
                       halign="left", valign="center", fmt="General" if isinstance(val, int) else None)
                xl_box(ws, r, 3, r, 8, grid)
                ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
                ws.row_dimensions[r].height = 15
                r += 1
            nodes.append(node(ocode, "operational", otitle, weight=str(ow), owners=[tit], unit=cdr))
            r += 1
            heads = ["PESO", "INDICATORE", "FORMULA", "VALORE RAGGIUNTO", "VALORE TARGET 1°ANNO", "2°ANNO", "3°ANNO",
                     "GRADO DI REALIZZAZIONE"]
            for c, h in enumerate(heads, 1):
                xl_put(ws, r, c, h, font=font(F, 7.5, bold=True), fill="F2F2F2", border=grid, halign="center",
                       valign="center")
            ws.row_dimensions[r].height = 24
            r += 1
            i0 = r
            for w, nm, frm, unit, reached, tg in ilist:
                xl_put(ws, r, 1, w, font=font(F, 9), border=grid, halign="center")
                xl_put(ws, r, 2, nm, font=font(F, 9), border=grid)
                xl_put(ws, r, 3, frm, font=font(F, 9), border=grid)
                if isinstance(reached, tuple):
                    xl_put(ws, r, 4, reached[0], font=font(F, 9), border=grid, fmt=reached[1], halign="center")
                    braw = disp12(reached[0], reached[1])
                else:
                    xl_put(ws, r, 4, reached, font=font(F, 9), border=grid, halign="center")
                    braw = reached
                for k, t in enumerate(tg):
                    xl_put(ws, r, 5 + k, t, font=font(F, 9), border=grid, halign="center")
                xl_put(ws, r, 8, None, border=grid)
                inds.append(ind(nm, ocode, unit=unit, weight=str(w), formula=frm, variables=vars11(frm),
                                baselines=[(2025, braw)], targets=list(zip(Y, tg)), unit_org=cdr))
                r += 1
            xl_fit_rows(ws, i0, r - 1, pt=9, narrow=1.0)
            r += 2
    xl_page(ws, landscape=False, margins=0.5)
    ws.oddFooter.right.text = "Pag. &P"
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, Y)], nodes, inds, [finding(
        "formula.incomplete", "Corse a chiamata effettuate sul totale delle corse programmate",
        "the formula of the first indicator of OB.MT.1 ends with `/` (`N_corse_eff /`): the denominator is missing",
        unit="Direzione Mobilità e trasporti")])
    genre_readme(d, name, "objective form + indicator table", XLSX.format(script=SCRIPT), """
One sheet `Schede obiettivo` (portrait when printed, Arial 9). Three title lines: the body in capitals, `PIANO DELLA
PERFORMANCE 2026-2028 – SCHEDE OBIETTIVO DEI CENTRI DI RESPONSABILITÀ`, an italic note (`1°ANNO = 2026, 2°ANNO = 2027,
3°ANNO = 2028. Valore raggiunto: valore al 31/12/2025. …`). Then the forms STACKED: for each objective five form rows,
the label merged over columns A:B on grey (`DENOMINAZIONE CDR`, `TITOLARE DEL CDR`, `OBIETTIVO STRATEGICO DI
RIFERIMENTO`, `CODICE E DENOMINAZIONE OBIETTIVO` → `OB.MT.1 - title`, `PESO DELL'OBIETTIVO` → bare `60`), the value
merged over C:H; a blank row; the indicator table `PESO | INDICATORE | FORMULA | VALORE RAGGIUNTO | VALORE TARGET
1°ANNO | 2°ANNO | 3°ANNO | GRADO DI REALIZZAZIONE` with bare integer weights and an EMPTY grade column; two blank
rows. The CdR form rows repeat for each of its objectives; a manual page break separates CdRs.
Truth: one `unit` node per CdR (owners = [titolare]); objectives `operational`, parent null, `unit` = CdR, weight raw
`60` (objective weights sum to 100 per CdR), owners = [titolare]; indicators `unit_org` = CdR, weight raw `40`,
baseline 2025 = VALORE RAGGIUNTO (as displayed: `87%`, `91,2%`, `38.500`, `1273/1273`, `30 giorni`, `–`), targets
1°/2°/3° anno = 2026/2027/2028. The strategic objective of reference is printed text, not a node.
""", ["forms stacked in one sheet, repeated CdR rows, objective weight in the form, indicator weights in the table",
      "bare integer weights (`40`, `60`, `100`)", "`=90%` → `=92%` → `=95%`, `= 45.000` three times, "
      "`21-28giorni` three times, `=100%` three times, `≤ 4%` → `≤ 3,5%` → `≤ 3%`",
      "VALORE RAGGIUNTO as number cells (`0%`, `0.0%`, `#,##0`) and text (`1273/1273`, `30 giorni`, `–`)",
      "GRADO DI REALIZZAZIONE printed but empty (a plan)", "manual page breaks between CdRs"],
                 ["formula.incomplete: the indicator `Corse a chiamata effettuate sul totale delle corse "
                  "programmate` (OB.MT.1, Direzione Mobilità e trasporti) has the formula `N_corse_eff /`"])
    return name


if __name__ == "__main__":
    print(build())
