#!/usr/bin/python3
"""h11-dashboard-xlsx-1: indicator dashboard of a comune, kept as .xlsx (an Excel table object).
Content invented. See the case README for the layout and the injected fault."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import XLSX, case_dir, doc, finding, ind, node, readme, vars_of, write_truth, xl_save  # noqa: E402

NAME = "h11-dashboard-xlsx-1"
ORG = "Comune di Rocca Serena"
HIST = [2023, 2024, 2025]
YEARS = [2026, 2027, 2028]
FAULT = "K05"

# kpi: (code, name, formula, um, um_truth, weight, [(value, raw) x3], fmt, [targets], source)
AREAS = [
    ("01", "Città sicura e vivibile", 0.40, "40%", [
        ("K01", "Incidenti stradali con feriti sul territorio comunale", "N_INC_FERITI", "n.", "N.", 0.35,
         [(212, "212"), (198, "198"), (187, "187")], "#,##0", ["≤ 180", "≤ 170", "≤ 160"], "Polizia locale"),
        ("K02", "Tempo medio di intervento della polizia locale su chiamata", "MIN_INTERV_TOT / N_CHIAMATE", "min",
         "min", 0.35, [(19.4, "19,4"), (18.1, "18,1"), (17.6, "17,6")], "0.0", ["≤ 17,0", "≤ 16,0", "≤ 15,0"],
         "Centrale operativa"),
        ("K03", "Verde pubblico fruibile per abitante", "MQ_VERDE / RESIDENTI", "mq/ab", "mq/ab", 0.30,
         [(18.2, "18,2"), (18.9, "18,9"), (19.3, "19,3")], "0.0", ["≥ 19,5", "≥ 20,0", "≥ 20,5"], "Ufficio Ambiente"),
    ]),
    ("02", "Servizi alla persona e alla famiglia", 0.35, "35%", [
        ("K04", "Copertura della domanda di posti nei nidi d'infanzia", "POSTI_NIDO / DOMANDE_NIDO", "%", "%", 0.40,
         [(0.812, "81,2%"), (0.845, "84,5%"), (0.861, "86,1%")], "0.0%", ["≥ 88%", "≥ 90%", "≥ 92%"],
         "Servizi educativi"),
        ("K05", "Anziani soli seguiti dal servizio di assistenza domiciliare", "N_ANZ_SAD", "n.", "N.", 0.30,
         [(146, "146"), (158, "158"), (171, "171")], "#,##0", ["≥ 180", "≥ 175", "≥ 170"], "Servizi sociali"),
        ("K06", "Tempo medio di erogazione del contributo affitti", "GG_EROG / N_CONTRIB", "gg", "gg", 0.30,
         [("N/D", "N/D"), (64, "64 gg"), (57, "57 gg")], '0" gg"', ["≤ 50 gg", "≤ 45 gg", "≤ 40 gg"],
         "Servizi sociali"),
    ]),
    ("03", "Ente efficiente e trasparente", 0.25, "25%", [
        ("K07", "Indicatore annuale di tempestività dei pagamenti", "GG_RIT_POND / IMP_PAGATO", "gg", "gg", 0.30,
         [(-3, "-3"), (-5, "-5"), (-8, "-8")], "0", ["≤ -8", "≤ -9", "≤ -10"], "Ragioneria"),
        ("K08", "Pratiche edilizie presentate attraverso lo sportello online", "PRAT_ONLINE / PRAT_TOT", "%", "%", 0.30,
         [(0.64, "64%"), (0.79, "79%"), (0.93, "93%")], "0%", ["≥ 95%", "≥ 97%", "≥ 98%"], "SUE"),
        ("K09", "Riscossione della TARI di competenza", "TARI_RISC / TARI_ACC", "%", "%", 0.40,
         [(0.842, "84,2%"), (0.857, "85,7%"), (0.863, "86,3%")], "0.0%", ["≥ 87%", "≥ 88%", "≥ 89%"], "Tributi"),
    ]),
]


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.table import Table, TableStyleInfo
    d = case_dir(NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Cruscotto"
    ws["A1"] = ORG
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Cruscotto degli indicatori di performance – serie 2023-2025 e target 2026-2028"
    ws["A2"].font = Font(name="Calibri", size=11)
    ws["A3"] = "Fonte: sistema di controllo di gestione. Pesi in percentuale; i target sono valori annuali."
    ws["A3"].font = Font(name="Calibri", size=9, italic=True)
    hdr = ["Cod. area", "Area strategica", "Peso area", "Cod. KPI", "Indicatore", "Formula", "U.M.", "Peso KPI",
           "Valore 2023", "Valore 2024", "Valore 2025", "Target 2026", "Target 2027", "Target 2028", "Fonte"]
    widths = [9, 28, 9, 9, 44, 28, 8, 9, 11, 11, 11, 12, 12, 12, 18]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    R0 = 5
    for c, h in enumerate(hdr, 1):
        ws.cell(row=R0, column=c, value=h).alignment = Alignment(wrap_text=True, vertical="center")
    r = R0 + 1
    nodes, inds = [], []
    for ac, at, aw, awr, ks in AREAS:
        nodes.append(node(ac, "area", at, weight=awr))
        for kc, kn, kf, um, umt, kw, hist, fmt, tg, src in ks:
            vals = [ac, at, aw, kc, kn, kf, um, kw] + [v for v, _ in hist] + tg + [src]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.font = Font(name="Calibri", size=10)
                cell.alignment = Alignment(wrap_text=c in (2, 5, 6), vertical="top")
                if c in (3, 8):
                    cell.number_format = "0%"
                elif 9 <= c <= 11 and not isinstance(v, str):
                    cell.number_format = fmt
                if 9 <= c <= 14:
                    cell.alignment = Alignment(horizontal="right", vertical="top")
            inds.append(ind(kn, ac, code=kc, unit=umt, weight=f"{round(kw * 100)}%", formula=kf, variables=vars_of(kf),
                            baselines=[(y, raw) for y, (_, raw) in zip(HIST, hist)], targets=list(zip(YEARS, tg)),
                            owners=[]))
            r += 1
    tab = Table(displayName="Cruscotto2026", ref=f"A{R0}:{chr(64 + len(hdr))}{r - 1}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True, showColumnStripes=False)
    ws.add_table(tab)
    ws.freeze_panes = f"F{R0 + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws2 = wb.create_sheet("Legenda")
    for i, line in enumerate([
            "Legenda",
            "Valore 2023-2025: dato di consuntivo al 31 dicembre; N/D = dato non disponibile.",
            "Target 2026-2028: valore atteso; ≥ indica un valore minimo, ≤ un valore massimo.",
            "Peso area: rilevanza dell'area nella performance dell'ente; Peso KPI: rilevanza dell'indicatore nell'area."], 1):
        ws2.cell(row=i, column=1, value=line).font = Font(name="Calibri", size=10, bold=(i == 1))
    ws2.column_dimensions["A"].width = 100
    xl_save(wb, os.path.join(d, "input.xlsx"))
    findings = [finding("target.declining", FAULT, "targets ≥ 180, ≥ 175, ≥ 170: easier each year")]
    write_truth(d, [doc(ORG, YEARS, kind="dashboard")], nodes, inds, findings)
    readme(d, NAME, "Genre: **dashboard**", XLSX.format(script="h11_dashboard.py"), """
