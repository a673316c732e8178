#!/usr/bin/python3
"""gen9-dashboard-chromium-1: a water authority's dashboard (cruscotto) 2025-2026 printed by Chromium. Landscape,
Liberation Sans Narrow; a SUMMARY STRIP on top gives the area weights (`peso 45%`), then one PANEL per area (coloured
left stripe, own table, HORIZONTAL RULES ONLY); history columns in REVERSE order (`2024 | 2023 | 2022`, latest first);
`Target 2025 | Target 2026`; bare values with the unit in `U.M.`; `Tendenza` in words. Fault: target.unambitious
(B2: latest value 2024 is 18,4, target 2025 `≤ 19,0`). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, genre_readme, html_page3, ind, node,  # noqa: E402
                      q, td, write_truth)

SCRIPT = "gen9_dashboard.py"
ORG = "Autorità Idrica Territoriale della Val Brenta"
Y = [2025, 2026]
H = [2024, 2023, 2022]          # printed order: latest first
UM = {"%": "%", "gg": "gg", "n.": "N.", "mc/km/gg": "mc/km/gg", "h": "ore", "€/ab": "EUR"}

# area (code, title, weight, colour) -> indicator (code, name, U.M., weight, (h2024, h2023, h2022), (t25, t26),
# tendenza)
AREAS = [
    ("A", "Servizio idrico integrato e qualità dell'acqua", "45%", "#1f77b4", [
        ("A1", "Campioni di acqua potabile conformi ai parametri di legge", "%", "40%", ("92,1", "93,0", "95,2"),
         ("≥ 93,0", "≥ 94,0"), "in peggioramento"),
        ("A2", "Tempo medio di attivazione di una nuova fornitura", "gg", "30%", ("11,5", "12,8", "14,0"),
         ("≤ 11,0", "≤ 10,0"), "in miglioramento"),
        ("A3", "Interruzioni del servizio non programmate superiori a 12 ore", "n.", "30%", ("37", "35", "41"),
         ("≤ 35", "≤ 32"), "stabile")]),
    ("B", "Infrastrutture e investimenti", "35%", "#2ca02c", [
        ("B1", "Investimenti realizzati per abitante servito", "€/ab", "50%", ("58,20", "51,40", "n.d."),
         ("≥ 60,00", "≥ 65,00"), "in miglioramento"),
        ("B2", "Perdite idriche lineari", "mc/km/gg", "30%", ("18,4", "19,6", "21,3"), ("≤ 19,0", "≤ 18,0"),
         "in miglioramento"),
        ("B3", "Rete di distribuzione distrettualizzata con misuratori di portata", "%", "20%",
         ("46,0", "39,5", "31,0"), ("≥ 50,0", "≥ 55,0"), "in miglioramento")]),
    ("C", "Rapporto con gli utenti", "20%", "#d62728", [
        ("C1", "Tempo medio di attesa agli sportelli", "h", "33,33%", ("0,35", "0,42", "–"), ("≤ 0,35", "≤ 0,30"),
         "in miglioramento"),
        ("C2", "Reclami scritti con risposta entro 30 giorni", "%", "33,33%", ("97,8", "96,1", "94,0"),
         ("≥ 98,0", "≥ 98,0"), "in miglioramento"),
        ("C3", "Utenti che ricevono la bolletta in formato elettronico", "%", "33,34%", ("28,5", "22,0", "n.d."),
         ("≥ 32,0", "≥ 36,0"), "in miglioramento")]),
]

CSS = """body { font-family: "Liberation Sans Narrow", "Liberation Sans", sans-serif; font-size: 9pt; color: #222; }
h1 { font-size: 14pt; margin: 0; font-weight: bold; }
p.sub { margin: 0.5mm 0 3mm 0; font-size: 10pt; color: #555; }
div.strip { display: flex; gap: 4mm; margin-bottom: 4mm; }
div.strip div { flex: 1; border: 0.6pt solid #999; border-radius: 3pt; padding: 2mm 3mm; }
div.strip b { display: block; font-size: 10pt; }
div.panel { border-left: 4pt solid; padding-left: 3mm; margin-bottom: 5mm; break-inside: avoid; }
div.panel h2 { font-size: 11pt; margin: 0 0 1.5mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { font-weight: bold; text-align: center; border-bottom: 1pt solid #222; padding: 1.5pt 3pt; vertical-align: bottom; }
td { border-bottom: 0.4pt solid #bbb; padding: 2.2pt 3pt; vertical-align: top; }
td.n { text-align: center; } td.h { text-align: center; color: #555; }
td.t { text-align: center; font-weight: bold; }
p.foot { font-size: 8pt; color: #444; }"""


def build():
    name = "gen9-dashboard-chromium-1"
    strip = "".join(f"<div><b>Area {a} · peso {w}</b>{esc(t)}</div>" for a, t, w, _c, _l in AREAS)
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Cruscotto degli indicatori di performance – valori storici e target 2025-2026</p>",
            f"<div class=strip>{strip}</div>"]
    cols = ("<colgroup><col style='width:10mm'><col><col style='width:18mm'><col style='width:14mm'>"
            + "<col style='width:16mm'>" * 3 + "<col style='width:20mm'>" * 2 + "<col style='width:26mm'></colgroup>")
    nodes, inds = [], []
    for acode, atitle, aw, colour, ilist in AREAS:
        nodes.append(node(acode, "area", atitle, weight=aw))
        rows = ["<tr><th rowspan=2>Cod.</th><th rowspan=2 style='text-align:left'>Indicatore</th><th rowspan=2>U.M."
                "</th><th rowspan=2>Peso</th><th colspan=3>Valori storici</th><th colspan=2>Valori obiettivo</th>"
                "<th rowspan=2>Tendenza</th></tr><tr>" + "".join(f"<th>{y}</th>" for y in H)
                + "".join(f"<th>Target {y}</th>" for y in Y) + "</tr>"]
        for icode, iname, um, iw, hist, tg, trend in ilist:
            rows.append("<tr>" + td(icode) + td(iname) + td(um, "n") + td(iw, "n") + "".join(td(v, "h") for v in hist)
                        + "".join(td(t, "t") for t in tg) + td(trend, "n") + "</tr>")
            inds.append(ind(iname, acode, code=icode, unit=UM[um], weight=iw, baselines=list(zip(H, hist)),
                            targets=list(zip(Y, tg))))
        body.append(f"<div class=panel style='border-color:{colour}'><h2>Area {acode} – {esc(atitle)}</h2>"
                    f"<table>{cols}{''.join(rows)}</table></div>")
    body.append("<p class=foot>I valori storici sono riportati dal più recente al meno recente. n.d. = non disponibile; "
                "– = indicatore non rilevato nell'anno. Il peso degli indicatori è espresso sul totale dell'area.</p>")
    h = html_page3("\n".join(body), CSS, landscape=True, margin="12mm 12mm 14mm 12mm",
                   bottom_center=q("Cruscotto 2025-2026 – pagina ") + " counter(page)",
                   hf_font='8pt "Liberation Sans Narrow"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, Y, kind="dashboard")], nodes, inds,
                findings=[finding("target.unambitious", "B2", "Perdite idriche lineari: latest value (2024) 18,4 "
                                  "mc/km/gg, target 2025 ≤ 19,0 is easier (the ≤ 19,0 only looks ambitious against "
                                  "2022's 21,3, printed last)")])
    genre_readme(d, name, "dashboard", CHROMIUM.format(script=SCRIPT), """
Landscape A4, Liberation Sans Narrow 9 pt, one page. Title (the authority), subtitle `Cruscotto degli indicatori di
performance – valori storici e target 2025-2026`, then a SUMMARY STRIP of three rounded boxes `Area A · peso 45%` +
area title: the area weights are printed ONLY there. Then one PANEL per area, with a coloured stripe on its left, a
heading `Area A – title` and its own table with HORIZONTAL RULES ONLY: two-row header `Cod. | Indicatore | U.M. |
Peso | Valori storici (2024 | 2023 | 2022) | Valori obiettivo (Target 2025 | Target 2026) | Tendenza`. The history
years run in REVERSE order (latest first). Values and targets are bare numbers (`92,1`, `≥ 93,0`, `≤ 0,35`), the unit
only in `U.M.` (`%`, `gg`, `n.`, `€/ab`, `mc/km/gg`, `h`); `n.d.` and `–` in the history; `Tendenza` in words. Indicator
weights sum to 100% inside each area (thirds `33,33% + 33,33% + 33,34%` in area C). Truth: areas `area` with weight,
indicators directly under their area with code, weight, baselines 2024/2023/2022 and targets 2025/2026; unit from
U.M. (`n.` → `N.`, `€/ab` → `EUR`, `h` → `ore`, `mc/km/gg` kept).
""", ["history years printed latest first (`2024 | 2023 | 2022`): the latest baseline is the FIRST history column",
      "clean traps: A1 target `≥ 93,0` is below the 2022 value 95,2 (printed last) but above the latest 92,1; "
      "C2 target flat `≥ 98,0`; `≤` targets going down",
      "area weights only in a summary strip above the panels",
      "one panel per area with horizontal rules only, coloured stripe, own header",
      "bare values, unit only in `U.M.`, `n.d.` and `–` in the history, `Tendenza` in words"],
                 ["target.unambitious on `B2` (Perdite idriche lineari): latest value 2024 = 18,4, target 2025 "
                  "`≤ 19,0` is easier; a reader that takes the last printed history column (2022 = 21,3) as the "
                  "latest would miss it"])
    return name


if __name__ == "__main__":
    print(build())
