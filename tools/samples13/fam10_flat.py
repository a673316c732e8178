#!/usr/bin/python3
"""fam10-flat-xlsx-1: a region's objectives 2026 as a FLAT TABLE PER RESPONSIBILITY CENTRE, kept as .xlsx. No
weights. Each centre is a SUBTOTAL BAND ROW placed ABOVE its objectives (Excel outline with the summary row on top,
detail rows grouped at level 1), carrying the centre's total resources; objectives without code, resources merged
down over their indicators (`#,##0.00`), one zero-cost objective printed `–`; `Tipologia indicatore`, `unità di misura`
in words, `Target 2026` as `=90%`, `= 4.500`, `>= 12`, `<= 30`, `entro il 31/10/2026`, `SI`, `100%`; `TOTALE GENERALE`
at the bottom. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (XLSX, case_dir, disp12, doc, font, ind, node, readme13, widths, write_truth,  # noqa: E402
                      xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "fam10_flat.py"
ORG = "Regione Valdarna"
YEAR = 2026
UNIT = {"percentuale": "%", "numero": "N.", "giorni": "gg", "data": "date", "SI/NO": "text"}

# centre (code, name) -> objective (title, resources or None) -> indicator (name, type, unit word, target)
CENTRES = [
    ("CdR 01", "Direzione Agricoltura, foreste e pesca", [
        ("Erogare nei termini gli aiuti del complemento regionale per lo sviluppo rurale", 2750000, [
            ("Domande di sostegno istruite entro 90 giorni", "Efficacia", "percentuale", "=90%"),
            ("Importo liquidato sul programmato dell'anno", "Efficienza", "percentuale", ">= 85%")]),
        ("Contrastare la diffusione della peste suina africana", 1190000, [
            ("Campionamenti sui cinghiali abbattuti", "Volume", "numero", "= 4.500")])]),
    ("CdR 02", "Direzione Sanità e welfare", [
        ("Ridurre le liste d'attesa per le prestazioni specialistiche ambulatoriali", 5800000, [
            ("Prestazioni di classe B erogate nei tempi previsti", "Efficacia", "percentuale", "=90%"),
            ("Tempo medio di attesa per la prima visita oncologica", "Efficacia", "giorni", "<= 30")]),
        ("Attivare le Case della comunità previste dal PNRR", 500000, [
            ("Case della comunità attivate", "Volume", "numero", ">= 12"),
            ("Approvazione del piano regionale dell'assistenza territoriale", "Efficacia", "data",
             "entro il 31/10/2026")])]),
    ("CdR 03", "Direzione Risorse finanziarie e patrimonio", [
        ("Migliorare la tempestività dei pagamenti della Regione", 185000, [
            ("Indicatore annuale di tempestività dei pagamenti", "Efficienza", "giorni", "<= 0"),
            ("Adozione del nuovo sistema di contabilità economico-patrimoniale", "Efficacia", "SI/NO", "SI")]),
        ("Aggiornare l'inventario del patrimonio immobiliare regionale", None, [
            ("Immobili con scheda inventariale aggiornata", "Efficacia", "percentuale", "100%")])]),
]
TOTAL = sum(o[1] or 0 for c in CENTRES for o in c[2])


def build():
    from openpyxl import Workbook
    name = "fam10-flat-xlsx-1"
    F = "Arial"
    st = xl_styles()
    grid = st["grid"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi 2026"
    ws.sheet_properties.outlinePr.summaryBelow = False
    widths(ws, [26, 46, 17, 44, 16, 13, 17])
    xl_put(ws, 1, 1, ORG + " – Piano della performance 2026: obiettivi per centro di responsabilità",
           font=font(F, 11, bold=True), wrap=False)
    heads = ["Centro di responsabilità", "Descrizione obiettivo", "Risorse finanziarie", "Indicatori",
             "Tipologia indicatore", "unità di misura", "Target 2026"]
    HR = 3
    for c, h in enumerate(heads, 1):
        xl_put(ws, HR, c, h, font=font(F, 9, bold=True), fill="BDD7EE", border=grid, halign="center",
               valign="center")
    r = HR + 1
    nodes, inds = [], []
    f = font(F, 9)
    for ccode, cname, objs in CENTRES:
        sub = sum(o[1] or 0 for o in objs)
        xl_put(ws, r, 1, f"{ccode} – {cname}", font=font(F, 9, bold=True), fill="DDEBF7", border=grid)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        xl_box(ws, r, 1, r, 2, grid)
        xl_put(ws, r, 3, sub, font=font(F, 9, bold=True), fill="DDEBF7", border=grid, fmt="#,##0.00",
               halign="right")
        xl_put(ws, r, 4, "Totale centro di responsabilità", font=font(F, 9, italic=True), fill="DDEBF7", border=grid)
        for c in (5, 6, 7):
            xl_put(ws, r, c, None, fill="DDEBF7", border=grid)
        r += 1
        for otitle, res, ilist in objs:
            o0 = r
            for iname, typ, uw, tg in ilist:
                xl_put(ws, r, 1, cname, font=font(F, 8, color="7F7F7F"), border=grid)
                for c, v in [(4, iname), (5, typ), (6, uw), (7, tg)]:
                    xl_put(ws, r, c, v, font=f, border=grid, halign="center" if c >= 5 else None)
                ws.row_dimensions[r].outlineLevel = 1
                inds.append(ind(iname, otitle, unit=UNIT[uw], type=typ, targets=[(YEAR, tg)]))
                r += 1
            xl_put(ws, o0, 2, otitle, font=f, border=grid)
            if res is None:
                xl_put(ws, o0, 3, "–", font=f, border=grid, halign="right")
            else:
                xl_put(ws, o0, 3, res, font=f, border=grid, fmt="#,##0.00", halign="right")
            for c in (2, 3):
                if r - o0 > 1:
                    ws.merge_cells(start_row=o0, start_column=c, end_row=r - 1, end_column=c)
                xl_box(ws, o0, c, r - 1, c, grid)
            nodes.append(node(None, "operational", otitle, owners=[cname],
                              resources=[disp12(res, "#,##0.00")] if res is not None else []))
    xl_put(ws, r, 1, "TOTALE GENERALE", font=font(F, 9, bold=True), fill="BDD7EE", border=grid)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    xl_box(ws, r, 1, r, 2, grid)
    xl_put(ws, r, 3, TOTAL, font=font(F, 9, bold=True), fill="BDD7EE", border=grid, fmt="#,##0.00", halign="right")
    xl_put(ws, r + 2, 1, "Le righe di centro di responsabilità riportano il totale delle risorse dei relativi "
           "obiettivi. – = obiettivo realizzato con risorse di personale, senza stanziamento dedicato.",
           font=font(F, 8, italic=True), wrap=False)
    xl_fit_rows(ws, HR + 1, r, pt=9)
    ws.freeze_panes = ws.cell(row=HR + 1, column=1)
    xl_page(ws, landscape=True, title_rows=f"{HR}:{HR}")
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(ORG, [YEAR])], nodes, inds, resources_total=disp12(TOTAL, "#,##0.00"))
    readme13(d, name, "flat table per responsibility centre", XLSX.format(script=SCRIPT), """