Workbook kept as .xlsx, two sheets. `Cruscotto`: three title lines in A1:A3 (the Comune; `Cruscotto degli
indicatori di performance – serie 2023-2025 e target 2026-2028`; an italic source note), then from row 5 an EXCEL
TABLE OBJECT (ListObject `Cruscotto2026`, style TableStyleMedium9, banded rows, filter buttons, no merged cells) with
the header `Cod. area | Area strategica | Peso area | Cod. KPI | Indicatore | Formula | U.M. | Peso KPI | Valore 2023
| Valore 2024 | Valore 2025 | Target 2026 | Target 2027 | Target 2028 | Fonte`. ONE ROW PER KPI: the area code, name
and weight are REPEATED on every row of the area (no area rows). Weights are fractions with format `0%`; past values
are number cells with display formats (`#,##0`, `0.0`, `0.0%`, `0%`, `0" gg"`, `0` for negatives) or the text
`N/D`; targets are text with Unicode operators (`≤ 180`, `≥ 19,5`, `≤ -8`). Frozen panes at F6; landscape fit to
width. `Legenda` sheet with four lines. Truth: areas (level `area`, code `01`, weight from `Peso area` once) and KPIs
(code, formula, unit, weight, baselines 2023-2025 as displayed, targets 2026-2028).
""", [
        "input: `input.xlsx`",
        "Excel table object with repeated area columns instead of area rows or sheets",
        "history values as number cells with several display formats and an `N/D` text cell",
        "units `n.`, `min`, `mq/ab`, `%`, `gg`",
        "negative values (payment timeliness) with `≤` targets",
    ], [f"`target.declining` on `{FAULT}`: `≥ 180`, `≥ 175`, `≥ 170` (the target falls each year)"])


if __name__ == "__main__":
    main()
