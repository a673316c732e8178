#!/usr/bin/python3
"""h9-dashboard-xlsx-1: a chamber of commerce's dashboard kept as an .xlsx workbook, one sheet per area.
Content invented. See the case README for the layout and the injected fault."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import XLSX, case_dir, doc, finding, ind, node, readme, vars_of, write_truth, xl_page, xl_put, xl_save  # noqa: E402

NAME = "h9-dashboard-xlsx-1"
ORG = "Camera di Commercio di Sile e Piave"
YEARS = [2026, 2027]
HIST = [2023, 2024, 2025]

# area: (code, title, weight, [kpi]); kpi: (code, name, formula, um, [(value, fmt, raw)]*3, [targets], weight, trend)
AREAS = [
    ("A", "Competitività e innovazione delle imprese", 0.40, [
        ("KA01", "Imprese coinvolte in iniziative di innovazione digitale", "N_Impr_Dig", "N.",
         [(412, "#,##0", "412"), (455, "#,##0", "455"), (498, "#,##0", "498")], ["≥ 520", "≥ 560"], 0.40, "▲"),
        ("KA02", "Quota di imprese attive che utilizzano il cassetto digitale", "Impr_Cassetto / Impr_Attive", "%",
         [(0.214, "0.0%", "21,4%"), (0.262, "0.0%", "26,2%"), (0.305, "0.0%", "30,5%")], ["≥ 32%", "≥ 35%"], 0.35, "▲"),
        ("KA03", "Contributi erogati alle imprese del territorio", "Contr_Erogati", "EUR",
         [(1180000, '#,##0 "€"', "1.180.000 €"), (1245000, '#,##0 "€"', "1.245.000 €"),
          (1310000, '#,##0 "€"', "1.310.000 €")], ["≥ 1.350.000 €", "≥ 1.400.000 €"], 0.25, "▲"),
    ]),
    ("B", "Regolazione e tutela del mercato", 0.35, [
        ("KB01", "Tempo medio di evasione delle pratiche del Registro delle imprese", "GG_Evas / N_Prat", "gg",
         [(3.9, "0.0", "3,9"), (3.4, "0.0", "3,4"), (3.1, "0.0", "3,1")], ["≤ 3,0", "≤ 2,8"], 0.50, "▼"),
        ("KB02", "Controlli su prodotti e strumenti di misura", "N_Controlli", "N.",
         [(1105, "#,##0", "1.105"), (1180, "#,##0", "1.180"), (1232, "#,##0", "1.232")], ["≥ 1.250", "= 1.300"], 0.50, "▲"),
    ]),
    ("C", "Efficienza e sostenibilità dell'ente", 0.25, [
        ("KC01", "Margine di struttura", "Prov_Strutt / Oneri_Strutt", "N.",
         [(1.12, "0.00", "1,12"), (1.08, "0.00", "1,08"), (1.15, "0.00", "1,15")], ["≥ 1,16", "≥ 1,18"], 0.30, "="),
        ("KC02", "Tempo medio di pagamento dei fornitori", "GG_Pag_Forn", "gg",
         [(24, "0", "24"), (19, "0", "19"), (17, "0", "17")], ["≤ 16", "≤ 15"], 0.30, "▼"),
        ("KC03", "Dipendenti che hanno partecipato ad almeno un corso di formazione", "Dip_Formati / Dip_Totali", "%",
         [(0.78, "0%", "78%"), (0.84, "0%", "84%"), (0.91, "0%", "91%")], ["≥ 92%", "≥ 94%"], 0.40, "▲"),
    ]),
]


def main():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side
    d = case_dir(NAME)
    wb = Workbook()
    F = "Calibri"
    thin = Side(style="thin", color="A6A6A6")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    hf = Font(name=F, size=9, bold=True, color="FFFFFF")
    nodes, inds = [], []

    ws = wb.active
    ws.title = "Sintesi"
    xl_put(ws, 1, 1, ORG, font=Font(name=F, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Cruscotto di ente 2026-2027 – quadro di sintesi delle aree", font=Font(name=F, size=10), wrap=False)
    for c, h in enumerate(["Area", "Denominazione", "Peso dell'area", "N. KPI", "Foglio di dettaglio"], 1):
        xl_put(ws, 4, c, h, font=hf, fill="0F5257", border=grid, halign="center", valign="center")
    for i, (ac, at, aw, ks) in enumerate(AREAS):
        r = 5 + i
        xl_put(ws, r, 1, ac, font=Font(name=F, size=9, bold=True), border=grid, halign="center")
        xl_put(ws, r, 2, at, font=Font(name=F, size=9), border=grid)
        xl_put(ws, r, 3, aw, font=Font(name=F, size=9), border=grid, fmt="0%", halign="right")
        xl_put(ws, r, 4, len(ks), font=Font(name=F, size=9), border=grid, halign="right")
        xl_put(ws, r, 5, f"Area {ac}", font=Font(name=F, size=9, italic=True, color="0F5257"), border=grid)
        nodes.append(node(ac, "area", at, weight=f"{round(aw * 100)}%"))
    r = 5 + len(AREAS)
    xl_put(ws, r, 2, "Totale", font=Font(name=F, size=9, bold=True), border=grid)
    xl_put(ws, r, 3, 1.0, font=Font(name=F, size=9, bold=True), border=grid, fmt="0%", halign="right")
    xl_put(ws, r, 4, sum(len(a[3]) for a in AREAS), font=Font(name=F, size=9, bold=True), border=grid, halign="right")
    for col, w in zip("ABCDE", [7, 46, 14, 8, 18]):
        ws.column_dimensions[col].width = w
    xl_page(ws, landscape=False)

    for ac, at, aw, ks in AREAS:
        s = wb.create_sheet(f"Area {ac}")
        xl_put(s, 1, 1, f"Area {ac} – {at}", font=Font(name=F, size=12, bold=True, color="0F5257"), wrap=False)
        xl_put(s, 2, 1, "Indicatori, serie storica e valori attesi", font=Font(name=F, size=9, italic=True), wrap=False)
        heads = ["KPI", "Indicatore", "Formula", "U.M.", "Peso KPI"]
        for c, h in enumerate(heads, 1):
            xl_put(s, 4, c, h, font=hf, fill="0F5257", border=grid, halign="center", valign="center")
            s.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
            xl_put(s, 5, c, None, fill="0F5257", border=grid)
        xl_put(s, 4, 6, "Andamento", font=hf, fill="0F5257", border=grid, halign="center")
        s.merge_cells("F4:H4")
        xl_put(s, 4, 9, "Atteso", font=hf, fill="1B7F86", border=grid, halign="center")
        s.merge_cells("I4:J4")
        xl_put(s, 4, 11, "Trend", font=hf, fill="0F5257", border=grid, halign="center", valign="center")
        s.merge_cells("K4:K5")
        for c in (7, 8, 10):
            xl_put(s, 4, c, None, fill="0F5257", border=grid)
        xl_put(s, 5, 11, None, fill="0F5257", border=grid)
        for c, y in zip(range(6, 11), HIST + YEARS):
            xl_put(s, 5, c, y, font=hf, fill="0F5257" if y in HIST else "1B7F86", border=grid, halign="center", fmt="0")
        for i, (kc, kn, kf, um, hist, tg, kw, trend) in enumerate(ks):
            r = 6 + i
            fill = "EAF4F4" if i % 2 else None
            f = Font(name=F, size=9)
            xl_put(s, r, 1, kc, font=Font(name=F, size=9, bold=True), fill=fill, border=grid)
            xl_put(s, r, 2, kn, font=f, fill=fill, border=grid)
            xl_put(s, r, 3, kf, font=Font(name="Consolas", size=8), fill=fill, border=grid)
            xl_put(s, r, 4, um, font=f, fill=fill, border=grid, halign="center")
            xl_put(s, r, 5, kw, font=f, fill=fill, border=grid, fmt="0%", halign="right")
            for c, (v, fmt, _) in zip((6, 7, 8), hist):
                xl_put(s, r, c, v, font=f, fill=fill, border=grid, fmt=fmt, halign="right")
            for c, t in zip((9, 10), tg):
                xl_put(s, r, c, t, font=Font(name=F, size=9, bold=True), fill=fill, border=grid, halign="right")
            xl_put(s, r, 11, trend, font=f, fill=fill, border=grid, halign="center")
            s.row_dimensions[r].height = 26
            inds.append(ind(kn, ac, code=kc, unit=um, weight=f"{round(kw * 100)}%", formula=kf, variables=vars_of(kf),
                            baselines=[(y, h[2]) for y, h in zip(HIST, hist)], targets=list(zip(YEARS, tg))))
        for col, w in zip("ABCDEFGHIJK", [7, 40, 24, 6, 8, 11, 11, 11, 13, 13, 6]):
            s.column_dimensions[col].width = w
        s.freeze_panes = "C6"
        s.auto_filter.ref = f"A5:K{5 + len(ks)}"
        xl_page(s, landscape=True, title_rows="4:5")
    nt = wb.create_sheet("Note")
    xl_put(nt, 1, 1, "Note metodologiche", font=Font(name=F, size=11, bold=True), wrap=False)
    notes = ["Le serie storiche riportano i valori consuntivi al 31 dicembre di ciascun anno.",
             "I valori attesi indicano la soglia da raggiungere: ≥ valore minimo, ≤ valore massimo.",
             "Trend: ▲ indicatore da aumentare, ▼ indicatore da ridurre, = indicatore da mantenere."]
    for i, t in enumerate(notes):
        xl_put(nt, 3 + i, 1, t, font=Font(name=F, size=9), wrap=False)
    xl_save(wb, os.path.join(d, "input.xlsx"))

    findings = [finding("target.operator", "KB02", "KB02: operator changes from ≥ (2026) to = (2027) without reason")]
    write_truth(d, [doc(ORG, YEARS, kind="dashboard")], nodes, inds, findings)
    readme(d, NAME, "Genre: **dashboard**", XLSX.format(script="h9_dashboard.py"), """
