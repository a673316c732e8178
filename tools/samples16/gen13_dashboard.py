#!/usr/bin/python3
"""Dashboards (indicators by area with historical values and targets per year), four cases:

- gen13-dashboard-chromium-1: a chamber of commerce; one CARD per indicator, two cards a row, under area section
  headings with a `peso area` pill; each card a mini-table `Serie storica 2022-2024 | Target 2026-2028`, polarity
  glyph and word (`▲ crescente`, `▼ decrescente`, `● mantenimento`), `n.d.`. Clean.
- gen13-dashboard-xlsx-1: a university; ACADEMIC YEARS (`a.a. 2021/22` …); area code+title and area weight as two
  MERGED COLUMNS; arrows `↑` `↓` `=` in a `Verso` column; history number cells with per-row formats; targets text;
  indicator weights `0.0%` (33,3 / 33,3 / 33,4). Clean.
- gen13-dashboard-reportlab-1: a waste-management authority; one PANEL per area, TRANSPOSED (indicators as columns,
  attributes as rows: `Codice`, `Indicatore`, …, `Consuntivo 2022` … `Target 2027`); spaced percents `40 %`.
  Fault: target.unambitious (`A-01`, lower is better: 2024 = 3,6, target 2025 `≤ 3,9`).
- gen13-dashboard-lo-1: a chamber of commerce; area BAND rows with the weight inside the text `(peso 30%)`,
  objective rows with their weight, indicator rows; FIVE history years 2020-2024 + targets 2025-2027; `(+)` `(–)`
  `(=)` polarity; `n.d.`; header repeated after a manual break. Clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common16 import (CHROMIUM, LO_XLSX, REPORTLAB, XLSX, case_dir, chromium_pdf, doc, esc, finding, font,  # noqa: E402
                      html_page3, ind, lo_pdf_of, node, q, readme13, rl_fonts, rl_p, show, widths, write_truth,
                      xl_box, xl_fit_rows, xl_page, xl_put, xl_save, xl_styles)

SCRIPT = "gen13_dashboard.py"


# ============================================================ 1. Chromium: cards

def case_chromium():
    name = "gen13-dashboard-chromium-1"
    org = "Camera di Commercio Industria Artigianato e Agricoltura del Basso Tirreno"
    hy, ty = [2022, 2023, 2024], [2026, 2027, 2028]
    UP, DOWN, FLAT = "▲ crescente", "▼ decrescente", "● mantenimento"
    areas = [
        ("AS.1", "Competitività e digitalizzazione delle imprese", "40%", [
            ("KPI 1.01", "Imprese assistite dal Punto Impresa Digitale", "n.", "N.", UP, "40%",
             ["286", "341", "372"], ["≥ 380", "≥ 400", "≥ 420"], "Infocamere – Dintel"),
            ("KPI 1.02", "Imprese partecipanti a iniziative di internazionalizzazione", "n.", "N.", UP, "30%",
             ["n.d.", "118", "131"], ["≥ 135", "≥ 140", "≥ 145"], "CRM camerale"),
            ("KPI 1.03", "Grado di utilizzo delle risorse stanziate per voucher", "%", "%", UP, "30%",
             ["78,2%", "83,5%", "88,9%"], ["≥ 90%", "≥ 90%", "≥ 92%"], "Contabilità camerale")]),
        ("AS.2", "Regolazione e tutela del mercato", "35%", [
            ("KPI 2.01", "Tempo medio di evasione delle pratiche telematiche", "giorni", "gg", DOWN, "50%",
             ["4,6", "4,1", "3,7"], ["≤ 3,5", "≤ 3,2", "≤ 3,0"], "Infocamere – Priamo"),
            ("KPI 2.02", "Tasso di sospensione delle pratiche del Registro imprese", "%", "%", DOWN, "25%",
             ["12,4%", "11,0%", "10,2%"], ["≤ 10%", "≤ 9,5%", "≤ 9%"], "Infocamere – Priamo"),
            ("KPI 2.03", "Strumenti metrici verificati sul totale dei richiesti", "%", "%", FLAT, "25%",
             ["100%", "100%", "100%"], ["= 100%", "= 100%", "= 100%"], "Eureka")]),
        ("AS.3", "Efficienza ed economicità della Camera", "25%", [
            ("KPI 3.01", "Indice di equilibrio strutturale", "%", "%", UP, "33,33%",
             ["3,1%", "4,8%", "5,2%"], ["≥ 5,5%", "≥ 5,5%", "≥ 6%"], "Bilancio d'esercizio"),
            ("KPI 3.02", "Tempo medio di pagamento dei fornitori", "giorni", "gg", DOWN, "33,33%",
             ["22", "19", "17"], ["≤ 17", "≤ 16", "≤ 15"], "PCC – MEF"),
            ("KPI 3.03", "Costi di funzionamento sui proventi correnti", "%", "%", DOWN, "33,34%",
             ["31,5%", "30,2%", "n.d."], ["≤ 30%", "≤ 29,5%", "≤ 29%"], "Bilancio d'esercizio")]),
    ]
    css = """
