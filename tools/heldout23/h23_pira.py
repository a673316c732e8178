#!/usr/bin/python3
"""h23-pira-lo-1: a PIRA 2026-2028 (genre pira) of a national energy-certification institute, a workbook printed by
LibreOffice. Mission and programme are the LAST two columns, repeated on every row (`010 – …`); the objective and
its `Stanziamento 2026 (euro)` are the FIRST two columns, merged down; all three years in ONE flowing cell separated
by ` / ` (`Anno 2026: >= 10% / Anno 2027: >= 12% / Anno 2028: >= 15%`). One fault: target.operator on `Domande di
accreditamento istruite online` (`>= 85%`, `>= 88%`, `> 90%`). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (LO_XLSX, case_dir23, doc, finding, font, ind, lo_pdf_of, lo_show, node, readme13,  # noqa
                      vars11, widths, write_truth, xl_box, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "h23_pira.py"
NAME = "h23-pira-lo-1"
ORG = "Istituto Nazionale per la Certificazione Energetica degli Edifici"
YEARS = [2026, 2027, 2028]
MIS = {"010": "010 – Energia e diversificazione delle fonti energetiche",
       "032": "032 – Servizi istituzionali e generali delle amministrazioni pubbliche"}
PRO = {"007": "007 – Efficienza energetica e fonti rinnovabili",
       "003": "003 – Servizi e affari generali per le amministrazioni di competenza"}
FAULT = "Domande di accreditamento istruite online"

# code, title, mission, programme, resources, [(indicator, type, formula, unit, baseline, [t])]
OBJ = [
    ("OB.1", "Estendere la certificazione energetica del patrimonio edilizio pubblico", "010", "007", 3450000, [
        ("Attestati di prestazione energetica verificati sul totale trasmessi", "Risultato (output)",
         "APE_ver / APE_trasm x 100", "%", "8,5%", [">= 10%", ">= 12%", ">= 15%"]),
        ("Edifici pubblici con diagnosi energetica completata", "Realizzazione fisica", "N_diagn_PA", "N.", "412",
         [">= 500", ">= 600", ">= 700"])]),
    ("OB.2", "Ridurre i tempi di accreditamento dei certificatori energetici", "010", "007", 780000, [
        ("Tempo medio di accreditamento dei certificatori", "Efficienza", "GG_accr / N_accr", "gg", "46 gg",
         ["<= 40 gg", "<= 35 gg", "<= 30 gg"]),
        (FAULT, "Risultato (output)", "DOM_online / DOM_tot x 100", "%", "81%", [">= 85%", ">= 88%", "> 90%"])]),
    ("OB.3", "Assicurare la tempestività dei pagamenti e la sicurezza dei sistemi informativi", "032", "003",
     265400.5, [
         ("Indicatore annuale di tempestività dei pagamenti", "Efficienza", "SUM(GG_rit x IMP_fatt) / SUM(IMP_fatt)",
          "gg", "1,2 gg", ["<= 0", "<= 0", "<= 0"]),
         ("Dipendenti formati in materia di sicurezza informatica", "Risultato (output)", "DIP_form / DIP_tot x 100",
          "%", "40%", [">= 60%", ">= 80%", ">= 100%"])]),
]
NUM = "#,##0.00"


def build():
    from openpyxl import Workbook
    st = xl_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "PIRA 2026-2028"
    FN = "DejaVu Sans Condensed"
    xl_put(ws, 1, 1, ORG, font=font(FN, 11, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Piano degli indicatori e dei risultati attesi di bilancio 2026-2028 (allegato al bilancio di "
           "previsione 2026)", font=font(FN, 9), wrap=False)
    head = ["Obiettivo", "Stanziamento 2026 (euro)", "Indicatore", "Tipologia", "Metodo di calcolo", "Valore 2024",
            "Target 2026-2028", "Missione", "Programma"]
    for c, h in enumerate(head, 1):
        xl_put(ws, 4, c, h, font=font(FN, 8, bold=True), fill="D9D2E9", border=st["grid"], halign="center",
               valign="center")
    ws.row_dimensions[4].height = 24
    widths(ws, [24, 13, 27, 13, 20, 9, 23, 19, 19])
    r = 5
    nodes, inds, total = [], [], 0
    for code, title, mis, pro, res, ilist in OBJ:
        r0 = r
        total += res
        nodes.append(node(code, "strategic", title, resources=[lo_show(res, NUM)], mission=mis, programme=pro))
        for k, (iname, typ, frm, um, base, tg) in enumerate(ilist):
            cell = " / ".join(f"Anno {y}: {t}" for y, t in zip(YEARS, tg))
            vals = [f"{code} – {title}" if k == 0 else None, res if k == 0 else None, iname, typ, frm, base, cell,
                    MIS[mis], PRO[pro]]
            for c, v in enumerate(vals, 1):
                xl_put(ws, r, c, v, font=font(FN, 8), border=st["grid"], fmt=NUM if c == 2 else None,
                       halign="right" if c == 2 else ("center" if c == 6 else None))
            inds.append(ind(iname, code, unit=um, type=typ, formula=frm, variables=vars11(frm),
                            baselines=[(2024, base)], targets=list(zip(YEARS, tg))))
            r += 1
        for c in (1, 2):
            ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
        xl_box(ws, r0, 1, r - 1, 9, st["grid"])
    xl_put(ws, r, 1, "Totale stanziamenti 2026", font=font(FN, 8, bold=True), border=st["grid"])
    xl_put(ws, r, 2, total, font=font(FN, 8, bold=True), border=st["grid"], fmt=NUM, halign="right")
    xl_box(ws, r, 1, r, 9, st["grid"])
    xl_fit_rows(ws, 5, r, pt=8, narrow=1.15)
    xl_page(ws, landscape=True, title_rows="4:4")
    d = case_dir23(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    f = finding("target.operator", FAULT, "operator changes in the last year: >= 85%, >= 88%, > 90%")
    write_truth(d, [doc(ORG, YEARS, kind="pira")], nodes, inds, findings=[f], resources_total=lo_show(total, NUM))
    readme13(d, NAME, "pira", LO_XLSX.format(script=SCRIPT), """