Workbook kept as .xlsx (Calibri 9), FIVE sheets. `Sintesi`: the chamber, `Cruscotto di ente 2026-2027 – quadro di
sintesi delle aree`, and a small table `Area | Denominazione | Peso dell'area | N. KPI | Foglio di dettaglio` (areas
`A`, `B`, `C`, weights as fractions with format `0%`, a `Totale` row 100%). ONE SHEET PER AREA (`Area A`, `Area B`,
`Area C`): a title `Area A – <name>` (the same name as in Sintesi, without the weight), an italic subtitle, and a
two-row header (white on teal) `KPI | Indicatore | Formula | U.M. | Peso KPI | Andamento (2023 | 2024 | 2025) |
Atteso (2026 | 2027) | Trend`; year headers are number cells; AutoFilter, frozen panes at C6, zebra rows. History
values are NUMBER cells with formats (`0.0%` → `26,2%`, `#,##0` → `1.232`, `#,##0 "€"` → `1.310.000 €`, `0.00` →
`1,15`, `0.0` → `3,1`); targets are text with Unicode operators (`≥ 1.350.000 €`, `≤ 3,0`); `Trend` glyphs ▲ ▼ =.
A `Note` sheet with three lines of method notes. Truth: areas (level `area`, weights from Sintesi) with their KPIs
(code, formula, unit, weight, baselines 2023-2025, targets 2026-2027).
""", [
        "input: `input.xlsx`", "one sheet per area, area weights on a separate summary sheet",
        "`Andamento` / `Atteso` bands instead of baseline/target words", "number cells with Italian display formats",
        "euro amounts with the sign after the number", "frozen panes, AutoFilter, print titles",
    ], ["`target.operator` on `KB02`: `≥ 1.250` for 2026 becomes `= 1.300` for 2027"])


if __name__ == "__main__":
    main()