One sheet `Obiettivi 2026`, Arial 9 pt, full grid, frozen header. A title line (region + `Piano della performance 2026:
obiettivi per centro di responsabilità`), then `Centro di responsabilità | Descrizione obiettivo | Risorse finanziarie |
Indicatori | Tipologia indicatore | unità di misura | Target 2026`. Each centre opens with a shaded SUBTOTAL BAND ROW
ABOVE its rows (`CdR 01 – Direzione Agricoltura, foreste e pesca` merged over the first two columns, the centre's
total resources, `Totale centro di responsabilità`); its indicator rows are grouped under it in an Excel outline with
the summary row on top, and each repeats the centre's name in small grey type in the first column. Objectives have no
code; the objective and its resources (`#,##0.00`, no €) are merged down over its indicators; one zero-cost objective
prints `–`. `TOTALE GENERALE 10.425.000,00` closes the table, followed by a note. Truth: objectives `operational` (no
parent, owners = [centre name without `CdR 01 – `], resources as displayed, none for `–`); indicators without code or
weight, tipologia, unit mapped from the word, target 2026; resources_total = the grand total.
""", ["centre subtotal band rows ABOVE their detail (outline summary on top)", "centre name also repeated in grey on "
      "each indicator row", "objectives without code, resources merged down", "`=90%`, `= 4.500`, `>= 85%`, `<= 0`, "
      "`entro il 31/10/2026`, `SI`, `100%`", "unit in words (`percentuale`, `numero`, `giorni`, `data`, `SI/NO`)"],
     ["no weights anywhere (a flat table per centre weighs nothing)",
      "centre subtotals (3.940.000,00; 6.300.000,00; 185.000,00) are not objectives and must not be added again: the "
      "six objectives sum to the printed `TOTALE GENERALE 10.425.000,00`",
      "`–` resources of a zero-cost objective: not a missing amount", "`=90%` used by two centres on different "
      "indicators: not a conflict", "`<= 0` days of payment timeliness is a legal target, not a typo"], [])
    return name


if __name__ == "__main__":
    print(build())