Landscape A4, DejaVu Sans Condensed 8 pt, full grid, printed by LibreOffice from one sheet. Title and subtitle, the
header `Obiettivo | Stanziamento 2026 (euro) | Indicatore | Tipologia | Metodo di calcolo | Valore 2024 | Target
2026-2028 | Missione | Programma`. The objective (`OB.1 – title`) and its resources (`#,##0.00`, no euro sign) are
the FIRST two columns, merged down over its indicators; MISSION AND PROGRAMME are the LAST two columns, REPEATED on
every indicator row as `010 – name` / `007 – name`. All three years sit in ONE cell as one flowing line
`Anno 2026: >= 10% / Anno 2027: >= 12% / Anno 2028: >= 15%`, wrapped where the column ends. A `Totale stanziamenti
2026` row.
Truth: objectives `strategic` with mission / programme codes from the last columns, resources as displayed
(`3.450.000,00`); indicators with type, formula over codes, baseline 2024 as printed, targets split at `Anno yyyy:`
and ` / `; resources_total = the total row.
""", ["mission and programme in the LAST columns, repeated on every row (not bands, not merged)",
      "all years in one cell on one flowing line separated by ` / `", "resources second column, merged, no euro sign",
      "objective code and title in one cell (`OB.1 – …`)", "landscape condensed sans, lilac header"],
     ["resources 3.450.000,00 + 780.000,00 + 265.400,50 = 4.495.400,50, as printed",
      "`<= 40 gg / <= 35 gg / <= 30 gg`: lower-is-better targets going down", "`<= 0` three years against a 1,2 gg "
      "baseline", "no weights in a PIRA", "mission and programme repeated on each row are the same objective's, not "
      "new objectives"],
     [f"`target.operator` on `{FAULT}`: `>= 85%`, `>= 88%`, then `> 90%` in 2028"])
    return NAME


if __name__ == "__main__":
    print(build())
