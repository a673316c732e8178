#!/usr/bin/python3
"""Genre: dashboard. Two cases:
- gen6-dashboard-chromium-1: a university's strategic dashboard, landscape, areas as PANELS laid out two by two
  (side-by-side tables), each panel with a coloured title strip carrying `Peso area 35%` on the right, a compact table
  `Cod. | Indicatore | 2023 | 2024 | 2025 | Target 2026 | Trend | Peso` (weight LAST, trend glyphs), three history
  years; a legend below; clean.
- gen6-dashboard-ods-1: a comune's dashboard kept as .ods: two-row header with `Serie storica` over 2023|2024|2025 and
  `Target` over 2026|2027|2028, area rows in coloured bands with code, title and weight, indicator codes `AR1.01`,
  history and targets as NUMBER cells (fractions with `0.0%` / `0%`, `0.0`, `0`, `#,##0`) without operators, a
  `Polarità` column; a legend sheet; clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (CHROMIUM, ODS, case_dir, chromium_pdf, doc, esc, genre_readme, html_page3, ind,  # noqa: E402
                     it_num, lo_convert, node, pct, q, td, th, write_truth, xl_box, xl_fit_rows, xl_page, xl_put,
                     xl_save, xl_styles)

SCRIPT = "gen6_dashboard.py"


def dashboard_chromium():
    name = "gen6-dashboard-chromium-1"
    org = "Università degli Studi di Pontelungo"
    # area: (code, title, weight, colour, indicators); indicator: (code, name, unit, [2023, 2024, 2025], target, trend,
    # weight)
    UP, DN, EQ = "▲ in miglioramento", "▼ in peggioramento", "► stabile"
    areas = [
        ("A", "Didattica", "35%", "#1d4e89", [
            ("A01", "Laureati regolari sul totale dei laureati", "%", ["62,4%", "64,0%", "65,1%"], "≥ 66%", UP, "40%"),
            ("A02", "Abbandoni tra il primo e il secondo anno", "%", ["11,8%", "10,9%", "10,2%"], "≤ 9,5%", UP, "30%"),
            ("A03", "CFU acquisiti al primo anno (media per studente)", None, ["33,1", "34,0", "35,2"], "≥ 36", UP,
             "30%")]),
        ("B", "Ricerca", "30%", "#7b2d26", [
            ("B01", "Proventi da ricerca competitiva per docente", "EUR", ["€ 21.400", "€ 23.150", "€ 24.800"],
             "≥ € 26.000", UP, "50%"),
            ("B02", "Prodotti della ricerca in riviste del primo quartile", "%", ["41%", "44%", "47%"], "≥ 48%", UP,
             "25%"),
            ("B03", "Dottorandi con borsa finanziata da enti esterni", "N.", ["n. 18", "n. 21", "n. 23"], "≥ n. 25",
             UP, "25%")]),
        ("C", "Terza missione", "15%", "#2f6b3a", [
            ("C01", "Brevetti attivi in portafoglio", None, ["27", "29", "31"], "≥ 33", UP, "33,33%"),
            ("C02", "Spin-off accreditati attivi", None, ["9", "10", "10"], "≥ 11", EQ, "33,33%"),
            ("C03", "Entrate da attività conto terzi (migliaia di euro)", None, ["1.842", "1.910", "2.034"],
             "≥ 2.100", UP, "33,34%")]),
        ("D", "Servizi e sostenibilità", "20%", "#6b4f1d", [
            ("D01", "Indicatore di tempestività dei pagamenti", "gg", ["3 gg", "-2 gg", "-4 gg"], "≤ -5 gg", UP,
             "40%"),
            ("D02", "Soddisfazione degli studenti per i servizi (scala 1-10)", None, ["7,1", "7,3", "7,2"], "≥ 7,5",
             DN, "30%"),
            ("D03", "Riduzione dei consumi di energia elettrica rispetto al 2019", "%", ["8%", "12%", "15%"], "≥ 18%",
             UP, "30%")]),
    ]
    css = """body { font-family: "Liberation Sans Narrow", "Liberation Sans", sans-serif; font-size: 9pt; color: #222; }
h1 { font-size: 15pt; margin: 0; font-weight: bold; } p.s { margin: 0.5mm 0 3mm 0; font-size: 10pt; color: #555; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 7mm; row-gap: 5mm; }
.panel { border: 0.6pt solid #bbb; break-inside: avoid; }
.strip { display: flex; justify-content: space-between; color: #fff; font-weight: bold; padding: 3pt 5pt; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; }
th { font-size: 7.5pt; color: #555; font-weight: bold; text-align: right; padding: 2pt 3pt; border-bottom: 0.6pt solid #bbb; }
th.l { text-align: left; }
td { padding: 2.5pt 3pt; text-align: right; vertical-align: top; border-bottom: 0.3pt dotted #ccc; white-space: nowrap; }
td.l:not(.c) { white-space: normal; }
td.l { text-align: left; } td.c { color: #666; width: 7mm; } td.t { font-weight: bold; }
td.tr { font-size: 7.5pt; white-space: nowrap; text-align: left; color: #444; }
p.leg { font-size: 8pt; color: #444; margin-top: 4mm; }"""
    panels, nodes, inds = [], [], []
    for acode, atitle, aw, col, ilist in areas:
        nodes.append(node(acode, "area", atitle, weight=aw))
        rows = []
        for icode, iname, unit, hist, tg, trend, iw in ilist:
            rows.append("<tr>" + td(icode, "l c") + td(iname, "l") + "".join(td(h) for h in hist) + td(tg, "t")
                        + td(trend, "tr") + td(iw) + "</tr>")
            inds.append(ind(iname, acode, code=icode, unit=unit, weight=iw,
                            baselines=list(zip([2023, 2024, 2025], hist)), targets=[(2026, tg)]))
        panels.append(f"<div class=panel><div class=strip style='background:{col}'><span>{acode} · {esc(atitle)}</span>"
                      f"<span>Peso area {aw}</span></div><table><thead><tr>" + th("Cod.", "l") + th("Indicatore", "l")
                      + th("2023") + th("2024") + th("2025") + th("Target 2026") + th("Trend", "l") + th("Peso")
                      + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>")
    body = (f"<h1>{esc(org)}</h1><p class=s>Cruscotto degli indicatori strategici – monitoraggio e target 2026</p>"
            f"<div class=grid>{''.join(panels)}</div>"
            "<p class=leg>Trend: andamento dell'ultimo triennio rispetto alla polarità dell'indicatore (▲ in "
            "miglioramento, ▼ in peggioramento, ► stabile). Peso: peso dell'indicatore nell'area; Peso area: peso "
            "dell'area nel cruscotto. Valori 2023-2025: dati consuntivi al 31 dicembre.</p>")
    h = html_page3(body, css, landscape=True, margin="12mm 12mm 12mm 12mm", bottom_right=q("Nucleo di valutazione – "
                   "dati aggiornati al 31/01/2026"), hf_font='7pt "Liberation Sans"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, [2026], kind="dashboard")], nodes, inds)
    genre_readme(d, name, "dashboard", CHROMIUM.format(script=SCRIPT), """
Landscape A4, one page, Liberation Sans Narrow 9 pt. Title (the university) and `Cruscotto degli indicatori strategici
– monitoraggio e target 2026`, then FOUR PANELS laid out two by two (a CSS grid): two tables stand SIDE BY SIDE on the
same lines. Each panel is a thin box with a coloured title strip `A · Didattica` on the left and `Peso area 35%` on the
right (truth: area code `A`, title `Didattica`, weight `35%`), then a compact table with light rules `Cod. | Indicatore
| 2023 | 2024 | 2025 | Target 2026 | Trend | Peso`: three history years (baselines 2023-2025), the 2026 target in
bold, a trend label (`▲ in miglioramento`, `▼ in peggioramento`, `► stabile`, not part of the truth) and the
indicator's weight LAST (`40%`, thirds `33,33%` + `33,33%` + `33,34%`). Areas weigh 35 + 30 + 15 + 20; indicator
weights sum to 100% per area. A legend paragraph under the grid; footer `Nucleo di valutazione – dati aggiornati al
31/01/2026`.
""", ["areas as panels two by two: side-by-side tables sharing text lines",
      "area weight in the panel title strip (`Peso area 35%`)",
      "weight as the last column; three history years; trend glyph column",
      "values `€ 21.400`, `n. 18` / `≥ n. 25`, negative days `-4 gg` / `≤ -5 gg`, scores `7,1`",
      "landscape, Liberation Sans Narrow 9 pt, no page header"], [])
    return name


def dashboard_ods():
    from openpyxl import Workbook
    name = "gen6-dashboard-ods-1"
    org = "Comune di Borgo Ardenza"
    P0, P1, F1, I0, N0 = "0%", "0.0%", "0.0", "0", "#,##0"
    # area: (code, title, weight, fill, indicators)
    # indicator: (code, name, unit, fmt history, [2023..2025], fmt targets, [2026..2028], polarity, weight, source)
    areas = [
        ("AR1", "Ambiente e territorio", 0.30, "E2EFDA", [
            ("AR1.01", "Raccolta differenziata dei rifiuti urbani", "%", P1, [0.612, 0.648, 0.671], P0,
             [0.70, 0.72, 0.75], "crescente", 0.50, "ISPRA – catasto rifiuti"),
            ("AR1.02", "Verde pubblico fruibile per abitante (mq)", None, F1, [9.8, 10.1, 10.4], F1,
             [10.8, 11.2, 11.5], "crescente", 0.25, "Ufficio verde"),
            ("AR1.03", "Tempo medio di rilascio dei permessi di costruire (giorni)", "gg", I0, [74, 69, 66], I0,
             [60, 55, 50], "decrescente", 0.25, "SUE")]),
        ("AR2", "Servizi sociali ed educativi", 0.40, "FCE4D6", [
            ("AR2.01", "Posti nido sul totale dei bambini da 0 a 2 anni", "%", P1, [0.284, 0.297, 0.305], P0,
             [0.33, 0.35, 0.37], "crescente", 0.40, "Servizi educativi"),
            ("AR2.02", "Anziani assistiti a domicilio", None, N0, [212, 228, 241], N0, [250, 260, 270], "crescente",
             0.30, "Servizi sociali"),
            ("AR2.03", "Domande di contributo affitto istruite entro 30 giorni", "%", P1, [0.78, 0.83, 0.86], P0,
             [0.90, 0.92, 0.95], "crescente", 0.30, "Servizi sociali")]),
        ("AR3", "Macchina comunale", 0.30, "DDEBF7", [
            ("AR3.01", "Capacità di riscossione delle entrate proprie", "%", P1, [0.742, 0.755, 0.768], P0,
             [0.78, 0.80, 0.82], "crescente", 0.40, "Ragioneria"),
            ("AR3.02", "Pratiche SUAP concluse nei termini", "%", P1, [0.91, 0.935, 0.947], P0, [0.96, 0.97, 0.98],
             "crescente", 0.30, "SUAP"),
            ("AR3.03", "Giorni medi di pagamento delle fatture", "gg", I0, [31, 28, 26], I0, [25, 24, 22],
             "decrescente", 0.30, "Ragioneria")]),
    ]

    def disp(v, f):
        if f == P0:
            return pct(v, 0)
        if f == P1:
            return pct(v, 1)
        if f == F1:
            return it_num(v, 1, group=False)
        if f == I0:
            return str(v)
        if f == N0:
            return it_num(v, 0)
        raise ValueError(f)

    S = xl_styles()
    Font, Side, Border = S["Font"], S["Side"], S["Border"]
    thin = Side(style="thin", color="A6A6A6")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = "Liberation Sans"
    f9, f9b = Font(name=F, size=9), Font(name=F, size=9, bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Cruscotto 2026"
    for k, v in {"A": 9, "B": 46, "C": 8, "D": 9, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 12, "K": 22}.items():
        ws.column_dimensions[k].width = v
    xl_put(ws, 1, 1, org.upper(), font=Font(name=F, size=13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Cruscotto degli indicatori di performance 2026-2028", font=Font(name=F, size=11), wrap=False)
    xl_put(ws, 3, 1, "Sezione Performance del PIAO – allegato al monitoraggio infrannuale", wrap=False,
           font=Font(name=F, size=9, italic=True))
    HB = "D9D9D9"
    for c, t in ((1, "Cod."), (2, "Area / Indicatore"), (3, "Peso"), (10, "Polarità"), (11, "Fonte del dato")):
        xl_put(ws, 5, c, t, font=f9b, fill=HB, border=grid, halign="center", valign="center")
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    xl_put(ws, 5, 4, "Serie storica", font=f9b, fill=HB, border=grid, halign="center")
    ws.merge_cells("D5:F5")
    xl_put(ws, 5, 7, "Target", font=f9b, fill=HB, border=grid, halign="center")
    ws.merge_cells("G5:I5")
    for c, y in zip(range(4, 10), range(2023, 2029)):
        xl_put(ws, 6, c, y, font=f9b, fill=HB, border=grid, halign="center", fmt="0")
    xl_box(ws, 5, 1, 6, 11, grid)
    r = 7
    nodes, inds = [], []
    for acode, atitle, aw, fill, ilist in areas:
        xl_put(ws, r, 1, acode, font=f9b, fill=fill, border=grid)
        xl_put(ws, r, 2, atitle.upper(), font=f9b, fill=fill, border=grid)
        xl_put(ws, r, 3, aw, font=f9b, fill=fill, border=grid, fmt=P0, halign="center")
        for c in range(4, 12):
            xl_put(ws, r, c, None, fill=fill, border=grid)
        nodes.append(node(acode, "area", atitle.upper(), weight=pct(aw, 0)))
        r += 1
        for icode, iname, unit, fh, hist, ft, tg, pol, iw, src in ilist:
            xl_put(ws, r, 1, icode, font=f9, border=grid)
            xl_put(ws, r, 2, iname, font=f9, border=grid, indent=1)
            xl_put(ws, r, 3, iw, font=f9, border=grid, fmt=P0, halign="center")
            for c, v in zip((4, 5, 6), hist):
                xl_put(ws, r, c, v, font=f9, border=grid, fmt=fh, halign="right")
            for c, v in zip((7, 8, 9), tg):
                xl_put(ws, r, c, v, font=f9b, border=grid, fmt=ft, halign="right")
            xl_put(ws, r, 10, pol, font=f9, border=grid, halign="center")
            xl_put(ws, r, 11, src, font=f9, border=grid)
            inds.append(ind(iname, acode, code=icode, unit=unit, weight=pct(iw, 0),
                            baselines=[(y, disp(v, fh)) for y, v in zip((2023, 2024, 2025), hist)],
                            targets=[(y, disp(v, ft)) for y, v in zip((2026, 2027, 2028), tg)]))
            r += 1
    xl_fit_rows(ws, 5, r - 1, pt=9)
    ws.freeze_panes = "C7"
    xl_page(ws, landscape=True, title_rows="5:6")
    ws.oddFooter.left.text = org
    ws.oddFooter.right.text = "Pagina &P"
    lg = wb.create_sheet("Legenda")
    lg.column_dimensions["A"].width = 100
    for i, t in enumerate(["Legenda",
                           "Polarità crescente: il risultato migliora quando il valore aumenta; decrescente: quando "
                           "diminuisce. Il target è il valore da raggiungere nell'anno.",
                           "Serie storica: valori consuntivi al 31 dicembre. Peso: peso dell'area nel cruscotto e "
                           "dell'indicatore nell'area."], 1):
        xl_put(lg, i, 1, t, font=f9b if i == 1 else f9)
    xl_fit_rows(lg, 1, 3, pt=9)
    d = case_dir(name)
    src = os.path.join(d, "input.xlsx")
    xl_save(wb, src)
    lo_convert(src, os.path.join(d, "input.ods"), "ods")
    os.remove(src)
    write_truth(d, [doc(org, [2026, 2027, 2028], kind="dashboard")], nodes, inds)
    genre_readme(d, name, "dashboard", ODS.format(script=SCRIPT), """
An ODS workbook with two sheets. `Cruscotto 2026`: three title rows (the Comune in capitals, `Cruscotto degli
indicatori di performance 2026-2028`, an italic line), then a TWO-ROW header `Cod. | Area / Indicatore | Peso | Serie
storica (2023 | 2024 | 2025) | Target (2026 | 2027 | 2028) | Polarità | Fonte del dato` (`Serie storica` and `Target`
merged over their year sub-headers, years as number cells; the others merged down). Areas are coloured band rows with
the code in `Cod.` (`AR1`), the title in capitals (`AMBIENTE E TERRITORIO`, truth title as displayed) and the area
weight (`30%`). Indicator rows: code `AR1.01`, name, weight, three history values and three targets, ALL NUMBER CELLS:
fractions with `0.0%` for history (0.612 → `61,2%`) and `0%` for targets (0.7 → `70%`), `0.0` (`10,4`), `0`
(`66`), `#,##0` (`241`). Targets carry NO operator: the direction is given by a `Polarità` column (`crescente` /
`decrescente`); every target is better than the last history value and gets harder each year. `Fonte del dato` is not
part of the truth. Panes frozen at C7; print titles 5:6. Sheet `Legenda`: three lines of prose.
""", ["ODS kept as the input; a second prose sheet",
      "targets as bare number cells without operator; polarity in words in its own column",
      "percentages stored as fractions (`0.0%` history, `0%` targets); `0.0`, `0`, `#,##0` formats",
      "two-row header with `Serie storica` and `Target` groups; three history years and three target years",
      "area bands with code, uppercase title and weight; indicator codes `AR1.01`"], [])
    return name


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "ods"]
    if "chromium" in which:
        print(dashboard_chromium())
    if "ods" in which:
        print(dashboard_ods())