body { font-family: "DejaVu Sans"; font-size: 7.6pt; color: #1d1d1d; }
h1 { font-size: 14pt; margin: 0; color: #173f5f; } .sub { margin: 2pt 0 8pt 0; font-size: 8.5pt; }
.area { margin: 10pt 0 5pt 0; border-left: 5pt solid #20639b; padding: 3pt 6pt; background: #eef3f7;
  font-size: 10pt; font-weight: bold; page-break-after: avoid; }
.pill { float: right; background: #20639b; color: #fff; border-radius: 8pt; padding: 1pt 7pt; font-size: 8pt; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6pt; }
.card { border: 0.8pt solid #9fb3c4; border-radius: 4pt; padding: 4pt 5pt; page-break-inside: avoid; }
.hd { display: flex; justify-content: space-between; gap: 4pt; }
.code { background: #173f5f; color: #fff; padding: 0 4pt; border-radius: 2pt; font-weight: bold; white-space: nowrap;
  height: 10pt; }
.nm { font-weight: bold; font-size: 8.2pt; flex: 1; }
.meta { color: #444; margin: 2pt 0; }
table { border-collapse: collapse; width: 100%; margin-top: 2pt; }
th, td { border-bottom: 0.5pt solid #c8d3dc; padding: 1.5pt 2pt; text-align: center; }
th.g { background: #dfe8ef; font-weight: bold; }
th { font-weight: normal; color: #333; }
td.t { font-weight: bold; color: #173f5f; }
.src { color: #666; font-size: 6.8pt; margin-top: 2pt; }
"""
    parts = [f"<h1>Cruscotto degli indicatori strategici 2026-2028</h1>",
             f"<div class=\"sub\">{esc(org)} – valori storici e target annuali per area strategica</div>"]
    nodes, inds = [], []
    for (ac, at, aw, kpis) in areas:
        nodes.append(node(ac, "area", at, weight=aw))
        parts.append(f"<div class=\"area\">{esc(ac)} {esc(at)}<span class=\"pill\">peso area {esc(aw)}</span></div>")
        cards = []
        for (kc, kn, um, unit, pol, kw, hist, tg, src) in kpis:
            head = "".join(f"<th>{y}</th>" for y in hy) + "".join(f"<th>{y}</th>" for y in ty)
            vals = "".join(f"<td>{esc(v)}</td>" for v in hist) + "".join(f"<td class=\"t\">{esc(v)}</td>" for v in tg)
            cards.append(
                f"<div class=\"card\"><div class=\"hd\"><span class=\"code\">{esc(kc)}</span>"
                f"<span class=\"nm\">{esc(kn)}</span></div>"
                f"<div class=\"meta\">Polarità: {esc(pol)} · U.M.: {esc(um)} · peso {esc(kw)}</div>"
                f"<table><tr><th class=\"g\" colspan=\"3\">Serie storica</th><th class=\"g\" colspan=\"3\">Target</th></tr>"
                f"<tr>{head}</tr><tr>{vals}</tr></table>"
                f"<div class=\"src\">Fonte: {esc(src)}</div></div>")
            inds.append(ind(kn, ac, code=kc, unit=unit, weight=kw, baselines=list(zip(hy, hist)),
                            targets=list(zip(ty, tg))))
        parts.append("<div class=\"grid\">" + "".join(cards) + "</div>")
    parts.append("<p class=\"src\" style=\"margin-top:8pt\">I pesi degli indicatori sommano a 100% all'interno di "
                 "ciascuna area; i pesi delle aree sommano a 100%. n.d. = dato non disponibile.</p>")
    html = html_page3("\n".join(parts), css, margin="14mm 12mm 14mm 12mm",
                      bottom_center='"Cruscotto 2026-2028 – pagina " counter(page) " di " counter(pages)')
    d = case_dir(name)
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, ty, kind="dashboard")], nodes, inds)
    readme13(
        d, name, "dashboard", CHROMIUM.format(script=SCRIPT),
        """Portrait A4, DejaVu Sans 7.6 pt. Title, subtitle naming the body, then per area a section heading with a
left accent bar (`AS.1 Competitività …`) and a `peso area 40%` pill at the right. Under it a GRID OF CARDS, two a
row, one card per indicator: a dark code badge (`KPI 1.01`) and the name in bold, a meta line `Polarità: ▲ crescente ·
U.M.: n. · peso 40%`, a mini-table with the group row `Serie storica | Target` over `2022 2023 2024 | 2026 2027 2028`
and one row of values (history bare or with `%`, targets with `≥` / `≤` / `=`), and a `Fonte:` line. No table spans
the page. Truth: areas `area` with weight; indicators hang directly under their area (no objectives); history 2022-2024
are baselines; `n.` → `N.`, `giorni` → `gg`.""",
        ["one card per indicator, two cards a row (CSS grid), not a table",
         "area weight in a pill in the section heading",
         "polarity as a glyph plus a word in a meta line",
         "unit only in the meta line; values bare for counts and days",
         "history year 2025 absent (2024 then targets from 2026)",
         "footer `pagina n di N`"],
        ["indicator weights sum to 100% per area (40 + 30 + 30; 50 + 25 + 25; 33,33 + 33,33 + 33,34)",
         "`▼ decrescente` indicators with targets going DOWN year after year (`≤ 3,5`, `≤ 3,2`, `≤ 3,0`)",
         "`≥ 90%` flat for two years (KPI 1.03)",
         "`= 100%` on a history of 100% (mantenimento)",
         "`n.d.` in the history (2022 of KPI 1.02, 2024 of KPI 3.03: the latest known value is 2023's)",
         "`≤ 17` against a 2024 value of 17: equal, not easier"],
        [])


# ============================================================ 2. xlsx: academic years, merged area columns

def case_xlsx():
    name = "gen13-dashboard-xlsx-1"
    org = "Università degli Studi di Monteverde"
    hy = [("a.a. 2021/22", 2021), ("a.a. 2022/23", 2022), ("a.a. 2023/24", 2023)]
    ty = [("a.a. 2025/26", 2025), ("a.a. 2026/27", 2026), ("a.a. 2027/28", 2027)]
    areas = [
        ("D", "Didattica", 0.40, [
            ("D.01", "Studenti regolari sul totale degli iscritti", "↑", "%", "%",
             [(0.684, "0.0%"), (0.701, "0.0%"), (0.712, "0.0%")], ["≥ 72%", "≥ 73%", "≥ 74%"], 0.4, "ANS – MUR"),
            ("D.02", "Abbandoni tra il primo e il secondo anno", "↓", "%", "%",
             [(0.148, "0.0%"), (0.139, "0.0%"), (0.131, "0.0%")], ["≤ 13%", "≤ 12%", "≤ 11%"], 0.3, "ANS – MUR"),
            ("D.03", "Laureati entro la durata normale del corso", "↑", "%", "%",
             [("n.d.", None), (0.532, "0.0%"), (0.557, "0.0%")], ["≥ 56%", "≥ 58%", "≥ 60%"], 0.3,
             "AlmaLaurea")]),
        ("R", "Ricerca e terza missione", 0.35, [
            ("R.01", "Proventi da ricerca competitiva per docente", "↑", "€", "EUR",
             [(18250, '#,##0" €"'), (19840, '#,##0" €"'), (21310, '#,##0" €"')],
             ["≥ 21.500 €", "≥ 22.000 €", "≥ 22.500 €"], 0.5, "Contabilità analitica"),
            ("R.02", "Brevetti e spin-off attivi", "↑", "n.", "N.",
             [(14, "0"), (16, "0"), (17, "0")], ["≥ 17", "≥ 18", "≥ 18"], 0.25, "Ufficio trasferimento tecnologico"),
            ("R.03", "Tempo medio di stipula dei contratti conto terzi", "↓", "gg", "gg",
             [(41, '0" gg"'), (38, '0" gg"'), (35, '0" gg"')], ["≤ 35 gg", "≤ 32 gg", "≤ 30 gg"], 0.25,
             "Titulus")]),
        ("S", "Servizi e sostenibilità", 0.25, [
            ("S.01", "Soddisfazione degli studenti per i servizi (scala 1-4)", "↑", "punteggio", "punteggio",
             [(3.12, "0.00"), (3.18, "0.00"), (3.21, "0.00")], ["≥ 3,22", "≥ 3,25", "≥ 3,30"], 0.333,
             "Questionari Good Practice"),
            ("S.02", "Consumi energetici per metro quadro", "↓", "kWh/mq", "kWh/mq",
             [(142.5, "0.0"), (138.1, "0.0"), (131.7, "0.0")], ["≤ 130,0", "≤ 127,0", "≤ 124,0"], 0.333,
             "Energy manager"),
            ("S.03", "Fatture pagate entro 30 giorni sul totale", "=", "%", "%",
             [(1, "0%"), (1, "0%"), (1, "0%")], ["= 100%", "= 100%", "= 100%"], 0.334, "PCC – MEF")]),
    ]
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Cruscotto"
    st = xl_styles()
    S = st["Side"]
    thin = S(style="thin", color="6d6d6d")
    grid = st["Border"](left=thin, right=thin, top=thin, bottom=thin)
    widths(ws, [16, 8, 7, 40, 6, 9, 11, 11, 11, 12, 12, 12, 8, 22])
    fn = font("Liberation Sans", 9)
    fb = font("Liberation Sans", 9, bold=True)
    xl_put(ws, 1, 1, org, font=font("Liberation Sans", 13, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Cruscotto di Ateneo – indicatori e target per il triennio accademico 2025/26 – 2027/28",
           font=font("Liberation Sans", 10, italic=True), wrap=False)
    hdr_fill = "C9D7E8"
    top = ["Area", "Peso area", "Cod.", "Indicatore", "Verso", "U.M.", "Serie storica", None, None, "Target", None,
           None, "Peso ind.", "Fonte"]
    for c, h in enumerate(top, 1):
        xl_put(ws, 4, c, h, font=fb, fill=hdr_fill, border=grid, halign="center", valign="center")
    for c, (lab, _) in enumerate(hy + ty, 7):
        xl_put(ws, 5, c, lab, font=fb, fill=hdr_fill, border=grid, halign="center", valign="center")
    for c in (1, 2, 3, 4, 5, 6, 13, 14):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=7, end_row=4, end_column=9)
    ws.merge_cells(start_row=4, start_column=10, end_row=4, end_column=12)
    xl_box(ws, 4, 1, 5, 14, grid)
    r = 6
    nodes, inds = [], []
    for (ac, at, aw, kpis) in areas:
        a0 = r
        nodes.append(node(ac, "area", at, weight=show(aw, "0%")))
        for (kc, kn, verso, um, unit, hist, tg, kw, src) in kpis:
            xl_put(ws, r, 3, kc, font=fn, border=grid)
            xl_put(ws, r, 4, kn, font=fn, border=grid)
            xl_put(ws, r, 5, verso, font=font("DejaVu Sans", 10, bold=True), border=grid, halign="center")
            xl_put(ws, r, 6, um, font=fn, border=grid, halign="center")
            braws = []
            for k, (v, fmt) in enumerate(hist):
                if fmt is None:
                    xl_put(ws, r, 7 + k, v, font=fn, border=grid, halign="right")
                    braws.append(v)
                else:
                    xl_put(ws, r, 7 + k, v, font=fn, border=grid, halign="right", fmt=fmt)
                    braws.append(show(v, fmt))
            for k, t in enumerate(tg):
                xl_put(ws, r, 10 + k, t, font=fb, border=grid, halign="right", fill="F3F7FB")
            xl_put(ws, r, 13, kw, font=fn, border=grid, halign="center", fmt="0.0%")
            xl_put(ws, r, 14, src, font=font("Liberation Sans", 8, italic=True), border=grid)
            inds.append(ind(kn, ac, code=kc, unit=unit, weight=show(kw, "0.0%"),
                            baselines=[(y, b) for (_, y), b in zip(hy, braws)],
                            targets=[(y, t) for (_, y), t in zip(ty, tg)]))
            r += 1
        xl_put(ws, a0, 1, f"{ac} – {at}", font=fb, border=grid, valign="center", fill="EAF0F6")
        xl_put(ws, a0, 2, aw, font=fb, border=grid, halign="center", valign="center", fmt="0%", fill="EAF0F6")
        ws.merge_cells(start_row=a0, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=a0, start_column=2, end_row=r - 1, end_column=2)
        xl_box(ws, a0, 1, r - 1, 2, grid)
    xl_fit_rows(ws, 6, r - 1, pt=9)
    ws.freeze_panes = "E6"
    xl_put(ws, r + 1, 1, "Verso: ↑ valori più alti indicano un miglioramento; ↓ valori più bassi indicano un "
           "miglioramento; = mantenimento del livello raggiunto. n.d. = dato non disponibile.",
           font=font("Liberation Sans", 8, italic=True), wrap=False)
    xl_page(ws, landscape=True, title_rows="4:5", margins=0.4)
    ws2 = wb.create_sheet("Note metodologiche")
    widths(ws2, [110])
    notes = ["Note metodologiche",
             "Gli anni accademici sono indicati per esteso (a.a. 2025/26 = anno accademico 2025-2026).",
             "L'anno accademico 2024/25 non è riportato perché i dati non sono ancora consolidati.",
             "I pesi degli indicatori sommano a 100% all'interno di ciascuna area; i pesi delle aree sommano a 100%.",
             "La soddisfazione degli studenti è misurata su una scala da 1 a 4."]
    for k, t in enumerate(notes, 1):
        xl_put(ws2, k, 1, t, font=font("Liberation Sans", 10, bold=(k == 1)))
    d = case_dir(name)
    xl_save(wb, os.path.join(d, "input.xlsx"))
    write_truth(d, [doc(org, [y for _, y in ty], kind="dashboard")], nodes, inds)
    readme13(
        d, name, "dashboard", XLSX.format(script=SCRIPT),
        """Workbook kept as .xlsx, sheets `Cruscotto` and `Note metodologiche`. Title rows, then a two-row header:
`Area | Peso area | Cod. | Indicatore | Verso | U.M. | Serie storica (a.a. 2021/22, a.a. 2022/23, a.a. 2023/24) |
Target (a.a. 2025/26, a.a. 2026/27, a.a. 2027/28) | Peso ind. | Fonte`. The area (`D – Didattica`) and its weight
(`0%` cell) are two MERGED COLUMNS spanning the area's indicators. `Verso` holds an arrow `↑` / `↓` / `=`. History
values are number cells with a format per row (`0.0%`, `#,##0" €"`, `0`, `0" gg"`, `0.00`, `0.0`, `0%`) or the text
`n.d.`; targets are text with operators; indicator weights are `0.0%` cells (33,3 / 33,3 / 33,4). Frozen panes,
print titles, a legend line. Truth: academic years map to their FIRST calendar year (`a.a. 2025/26` → 2025), so the
document years are 2025-2027 and the history gives baselines 2021-2023; indicators hang under their area; raws as an
Italian LibreOffice displays them.""",
        ["academic years in the headers (history AND targets)",
         "area and area weight as two merged columns",
         "polarity arrows in their own column",
         "per-row number formats in the history, text targets",
         "a.a. 2024/25 skipped (explained only on the notes sheet)",
         "indicator weights `0.0%` with thirds"],
        ["indicator weights 33,3% + 33,3% + 33,4% = 100,0% (area S); 40 + 30 + 30; 50 + 25 + 25",
         "`↓` indicators with targets going DOWN (`≤ 13%` → `≤ 11%`, `≤ 130,0` → `≤ 124,0`, `≤ 35 gg` → `≤ 30 gg`)",
         "`≥ 18` twice (R.02): flat, not declining",
         "`≤ 35 gg` against a last value of `35 gg`; `≥ 17` against 17: equal, not easier",
         "`= 100%` on a history of 100% (mantenimento)",
         "`n.d.` for a.a. 2021/22 of D.03",
         "the gap between a.a. 2023/24 and a.a. 2025/26 is not a missing target"],
        [])


# ============================================================ 3. reportlab: transposed panels

def case_reportlab():
    name = "gen13-dashboard-reportlab-1"
    org = "Ente d'Ambito per il servizio rifiuti Valle del Tevere"
    hy, ty = [2022, 2023, 2024], [2025, 2026, 2027]
    DOWN, UP, FLAT = "▼ minore è meglio", "▲ maggiore è meglio", "= mantenimento"
    areas = [
        ("A", "Qualità del servizio reso all'utenza", "40 %", [
            ("A-01", "Reclami scritti ogni 1.000 utenti serviti", "n. / 1.000 utenti", "N.", DOWN, "40 %",
             ["4,8", "4,2", "3,6"], ["≤ 3,9", "≤ 3,6", "≤ 3,3"]),
            ("A-02", "Raccolta differenziata sul totale dei rifiuti urbani", "%", "%", UP, "35 %",
             ["61,2 %", "64,8 %", "67,5 %"], ["≥ 68 %", "≥ 70 %", "≥ 72 %"]),
            ("A-03", "Tempo medio di risposta ai reclami", "giorni", "gg", DOWN, "25 %",
             ["24", "21", "18"], ["≤ 18", "≤ 16", "≤ 15"])]),
        ("B", "Regolazione tariffaria e sostenibilità economica", "35 %", [
            ("B-01", "Comuni con tariffa puntuale attiva", "n.", "N.", UP, "50 %",
             ["3", "5", "8"], ["≥ 10", "≥ 12", "≥ 15"]),
            ("B-02", "Costo del servizio per abitante", "€/abitante", "EUR", DOWN, "50 %",
             ["n.d.", "152,40", "149,85"], ["≤ 149,00", "≤ 148,00", "≤ 147,00"])]),
        ("C", "Funzionamento dell'Ente", "25 %", [
            ("C-01", "Delibere pubblicate entro 5 giorni dall'adozione", "%", "%", FLAT, "33,33 %",
             ["100 %", "100 %", "100 %"], ["= 100 %", "= 100 %", "= 100 %"]),
            ("C-02", "Indicatore di tempestività dei pagamenti", "giorni", "gg", DOWN, "33,33 %",
             ["-2", "-4", "-5"], ["≤ -5", "≤ -6", "≤ -6"]),
            ("C-03", "Personale formato sul totale del personale", "%", "%", UP, "33,34 %",
             ["72 %", "80 %", "84 %"], ["≥ 85 %", "≥ 88 %", "≥ 90 %"])]),
    ]
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    f = rl_fonts()
    s_cell = ParagraphStyle("c", fontName=f["cond"], fontSize=8, leading=9.6)
    s_lab = ParagraphStyle("l", fontName=f["cond_b"], fontSize=7.6, leading=9.2, textColor=colors.HexColor("#333333"))
    s_name = ParagraphStyle("n", fontName=f["cond_b"], fontSize=8.2, leading=9.8)
    s_title = ParagraphStyle("t", fontName=f["sans_b"], fontSize=13, leading=16)
    s_sub = ParagraphStyle("s", fontName=f["cond"], fontSize=9, leading=11)
    s_area = ParagraphStyle("a", fontName=f["sans_b"], fontSize=10, leading=12, textColor=colors.white)
    s_aw = ParagraphStyle("aw", parent=s_area, alignment=2)
    s_note = ParagraphStyle("no", fontName=f["cond_i"], fontSize=7.5, leading=9)
    story = [rl_p(org, s_title), rl_p("Quadro di monitoraggio degli indicatori – Piano della performance 2025-2027",
                                      s_sub), Spacer(1, 3 * mm),
             rl_p("Ogni riquadro riporta gli indicatori di un'area: una colonna per indicatore. I pesi degli indicatori "
                  "sommano a 100 % nell'area; i pesi delle aree sommano a 100 %.", s_note), Spacer(1, 3 * mm)]
    nodes, inds = [], []
    page_w = landscape(A4)[0] - 24 * mm
    for k, (ac, at, aw, kpis) in enumerate(areas):
        nodes.append(node(ac, "area", at, weight=aw))
        bar = Table([[rl_p(f"Area {ac} – {at}", s_area), rl_p(f"Peso dell'area: {aw}", s_aw)]],
                    colWidths=[page_w * 0.7, page_w * 0.3])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#3b5b3a")),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        labels = ["Codice", "Indicatore", "Unità di misura", "Polarità", "Peso"] + \
            [f"Consuntivo {y}" for y in hy] + [f"Target {y}" for y in ty]
        cols = []
        for (kc, kn, um, unit, pol, kw, hist, tg) in kpis:
            cols.append([kc, kn, um, pol, kw] + hist + tg)
            inds.append(ind(kn, ac, code=kc, unit=unit, weight=kw, baselines=list(zip(hy, hist)),
                            targets=list(zip(ty, tg))))
        data = []
        for ri, lab in enumerate(labels):
            row = [rl_p(lab, s_lab)]
            for c in cols:
                row.append(rl_p(c[ri], s_name if ri == 1 else s_cell))
            data.append(row)
        lab_w = 34 * mm
        cw = (page_w - lab_w) / 3
        tab = Table(data, colWidths=[lab_w] + [cw] * len(cols), hAlign="LEFT")
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a9a88")),
                 ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e3eadf")),
                 ("BACKGROUND", (1, 8), (-1, 10), colors.HexColor("#f5f7ef")),
                 ("LINEABOVE", (0, 5), (-1, 5), 1.2, colors.HexColor("#3b5b3a")),
                 ("LINEABOVE", (0, 8), (-1, 8), 1.2, colors.HexColor("#3b5b3a")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        tab.setStyle(TableStyle(style))
        story.append(KeepTogether([bar, Spacer(1, 1.5 * mm), tab]))
        story.append(Spacer(1, 6 * mm))
        if k == 1:
            story.append(PageBreak())
    story.append(rl_p("Polarità: ▲ maggiore è meglio; ▼ minore è meglio; = mantenimento. n.d. = dato non "
                      "disponibile. Consuntivo 2024 provvisorio al 31/01/2025.", s_note))

    def on_page(cv, dd):
        cv.saveState()
        cv.setFont(f["cond"], 7)
        cv.drawString(12 * mm, 8 * mm, "EdA Rifiuti Valle del Tevere – Piano della performance 2025-2027")
        cv.drawRightString(landscape(A4)[0] - 12 * mm, 8 * mm, f"Pag. {dd.page}")
        cv.restoreState()

    d = case_dir(name)
    out = os.path.join(d, "input.pdf")
    sd = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                           bottomMargin=14 * mm, title="Quadro di monitoraggio degli indicatori", author=org)
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)
    write_truth(d, [doc(org, ty, kind="dashboard")], nodes, inds,
                findings=[finding("target.unambitious", "A-01",
                                  "lower is better: 2024 value 3,6, first target 2025 `≤ 3,9` is easier")])
    readme13(
        d, name, "dashboard", REPORTLAB.format(script=SCRIPT),
        """Landscape A4, DejaVu Sans Condensed 8 pt, written with reportlab. Title, subtitle, a note, then one PANEL per
area: a dark green bar `Area A – Qualità del servizio …` with `Peso dell'area: 40 %` right-aligned, and under it a
TRANSPOSED table: the first column holds the labels `Codice | Indicatore | Unità di misura | Polarità | Peso |
Consuntivo 2022 | Consuntivo 2023 | Consuntivo 2024 | Target 2025 | Target 2026 | Target 2027`, and each further column
is ONE INDICATOR (two or three per panel). Thick rules separate the descriptive rows, the history and the targets.
Percents are printed with a space (`40 %`, `61,2 %`). A manual page break after the second panel; footer with the
short name and `Pag. n`. Truth: areas `area` with weight `40 %`; indicators under their area; `Consuntivo` years are
baselines; `n. / 1.000 utenti` → `N.`, `€/abitante` → `EUR`.""",
        ["indicators as COLUMNS, attributes as rows (transposed panel per area)",
         "area weight right-aligned inside the panel bar",
         "spaced percents `40 %`",
         "polarity glyph plus words (`▼ minore è meglio`)",
         "history called `Consuntivo <year>`, targets `Target <year>` as row labels",
         "reportlab (text drawn cell by cell)"],
        ["thirds 33,33 % + 33,33 % + 33,34 % (area C)",
         "`▼` indicators with targets going down (`≤ 18`, `≤ 16`, `≤ 15`; `≤ -5`, `≤ -6`, `≤ -6`)",
         "negative payment-timeliness values and targets",
         "`≤ 18` against a last value of 18, `≤ -5` against -5: equal, not easier",
         "`= 100 %` on a history of 100 % (mantenimento)",
         "`n.d.` for 2022 of B-02"],
        ["target.unambitious: `A-01` (Reclami scritti ogni 1.000 utenti serviti, lower is better) — last value 2024 "
         "3,6, target 2025 `≤ 3,9`: easier than what was already achieved"])


# ============================================================ 4. LibreOffice: area bands with weight in the text

def case_lo():
    name = "gen13-dashboard-lo-1"
    org = "Camera di Commercio Industria Artigianato e Agricoltura di Vallombrosa e Casentino"
    hy, ty = [2020, 2021, 2022, 2023, 2024], [2025, 2026, 2027]
    P, M, E = "(+)", "(–)", "(=)"
    areas = [
        ("A", "Competitività del territorio", "40%", [
            ("A.1", "Favorire la nascita e il consolidamento di nuove imprese", "60%", [
                ("A.1-a", "Nuove imprese iscritte che ricevono assistenza", "n.", "N.", P,
                 [("n.d.", None), (212, "#,##0"), (236, "#,##0"), (251, "#,##0"), (264, "#,##0")],
                 ["≥ 270", "≥ 280", "≥ 290"], "Registro imprese"),
                ("A.1-b", "Tasso di sopravvivenza a tre anni delle imprese assistite", "%", "%", P,
                 [(0.71, "0.0%"), (0.694, "0.0%"), (0.723, "0.0%"), (0.731, "0.0%"), (0.74, "0.0%")],
                 ["≥ 74%", "≥ 75%", "≥ 76%"], "Registro imprese")]),
            ("A.2", "Valorizzare le filiere agroalimentari e turistiche", "40%", [
                ("A.2-a", "Imprese coinvolte in progetti di filiera", "n.", "N.", P,
                 [(48, "0"), (52, "0"), (61, "0"), (66, "0"), (70, "0")], ["≥ 70", "≥ 75", "≥ 80"],
                 "CRM camerale")])]),
        ("B", "Semplificazione e digitalizzazione", "30%", [
            ("B.1", "Accelerare i procedimenti del Registro delle imprese", "50%", [
                ("B.1-a", "Pratiche evase entro 5 giorni", "%", "%", P,
                 [(0.742, "0.0%"), (0.798, "0.0%"), (0.835, "0.0%"), (0.861, "0.0%"), (0.88, "0.0%")],
                 ["≥ 88%", "≥ 90%", "≥ 92%"], "Priamo"),
                ("B.1-b", "Tempo medio di evasione delle pratiche", "gg", "gg", M,
                 [(6.1, "0.0"), (5.4, "0.0"), (4.8, "0.0"), (4.2, "0.0"), (3.9, "0.0")],
                 ["≤ 3,9", "≤ 3,6", "≤ 3,3"], "Priamo")]),
            ("B.2", "Diffondere gli strumenti digitali presso le imprese", "50%", [
                ("B.2-a", "Identità digitali (SPID/CNS) rilasciate", "n.", "N.", P,
                 [(1842, "#,##0"), (2310, "#,##0"), (2655, "#,##0"), (2498, "#,##0"), (2731, "#,##0")],
                 ["≥ 2.750", "≥ 2.800", "≥ 2.850"], "Gestionale firma digitale"),
                ("B.2-b", "Imprese con cassetto digitale attivo sul totale", "%", "%", P,
                 [("n.d.", None), (0.185, "0.0%"), (0.24, "0.0%"), (0.297, "0.0%"), (0.332, "0.0%")],
                 ["≥ 35%", "≥ 38%", "≥ 41%"], "Infocamere")])]),
        ("C", "Sostenibilità economica dell'ente", "30%", [
            ("C.1", "Mantenere l'equilibrio economico-finanziario", "100%", [
                ("C.1-a", "Indice di equilibrio strutturale", "%", "%", P,
                 [(0.018, "0.0%"), (0.029, "0.0%"), (0.035, "0.0%"), (0.041, "0.0%"), (0.044, "0.0%")],
                 ["≥ 4,5%", "≥ 4,5%", "≥ 4,5%"], "Bilancio d'esercizio"),
                ("C.1-b", "Incidenza dei costi di personale sui proventi correnti", "%", "%", M,
                 [(0.382, "0.0%"), (0.371, "0.0%"), (0.364, "0.0%"), (0.359, "0.0%"), (0.35, "0.0%")],
                 ["≤ 35%", "≤ 34,5%", "≤ 34%"], "Bilancio d'esercizio"),
                ("C.1-c", "Tempo medio di pagamento delle fatture", "gg", "gg", M,
                 [(19, "0"), (16, "0"), (14, "0"), (12, "0"), (12, "0")], ["≤ 12", "≤ 12", "≤ 11"],
                 "PCC – MEF")])]),
    ]
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break
    wb = Workbook()
    ws = wb.active
    ws.title = "Cruscotto"
    st = xl_styles()
    S = st["Side"]
    line = S(style="thin", color="8c8c8c")
    grid = st["Border"](left=line, right=line, top=line, bottom=line)
    widths(ws, [8, 46, 7, 6, 6, 8.5, 8.5, 8.5, 8.5, 8.5, 9, 9, 9, 18])
    fn = font("DejaVu Sans Condensed", 8.5)
    fb = font("DejaVu Sans Condensed", 8.5, bold=True)
    fi = font("DejaVu Sans Condensed", 8.5, italic=True, bold=True)
    xl_put(ws, 1, 1, org, font=font("DejaVu Sans", 12, bold=True), wrap=False)
    xl_put(ws, 2, 1, "Cruscotto di ente – serie storiche 2020-2024 e valori attesi 2025-2027",
           font=font("DejaVu Sans", 9.5, italic=True), wrap=False)
    top = ["Codice", "Obiettivo / Indicatore", "Peso", "U.M.", "Pol.", "Valori storici", None, None, None, None,
           "Valori attesi", None, None, "Fonte"]
    for c, h in enumerate(top, 1):
        xl_put(ws, 4, c, h, font=fb, fill="B7C9A8", border=grid, halign="center", valign="center")
    for c, y in enumerate(hy + ty, 6):
        xl_put(ws, 5, c, str(y), font=fb, fill="B7C9A8", border=grid, halign="center")
    for c in (1, 2, 3, 4, 5, 14):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=10)
    ws.merge_cells(start_row=4, start_column=11, end_row=4, end_column=13)
    xl_box(ws, 4, 1, 5, 14, grid)
    r = 6
    nodes, inds = [], []
    for ai, (ac, at, aw, objs) in enumerate(areas):
        if ai == 2:
            ws.row_breaks.append(Break(id=r - 1))
        nodes.append(node(ac, "area", at, weight=aw))
        xl_put(ws, r, 1, f"AREA STRATEGICA {ac} – {at} (peso {aw})", font=font("DejaVu Sans Condensed", 9.5,
               bold=True, color="FFFFFF"), fill="3F5E2F", border=grid, wrap=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
        xl_box(ws, r, 1, r, 14, grid)
        ws.row_dimensions[r].height = 17
        r += 1
        for (oc, ot, ow, kpis) in objs:
            nodes.append(node(oc, "strategic", ot, parent=ac, weight=ow))
            xl_put(ws, r, 1, oc, font=fi, fill="E6EDDF", border=grid)
            xl_put(ws, r, 2, ot, font=fi, fill="E6EDDF", border=grid)
            xl_put(ws, r, 3, ow, font=fi, fill="E6EDDF", border=grid, halign="center")
            for c in range(4, 15):
                xl_put(ws, r, c, None, fill="E6EDDF", border=grid)
            r += 1
            for (kc, kn, um, unit, pol, hist, tg, src) in kpis:
                xl_put(ws, r, 1, kc, font=fn, border=grid)
                xl_put(ws, r, 2, kn, font=fn, border=grid, indent=1)
                xl_put(ws, r, 3, None, border=grid)
                xl_put(ws, r, 4, um, font=fn, border=grid, halign="center")
                xl_put(ws, r, 5, pol, font=fn, border=grid, halign="center")
                braws = []
                for k, (v, fmt) in enumerate(hist):
                    if fmt is None:
                        xl_put(ws, r, 6 + k, v, font=fn, border=grid, halign="right")
                        braws.append(v)
                    else:
                        xl_put(ws, r, 6 + k, v, font=fn, border=grid, halign="right", fmt=fmt)
                        braws.append(show(v, fmt))
                for k, t in enumerate(tg):
                    xl_put(ws, r, 11 + k, t, font=fb, border=grid, halign="right")
                xl_put(ws, r, 14, src, font=font("DejaVu Sans Condensed", 7.5, italic=True), border=grid)
                inds.append(ind(kn, oc, code=kc, unit=unit, baselines=list(zip(hy, braws)),
                                targets=list(zip(ty, tg))))
                r += 1
    xl_fit_rows(ws, 6, r - 1, pt=8.5, narrow=1.1)
    xl_put(ws, r + 1, 1, "Pol.: (+) un valore più alto è migliore; (–) un valore più basso è migliore; (=) "
           "mantenimento. n.d. = dato non disponibile. I pesi degli obiettivi sommano a 100% entro ciascuna area.",
           font=font("DejaVu Sans Condensed", 8, italic=True), wrap=False)
    xl_page(ws, landscape=True, title_rows="4:5", margins=0.45)
    d = case_dir(name)
    lo_pdf_of(wb, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(org, ty, kind="dashboard")], nodes, inds)
    readme13(
        d, name, "dashboard", LO_XLSX.format(script=SCRIPT),
        """Landscape A4, DejaVu Sans Condensed 8.5 pt, one sheet printed by LibreOffice. Title rows, two-row header
`Codice | Obiettivo / Indicatore | Peso | U.M. | Pol. | Valori storici (2020 … 2024) | Valori attesi (2025, 2026,
2027) | Fonte`, repeated after a MANUAL page break before area C. Areas are dark BAND rows merged across the sheet whose
text carries the weight: `AREA STRATEGICA B – Semplificazione e digitalizzazione (peso 30%)`. Objectives are shaded
italic rows with code (`B.1`), title and weight in `Peso`; indicators follow with their code (`B.1-a`), an indented
name, unit, polarity `(+)` / `(–)` / `(=)`, FIVE history years as number cells (`#,##0`, `0`, `0.0%`, `0.0`) or
`n.d.`, three text targets and the source. Truth: areas `area` (code = the letter, title without `AREA STRATEGICA X
–` and without the weight, weight raw `30%` from the parentheses); objectives `strategic` with parent the area;
indicators under their objective, unweighted; history 2020-2024 are baselines.""",
        ["area weight INSIDE the band text, in parentheses",
         "objective rows between band and indicators, weighted; indicators unweighted",
         "five history years",
         "polarity as `(+)` / `(–)` / `(=)`",
         "manual page break with the two-row header repeated",
         "indicator codes `A.1-a`"],
        ["objective weights sum to 100% per area (60 + 40, 50 + 50, 100); areas 40 + 30 + 30",
         "`(–)` indicators with targets going down (`≤ 3,9` → `≤ 3,3`, `≤ 35%` → `≤ 34%`)",
         "flat targets `≥ 4,5%` in all three years; `≤ 12` twice",
         "first targets equal to the last value (`≥ 74%` vs 74,0%, `≥ 70` vs 70, `≥ 88%` vs 88,0%, `≤ 3,9` vs 3,9, "
         "`≤ 35%` vs 35,0%, `≤ 12` vs 12)",
         "history going down in one year for a `(+)` indicator (B.2-a 2023): history is not a target",
         "`n.d.` for 2020 of A.1-a and B.2-b",
         "indicators without weights (only areas and objectives are weighted)"],
        [])


if __name__ == "__main__":
    which = sys.argv[1:] or ["chromium", "xlsx", "reportlab", "lo"]
    for w in which:
        {"chromium": case_chromium, "xlsx": case_xlsx, "reportlab": case_reportlab, "lo": case_lo}[w]()
        print("made", w)
