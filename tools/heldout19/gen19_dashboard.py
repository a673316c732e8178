#!/usr/bin/python3
"""h19-dashboard-lo-1: a health-protection agency's (ATS) dashboard 2026-2028, an openpyxl workbook printed to PDF by
LibreOffice. Portrait, C059 (Century Schoolbook) 8.5 pt, outer box and horizontal hairlines only. Areas are band rows
`D1 – …` (no area weight); indicators numbered 1…12 across the whole sheet; `Peso %` bare integers within the area;
the HISTORY IN ONE CELL (`72% / 75% / 78%`) under a `Serie storica` header whose second row reads `2022 / 2023 /
2024`; three `Valori obiettivo` year columns; `Fonte` last. One fault: target.unambitious (indicator 5: latest value
78%, first target `≥ 76%`). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import (LO_XLSX, case_dir, doc, finding, font, ind, lo_pdf_of, node, readme13, widths,  # noqa: E402
                      write_truth, xl_fit_rows, xl_page, xl_put, xl_styles)

SCRIPT = "gen19_dashboard.py"
NAME = "h19-dashboard-lo-1"
ORG = "ATS – Agenzia di Tutela della Salute della Valle dell'Adda"
YEARS = [2026, 2027, 2028]
HIST = [2022, 2023, 2024]
FONT = "C059"
# area: (code, title, [(n, name, printed unit, truth unit, weight, [h2022, h2023, h2024], [targets], source)])
AREAS = [
    ("D1", "Prevenzione e promozione della salute", [
        ("1", "Copertura vaccinale MPR a 24 mesi", "%", "%", "30", ["93,1%", "94,0%", "94,6%"],
         ["≥ 95%", "≥ 95%", "≥ 95%"], "Anagrafe vaccinale regionale"),
        ("2", "Adesione allo screening del colon-retto", "%", "%", "25", ["41%", "44%", "47%"],
         ["≥ 50%", "≥ 53%", "≥ 55%"], "Registro screening"),
        ("3", "Imprese controllate per la sicurezza sul lavoro sul totale delle imprese attive", "%", "%", "25",
         ["4,8%", "5,1%", "5,3%"], ["≥ 5,5%", "≥ 5,5%", "≥ 6%"], "Sistema informativo prevenzione"),
        ("4", "Controlli ufficiali sugli alimenti eseguiti sul programmato", "%", "%", "20", ["92%", "96%", "98%"],
         ["≥ 98%", "≥ 98%", "≥ 98%"], "Sistema informativo veterinario")]),
    ("D2", "Governo dell'offerta e tempi di attesa", [
        ("5", "Prime visite in classe B garantite entro 10 giorni", "%", "%", "40", ["72%", "75%", "78%"],
         ["≥ 76%", "≥ 80%", "≥ 85%"], "Flusso MOSA"),
        ("6", "Tempo medio di attesa per una risonanza magnetica muscolo-scheletrica", "giorni", "gg", "30",
         ["64", "58", "55"], ["≤ 50", "≤ 45", "≤ 40"], "CUP regionale"),
        ("7", "Strutture accreditate sottoposte a verifica dei requisiti", "n.", "N.", "30", ["38", "41", "40"],
         ["≥ 42", "≥ 44", "≥ 46"], "Ufficio accreditamento")]),
    ("D3", "Integrazione socio-sanitaria", [
        ("8", "Anziani over 75 assistiti in ADI sul totale dei residenti over 75", "%", "%", "50",
         ["8,2%", "8,9%", "9,4%"], ["≥ 10%", "≥ 10,5%", "≥ 11%"], "Flusso SIAD"),
        ("9", "Progetti individuali per persone con disabilità attivati entro 60 giorni", "%", "%", "50",
         ["n.d.", "67%", "71%"], ["≥ 75%", "≥ 80%", "≥ 85%"], "Cartella sociale informatizzata")]),
    ("D4", "Sostenibilità ed efficienza", [
        ("10", "Spesa farmaceutica convenzionata pro capite", "€", "EUR", "40", ["151,20", "148,75", "146,10"],
         ["≤ 145,00", "≤ 143,00", "≤ 141,00"], "Sistema Tessera Sanitaria"),
        ("11", "Indicatore annuale di tempestività dei pagamenti", "giorni", "gg", "30", ["-4", "-6", "-7"],
         ["≤ -7", "≤ -7", "≤ -7"], "Piattaforma crediti commerciali"),
        ("12", "Fatture elettroniche registrate entro 10 giorni dal ricevimento", "%", "%", "30",
         ["88%", "90%", "93%"], ["≥ 93%", "≥ 95%", "≥ 95%"], "Contabilità generale")]),
]


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side
    st = xl_styles()
    hair = Side(style="hair", color="777777")
    med = Side(style="medium", color="000000")
    wb = Workbook()
    ws = wb.active
    ws.title = "Cruscotto"
    widths(ws, [5, 44, 7, 7, 22, 9, 9, 9, 22])
    xl_put(ws, 1, 1, ORG, font=font(FONT, 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Cruscotto degli indicatori di performance – valori obiettivo 2026-2028",
           font=font(FONT, 9.5, italic=True), wrap=False)
    hb = Border(top=med, bottom=hair)
    h1 = ["N.", "Indicatore", "U.M.", "Peso %", "Serie storica", "Valori obiettivo", None, None, "Fonte"]
    h2 = [None, None, None, None, "2022 / 2023 / 2024", "2026", "2027", "2028", None]
    for c, (a, b) in enumerate(zip(h1, h2), 1):
        xl_put(ws, 4, c, a, font=font(FONT, 8.5, bold=True), border=hb, halign="center", valign="center")
        xl_put(ws, 5, c, b, font=font(FONT, 8.5, bold=True), border=Border(bottom=med), halign="center")
    for c in (1, 2, 3, 4, 9):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=8)
    r = 6
    nodes, inds = [], []
    rb = Border(bottom=hair)
    for acode, atitle, rows in AREAS:
        nodes.append(node(acode, "area", atitle))
        xl_put(ws, r, 1, f"{acode} – {atitle}", font=font(FONT, 9, bold=True), fill="E4E9D8", border=rb, wrap=False)
        for c in range(2, 10):
            xl_put(ws, r, c, None, fill="E4E9D8", border=rb)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for n, iname, pum, um, w, hist, tg, src in rows:
            vals = [n, iname, pum, w, " / ".join(hist)] + tg + [src]
            for c, v in enumerate(vals, 1):
                xl_put(ws, r, c, v, font=font(FONT, 8.5), border=rb, halign="center" if c not in (2, 9) else None)
            inds.append(ind(iname, acode, code=n, unit=um, weight=w, baselines=list(zip(HIST, hist)),
                            targets=list(zip(YEARS, tg))))
            r += 1
    last = r - 1
    for c in range(1, 10):
        cell = ws.cell(row=last, column=c)
        cell.border = Border(bottom=med)
    xl_put(ws, r + 1, 1, "Peso %: peso dell'indicatore all'interno dell'ambito. Serie storica: valori 2022, 2023 e "
           "2024 separati da una barra; n.d. = non disponibile.", font=font(FONT, 7.5, italic=True), wrap=False)
    xl_fit_rows(ws, 6, last, pt=8.5)
    xl_page(ws, landscape=False, title_rows="4:5", margins=0.45)
    d = case_dir(NAME)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"), stem="cruscotto")
    f = finding("target.unambitious", "5", "first target >= 76% (2026) is below the latest value 78% (2024)")
    write_truth(d, [doc(ORG, YEARS, kind="dashboard")], nodes, inds, findings=[f])
    readme13(d, NAME, "dashboard", LO_XLSX.format(script=SCRIPT), """
