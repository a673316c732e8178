#!/usr/bin/python3
"""h15-dashboard-chromium-1: a social-security institute's dashboard (cruscotto) 2025-2027 printed by Chromium.
Landscape, DejaVu Sans Condensed; NO TABLE OF ROWS: one TILE per indicator, three tiles side by side, grouped under
area heading bars (`Area B · Contributi e vigilanza` with `Peso dell'area 30%` at the right); each tile holds the
code and weight on a top line, the name, `U.M.` and direction, and a mini table `Serie storica` (2022-2024) /
`Obiettivo` (2025-2027) with bare values. Fault: target.declining (B2: `≤ 30`, `≤ 32`, `≤ 35` days).
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, genre_readme, html_page3, ind, node, q, \
    write_truth  # noqa: E402

SCRIPT = "h15_dashboard.py"
ORG = "Istituto Nazionale di Previdenza dei Lavoratori Marittimi"
Y = [2025, 2026, 2027]
H = [2022, 2023, 2024]
UM = {"giorni": "gg", "%": "%", "n.": "N.", "euro": "EUR", "migliaia di euro": "migliaia di euro"}

# area (code, title, weight) -> tiles (code, name, U.M., direction, weight, history 2022-24, targets 2025-27)
AREAS = [
    ("A", "Prestazioni pensionistiche", "45%", [
        ("A1", "Tempo medio di liquidazione delle pensioni di vecchiaia", "giorni", "down", "40%",
         ("118", "104", "97"), ("≤ 90", "≤ 85", "≤ 80")),
        ("A2", "Domande di pensione definite entro 30 giorni dalla presentazione", "%", "up", "30%",
         ("61,4", "66,0", "70,3"), ("≥ 72,0", "≥ 75,0", "≥ 78,0")),
        ("A3", "Ricostituzioni reddituali lavorate nell'anno", "n.", "up", "30%",
         ("4.210", "4.530", "4.480"), ("≥ 4.500", "≥ 4.500", "≥ 4.500"))]),
    ("B", "Contributi e vigilanza", "30%", [
        ("B1", "Crediti contributivi recuperati", "migliaia di euro", "up", "50%",
         ("11.850", "12.400", "12.960"), ("≥ 13.000", "≥ 13.500", "≥ 14.000")),
        ("B2", "Tempo medio di definizione delle istanze di rateizzazione", "giorni", "down", "25%",
         ("41", "36", "33"), ("≤ 30", "≤ 32", "≤ 35")),
        ("B3", "Ispezioni concluse con accertamento di irregolarità", "%", "up", "25%",
         ("18,5", "19,2", "21,0"), ("≥ 21,0", "≥ 22,0", "≥ 23,0"))]),
    ("C", "Servizi all'utenza e organizzazione", "25%", [
        ("C1", "Chiamate al contact center con risposta entro 60 secondi", "%", "up", "33,33%",
         ("78,0", "81,5", "84,2"), ("≥ 85,0", "≥ 85,0", "≥ 85,0")),
        ("C2", "Costo medio per pratica gestita", "euro", "down", "33,33%",
         ("46,80", "44,10", "43,90"), ("≤ 43,50", "≤ 42,00", "≤ 41,00")),
        ("C3", "Servizi disponibili on line con identità digitale", "n.", "up", "33,34%",
         ("n.d.", "27", "31"), ("≥ 34", "≥ 38", "≥ 42"))]),
]

CSS = """body { font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 8pt; color: #1d1d1d; }
h1 { font-size: 13pt; margin: 0; }
p.sub { margin: 1mm 0 3mm 0; font-size: 9pt; color: #444; }
div.area { display: flex; justify-content: space-between; background: #12355b; color: #fff; padding: 1.6mm 3mm;
  margin: 3mm 0 2mm 0; font-weight: bold; font-size: 9.5pt; break-after: avoid; }
div.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
div.tile { border: 0.7pt solid #8aa1b8; border-radius: 2.5pt; padding: 2mm 2.5mm; break-inside: avoid; }
div.top { display: flex; justify-content: space-between; color: #12355b; font-weight: bold; font-size: 8.5pt; }
div.nm { font-weight: bold; margin: 1mm 0; min-height: 7mm; }
div.um { color: #555; font-size: 7.5pt; margin-bottom: 1mm; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { font-weight: normal; font-size: 7pt; color: #333; background: #e8eef4; padding: 0.8pt 1pt; text-align: center; }
th.g { font-weight: bold; }
td { text-align: center; padding: 1.2pt 1pt; border-top: 0.4pt solid #c3cfdb; }
td.t { font-weight: bold; color: #12355b; }
p.foot { font-size: 7.5pt; color: #444; margin-top: 4mm; }"""


def build():
    name = "h15-dashboard-chromium-1"
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=\"sub\">Cruscotto degli indicatori di performance organizzativa – valori obiettivo 2025-2027</p>"]
    nodes, inds = [], []
    for acode, atitle, aw, tiles in AREAS:
        body.append(f"<div class=\"area\"><span>Area {acode} · {esc(atitle)}</span>"
                    f"<span>Peso dell'area {aw}</span></div>")
        nodes.append(node(acode, "area", atitle, weight=aw))
        body.append("<div class=\"grid\">")
        for code, nm, um, dirn, w, hist, tg in tiles:
            arrow = "↓ migliora se diminuisce" if dirn == "down" else "↑ migliora se aumenta"
            ths = "".join(f"<th>{y}</th>" for y in H + Y)
            tds = "".join(f"<td>{esc(v)}</td>" for v in hist) + "".join(f"<td class=\"t\">{esc(v)}</td>" for v in tg)
            body.append(
                "<div class=\"tile\">"
                f"<div class=\"top\"><span>{code}</span><span>peso {w}</span></div>"
                f"<div class=\"nm\">{esc(nm)}</div>"
                f"<div class=\"um\">U.M.: {esc(um)} &nbsp;·&nbsp; {arrow}</div>"
                "<table><tr><th class=\"g\" colspan=\"3\">Serie storica</th><th class=\"g\" colspan=\"3\">Obiettivo</th>"
                f"</tr><tr>{ths}</tr><tr>{tds}</tr></table></div>")
            inds.append(ind(nm, acode, code=code, unit=UM[um], weight=w,
                            baselines=[(y, v) for y, v in zip(H, hist)], targets=list(zip(Y, tg))))
        body.append("</div>")
    body.append("<p class=\"foot\">Pesi: ciascuna area sul totale del cruscotto; ciascun indicatore sulla propria area. "
                "Serie storica da consuntivi di bilancio e procedure gestionali; n.d. = non disponibile (servizio non "
                "ancora monitorato).</p>")
    h = html_page3("\n".join(body), CSS, landscape=True, margin="12mm 12mm 13mm 12mm",
                   top_right=q("INPLM – Cruscotto di ente 2025-2027"),
                   bottom_right='"pag. " counter(page) "/" counter(pages)')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, Y, kind="dashboard")], nodes, inds, [finding(
        "target.declining", "B2", "B2 (tempo medio di definizione delle istanze di rateizzazione, giorni, lower is "
        "better): targets ≤ 30, ≤ 32, ≤ 35 get easier every year")])
    genre_readme(d, name, "dashboard", CHROMIUM.format(script=SCRIPT), """
Landscape A4, DejaVu Sans Condensed 8 pt, running header at the top right, footer `pag. n/N`. No table of rows: each
area is a dark heading bar `Area A · Prestazioni pensionistiche` with `Peso dell'area 45%` at the right, followed by a
grid of three TILES (one per indicator, rounded frame). A tile holds: a top line with the code (`A1`) at the left and
`peso 40%` at the right; the indicator name in bold; `U.M.: giorni · ↓ migliora se diminuisce`; a mini table of six
columns with a two-row header (`Serie storica` over 2022 2023 2024, `Obiettivo` over 2025 2026 2027) and one row of
bare values (targets in bold with `≥` / `≤`, no unit). A closing note explains the weights and `n.d.`.
Truth: areas are nodes `A`/`B`/`C` with the area weight (`45%`); indicators hang directly under their area, weight
raw = the percentage after `peso` (`40%`), baselines 2022-2024, targets 2025-2027; unit from `U.M.` (`giorni` → `gg`,
`n.` → `N.`, `euro` → `EUR`, `migliaia di euro` kept as printed).
""", ["tiles instead of table rows, three per line, the values in a per-tile mini table",
      "area weight in a heading bar, indicator weight in each tile; thirds 33,33/33,33/33,34",
      "bare values and targets, unit only in `U.M.`; direction in words with an arrow",
      "flat targets (`≥ 4.500` ×3, `≥ 85,0` ×3), a baseline equal to the first target (`21,0` / `≥ 21,0`), `≤` "
      "targets going down as they should (A1, C2); `n.d.` in the history"],
                 ["target.declining: `B2` (Tempo medio di definizione delle istanze di rateizzazione, giorni) has "
                  "targets `≤ 30`, `≤ 32`, `≤ 35` (easier each year)"])
    return name


if __name__ == "__main__":
    print(build())
