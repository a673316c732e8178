#!/usr/bin/python3
"""h23-dashboard-reportlab-1: a dashboard of indicators (genre dashboard) of a river-basin district authority, a PDF
written directly with reportlab. Landscape; one table with a two-row header (`Consuntivo` over FOUR history years
2021-2024, `Obiettivo` over 2025-2027), area BAND rows WITHOUT weight, the indicator weight in the LAST column, a
`Polarità` column with arrows and words; the table continues on page 2 under the repeated header; the AREA WEIGHTS
are only in a summary table AFTER the dashboard. Clean. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import REPORTLAB, case_dir23, doc, ind, node, readme13, rl_esc, rl_fonts, write_truth  # noqa: E402

SCRIPT = "h23_dashboard.py"
NAME = "h23-dashboard-reportlab-1"
ORG = "Autorità di Bacino Distrettuale delle Alpi Marittime"
HIST = [2021, 2022, 2023, 2024]
YEARS = [2025, 2026, 2027]
UNIT = {"%": "%", "n.": "N.", "giorni": "gg"}
POL = {"up": "↑ crescente", "down": "↓ decrescente", "eq": "= mantenimento"}

# area, title, weight, [(code, name, um, polarity, [hist], [targets], weight)]
AREAS = [
    ("1", "PIANIFICAZIONE DI BACINO", "40%", [
        ("PB.01", "Piani di gestione del rischio di alluvioni aggiornati nei termini", "%", "up",
         ["60", "70", "75", "80"], ["≥ 85", "≥ 90", "≥ 95"], "40%"),
        ("PB.02", "Pareri di compatibilità idraulica resi agli enti", "n.", "up", ["212", "230", "n.d.", "251"],
         ["≥ 260", "≥ 270", "≥ 280"], "30%"),
        ("PB.03", "Tempo medio di rilascio dei pareri", "giorni", "down", ["58", "54", "50", "47"],
         ["≤ 45", "≤ 40", "≤ 38"], "30%")]),
    ("2", "MONITORAGGIO E TUTELA DELLA RISORSA IDRICA", "35%", [
        ("MR.01", "Stazioni di monitoraggio in telemisura attive", "%", "eq", ["98", "99", "100", "100"],
         ["= 100", "= 100", "= 100"], "50%"),
        ("MR.02", "Corpi idrici superficiali in stato ecologico buono o superiore", "%", "up",
         ["41", "42", "44", "45"], ["≥ 46", "≥ 48", "≥ 50"], "50%")]),
    ("3", "EFFICIENZA E TRASPARENZA", "25%", [
        ("ET.01", "Tempo medio di pagamento delle fatture", "giorni", "down", ["31", "27", "22", "18"],
         ["≤ 18", "≤ 18", "≤ 15"], "33,33%"),
        ("ET.02", "Dataset pubblicati sul portale open data", "n.", "up", ["14", "18", "25", "32"],
         ["≥ 35", "≥ 40", "≥ 45"], "33,33%"),
        ("ET.03", "Richieste di accesso evase nei termini", "%", "up", ["92", "95", "96", "97"],
         ["≥ 97", "≥ 98", "≥ 98"], "33,34%")]),
]


def build():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    rl_fonts()
    c = ParagraphStyle("c", fontName="DVC", fontSize=8, leading=9.8)
    cc = ParagraphStyle("cc", parent=c, alignment=1)
    hb = ParagraphStyle("hb", fontName="DVC-B", fontSize=7.8, leading=9.5, alignment=1)
    band = ParagraphStyle("b", fontName="DVC-B", fontSize=8.3, leading=10, textColor=colors.HexColor("#0b4f6c"))
    h1 = ParagraphStyle("h1", fontName="DV-B", fontSize=13, leading=16)
    h2 = ParagraphStyle("h2", fontName="DV", fontSize=9.5, leading=12)
    h3 = ParagraphStyle("h3", fontName="DV-B", fontSize=9.5, leading=12)
    note = ParagraphStyle("n", fontName="DVC-I", fontSize=7.2, leading=9)

    def P(s, st=c):
        return Paragraph(rl_esc(s), st)

    hdr = [[P("Cod.", hb), P("Indicatore", hb), P("U.M.", hb), P("Polarità", hb), P("Consuntivo", hb), "", "", "",
            P("Obiettivo", hb), "", "", P("Peso", hb)],
           ["", "", "", ""] + [P(str(y), hb) for y in HIST + YEARS] + [""]]
    widths = [15 * mm, 78 * mm, 14 * mm, 26 * mm] + [15 * mm] * 4 + [17 * mm] * 3 + [16 * mm]
    hstyle = [("SPAN", (4, 0), (7, 0)), ("SPAN", (8, 0), (10, 0))] + \
             [("SPAN", (k, 0), (k, 1)) for k in (0, 1, 2, 3, 11)] + \
             [("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#d6e6ee")),
              ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 1), (-1, 1), 1, colors.black),
              ("LINEBELOW", (4, 0), (10, 0), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]

    def table(areas):
        data = [r[:] for r in hdr]
        st = list(hstyle)
        for acode, atitle, _aw, ilist in areas:
            data.append([P(f"AREA {acode} – {atitle}", band)] + [""] * 11)
            k = len(data) - 1
            st += [("SPAN", (0, k), (-1, k)), ("BACKGROUND", (0, k), (-1, k), colors.HexColor("#f1f6f8")),
                   ("LINEBELOW", (0, k), (-1, k), 0.6, colors.HexColor("#0b4f6c"))]
            for code, name, um, pol, hist, tg, w in ilist:
                data.append([P(code), P(name), P(um, cc), P(POL[pol])] + [P(v, cc) for v in hist]
                            + [P(t, cc) for t in tg] + [P(w, cc)])
                k = len(data) - 1
                st.append(("LINEBELOW", (0, k), (-1, k), 0.3, colors.HexColor("#9aa9b0")))
        st += [("LINEBEFORE", (4, 0), (4, -1), 0.8, colors.black), ("LINEBEFORE", (8, 0), (8, -1), 0.8, colors.black),
               ("LINEBEFORE", (11, 0), (11, -1), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
        t = Table(data, colWidths=widths, repeatRows=2)
        t.setStyle(TableStyle(st))
        return t

    nodes, inds = [], []
    for acode, atitle, aw, ilist in AREAS:
        nodes.append(node(acode, "area", atitle, weight=aw))
        for code, name, um, pol, hist, tg, w in ilist:
            inds.append(ind(name, acode, code=code, unit=UNIT[um], weight=w,
                            baselines=list(zip(HIST, hist)), targets=list(zip(YEARS, tg))))
    summ = [[P("Area", hb), P("Peso dell'area", hb)]] + [[P(f"{a} – {t.capitalize()}"), P(w, cc)]
                                                           for a, t, w, _ in AREAS] + [[P("Totale"), P("100%", cc)]]
    ts = Table(summ, colWidths=[95 * mm, 30 * mm], hAlign="LEFT")
    ts.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e6ee"))]))
    story = [P(ORG, h1), P("Cruscotto degli indicatori di performance – valori consuntivi 2021-2024 e obiettivi "
                           "2025-2027", h2), Spacer(1, 4 * mm), table(AREAS[:2]), PageBreak(), table(AREAS[2:]),
             Spacer(1, 4 * mm), P("U.M.: n. = numero. n.d. = dato non disponibile (sistema di rilevazione in "
                                 "aggiornamento nel 2023). Il peso di ciascun indicatore è espresso sull'area di "
                                 "appartenenza.", note), Spacer(1, 6 * mm), P("Ripartizione del peso per area", h3),
             Spacer(1, 2 * mm), ts]

    def foot(canvas, docu):
        canvas.saveState()
        canvas.setFont("DVC", 7)
        canvas.drawRightString(landscape(A4)[0] - 14 * mm, 9 * mm, f"Cruscotto 2025-2027 · {docu.page}")
        canvas.restoreState()

    d = case_dir23(NAME)
    SimpleDocTemplate(os.path.join(d, "input.pdf"), pagesize=landscape(A4), leftMargin=14 * mm, rightMargin=14 * mm,
                      topMargin=13 * mm, bottomMargin=15 * mm, title="Cruscotto indicatori").build(
        story, onFirstPage=foot, onLaterPages=foot)
    write_truth(d, [doc(ORG, YEARS, kind="dashboard")], nodes, inds)
    readme13(d, NAME, "dashboard", REPORTLAB.format(script=SCRIPT), """