Portrait A4, C059 (Century Schoolbook) 8.5 pt; no vertical rules: a heavy rule over and under the two-row header,
hairlines under each row, a heavy rule at the end. Header `N. | Indicatore | U.M. | Peso % | Serie storica |
Valori obiettivo (2026 | 2027 | 2028) | Fonte`; the `Serie storica` column holds the THREE past values in ONE cell
joined by ` / ` (`72% / 75% / 78%`), its years only in the second header row (`2022 / 2023 / 2024`). Areas are
green band rows `D1 – title` merged across the sheet (no weight). Indicators numbered 1…12 through the sheet; `Peso %` bare integers summing
to 100 within each area; `U.M.` in words or symbols (`%`, `giorni`, `n.`, `€`). Header rows repeated on page 2 if
any. Truth: areas `area` (`D1`…), indicators coded by their number, weight raw `30`, baselines 2022-2024 split from
the one cell (`n.d.` kept), unit `giorni` → `gg`, `n.` → `N.`, `€` → `EUR`.
""", ["history as ONE cell with three values joined by ` / `, years only in the header",
      "indicators numbered through the sheet (`1`…`12`), areas coded `D1`…",
      "`Peso %` bare integers, within the area", "no vertical rules; heavy/hairline horizontal rules",
      "C059 serif font, portrait", "`Fonte` last"],
     ["weights 30 + 25 + 25 + 20, 40 + 30 + 30, 50 + 50, 40 + 30 + 30: 100 within each area, no area weights",
      "indicator 4: `≥ 98%` three years with a latest value of `98%` — maintenance at the baseline",
      "indicator 11: `≤ -7` three years with latest `-7` (negative days: paying early); lower is better",
      "`≤ 50 / ≤ 45 / ≤ 40` and `≤ 145,00 / ≤ 143,00 / ≤ 141,00`: lower-is-better targets going down",
      "indicator 7: history dips `41` → `40`; the first target `≥ 42` is above the latest value",
      "`n.d.` in the 2022 history of indicator 9"],
     ["`target.unambitious` on indicator `5`: latest value `78%` (2024), first target `≥ 76%` (2026) — easier "
      "than what was already achieved"])
    return NAME


if __name__ == "__main__":
    print(build())