Landscape A4, DejaVu Sans Condensed 8 pt, written by reportlab. Title and subtitle, then one table with a TWO-ROW
header: `Cod. | Indicatore | U.M. | Polarità | Consuntivo (2021 2022 2023 2024) | Obiettivo (2025 2026 2027) | Peso`.
Horizontal rules, vertical rules only between the column groups. Areas are BAND rows `AREA 1 – PIANIFICAZIONE DI
BACINO` without weight. Values and targets are bare (`80`, `≥ 85`, `≤ 45`, `= 100`), the unit only in `U.M.`
(`%`, `n.`, `giorni`). `Polarità` reads `↑ crescente`, `↓ decrescente`, `= mantenimento`. The table is cut by a page
break after area 2 and continues on page 2 under the repeated two-row header. After it, a note and a small table
`Ripartizione del peso per area` (`1 – Pianificazione di bacino | 40%` …, `Totale 100%`): the ONLY place the area
weights are printed.
Truth: areas `area` coded `1`-`3` with the band title and the weight from the closing summary; indicators hang
directly under their area (node = area code), coded `PB.01`…, unit `%` / `N.` / `gg`, weight within the area, four
history values as baselines 2021-2024 (`n.d.` kept), targets 2025-2027 as printed (bare).
""", ["FOUR history years", "area weights only in a summary table AFTER the dashboard", "area bands without "
      "weight", "indicator weight in the LAST column", "`Polarità` with arrows and words", "two-row header repeated "
      "on page 2 after a forced break", "reportlab PDF"],
     ["`↓ decrescente` indicators with targets going down (`≤ 45 / ≤ 40 / ≤ 38` days)",
      "`≤ 18` for 2025 equal to the 2024 value of 18 days, then `≤ 18`, `≤ 15`", "`= 100` three years on a 100% "
      "history (`= mantenimento`)", "`≥ 98` flat in 2026-2027", "indicator weights sum to 100 per area (thirds "
      "33,33 + 33,33 + 33,34 in area 3), areas to 100 in the closing summary", "`n.d.` in the 2023 history"], [])
    return NAME


if __name__ == "__main__":
    print(build())
