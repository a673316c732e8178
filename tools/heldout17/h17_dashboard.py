#!/usr/bin/python3
"""h17-dashboard-chromium-1: a university's cruscotto of indicators 2026-2028 printed by Chromium. Landscape,
DejaVu Sans Condensed 7.5 pt; the area is a ROTATED, row-spanning first column with its `Incidenza` under the name;
indicator codes `A1`…; columns `Serie storica` (a.a. 2022/23, 2023/24, 2024/25) and `Valore atteso` (2026, 2027,
2028) with a `Verso` column (▲/▼); history as bare numbers, targets with operators; `n.d.`. Vertical rules only
between column groups. FAULT target.declining on `C2`. Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, html_page3, ind, node, q,  # noqa: E402
                      readme17, write_truth)

SCRIPT = "h17_dashboard.py"
ORG = "Università degli Studi di Montefeltro"
YEARS = [2026, 2027, 2028]
HIST = [("a.a. 2022/23", 2022), ("a.a. 2023/24", 2023), ("a.a. 2024/25", 2024)]

# area (code, title, weight) -> indicator (code, name, um label, truth unit, verso, history raws, targets)
AREAS = [
    ("A", "Didattica", "40%", [
        ("A1", "Immatricolati ai corsi di laurea triennale e a ciclo unico", "n.", "N.", "▲",
         ["2.910", "3.005", "3.122"], ["≥ 3.150", "≥ 3.200", "≥ 3.250"]),
        ("A2", "Laureati entro la durata normale del corso", "%", "%", "▲", ["51,8", "53,0", "54,6"],
         ["≥ 55%", "≥ 57%", "≥ 59%"]),
        ("A3", "Abbandoni tra primo e secondo anno", "%", "%", "▼", ["14,9", "13,7", "13,1"],
         ["≤ 12,5%", "≤ 12%", "≤ 11,5%"]),
        ("A4", "Rapporto studenti regolari / docenti", "rapporto", "rapporto", "▼", ["29,4", "28,8", "28,1"],
         ["≤ 28", "≤ 28", "≤ 27,5"])]),
    ("B", "Ricerca", "35%", [
        ("B1", "Proventi da progetti di ricerca competitivi (migliaia di euro)", "k€", "EUR", "▲",
         ["8.420", "9.115", "9.760"], ["≥ 9.800", "≥ 10.200", "≥ 10.600"]),
        ("B2", "Docenti senza prodotti nell'ultimo triennio", "%", "%", "▼", ["n.d.", "6,2", "5,4"],
         ["≤ 5%", "≤ 4,5%", "≤ 4%"]),
        ("B3", "Dottorandi con borsa su finanziamento esterno", "n.", "N.", "▲", ["38", "44", "47"],
         ["≥ 48", "≥ 48", "≥ 50"])]),
    ("C", "Terza missione e servizi", "25%", [
        ("C1", "Brevetti attivi nel portafoglio dell'ateneo", "n.", "N.", "▲", ["22", "25", "27"],
         ["≥ 28", "≥ 30", "≥ 32"]),
        ("C2", "Studenti soddisfatti dei servizi di segreteria", "%", "%", "▲", ["68,1", "70,4", "71,9"],
         ["≥ 74%", "≥ 73%", "≥ 72%"]),
        ("C3", "Giorni medi per il rilascio del diploma di laurea", "gg", "gg", "▼", ["96", "81", "74"],
         ["≤ 70", "≤ 60", "≤ 60"])]),
]

CSS = """body { font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; font-size: 7.5pt; color: #111; }
h1 { font-size: 12pt; margin: 0; color: #5b1a1a; } p.sub { margin: 1mm 0 4mm 0; font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { background: #5b1a1a; color: #fff; padding: 2pt; font-weight: bold; text-align: center; }
td { padding: 2.5pt 3pt; vertical-align: middle; border-bottom: 0.3pt solid #ccc; }
td.area { background: #f0e6e6; text-align: center; font-weight: bold; border-right: 1pt solid #5b1a1a; }
td.area div { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; margin: 0 auto; }
td.g { border-left: 1pt solid #5b1a1a; } td.c { text-align: center; } td.v { text-align: center; font-size: 9pt; }
p.note { font-size: 7pt; margin-top: 3mm; }"""


def build():
    name = "h17-dashboard-chromium-1"
    nodes, inds = [], []
    rows = []
    for acode, atitle, aw, ilist in AREAS:
        nodes.append(node(acode, "area", atitle, weight=aw))
        for k, (code, iname, um, unit, verso, hist, tg) in enumerate(ilist):
            cells = []
            if k == 0:
                cells.append(f"<td class=area rowspan={len(ilist)}><div>{acode} – {esc(atitle)}<br>"
                             f"Incidenza {aw}</div></td>")
            cells += [f"<td class=c>{code}</td>", f"<td>{esc(iname)}</td>", f"<td class=c>{esc(um)}</td>",
                      f"<td class=v>{verso}</td>"]
            cells += [f"<td class='c{' g' if j == 0 else ''}'>{esc(h)}</td>" for j, h in enumerate(hist)]
            cells += [f"<td class='c{' g' if j == 0 else ''}'>{esc(t)}</td>" for j, t in enumerate(tg)]
            rows.append("<tr>" + "".join(cells) + "</tr>")
            base = [(y, h) for (_l, y), h in zip(HIST, hist)]
            inds.append(ind(iname, acode, code=code, unit=unit, baselines=base, targets=list(zip(YEARS, tg))))
    cols = ("<colgroup><col style='width:14mm'><col style='width:9mm'><col><col style='width:14mm'>"
            "<col style='width:9mm'>" + "<col style='width:18mm'>" * 3 + "<col style='width:18mm'>" * 3 +
            "</colgroup>")
    head = ("<thead><tr><th rowspan=2>Area</th><th rowspan=2>Cod.</th><th rowspan=2>Indicatore</th>"
            "<th rowspan=2>U.M.</th><th rowspan=2>Verso</th><th colspan=3>Serie storica</th>"
            "<th colspan=3>Valore atteso</th></tr><tr>" +
            "".join(f"<th>{lab}</th>" for lab, _ in HIST) + "".join(f"<th>{y}</th>" for y in YEARS) +
            "</tr></thead>")
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Cruscotto strategico di ateneo – indicatori e valori attesi per il triennio 2026-2028 "
            "(allegato al Piano integrato)</p>",
            f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>",
            "<p class=note>Verso: ▲ valore da aumentare, ▼ valore da ridurre. La serie storica è espressa nell'unità "
            "di misura indicata; n.d. = dato non disponibile. L'incidenza delle aree concorre alla valutazione "
            "della performance organizzativa di ateneo; gli indicatori di ciascuna area hanno pari rilevanza.</p>"]
    h = html_page3("\n".join(body), CSS, landscape=True, margin="12mm 12mm 13mm 12mm",
                   top_right=q("Cruscotto 2026-2028"), bottom_center=q("– ") + " counter(page) " + q(" –"),
                   hf_font='7pt "DejaVu Sans"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS, kind="dashboard")], nodes, inds,
                findings=[finding("target.declining", "C2", "`≥ 74%`, `≥ 73%`, `≥ 72%`: the target gets easier "
                                  "every year")])
    readme17(d, name, "dashboard", CHROMIUM.format(script=SCRIPT), """
Landscape A4, DejaVu Sans condensed 7.5 pt, dark-red header, hairlines under rows, thick vertical rules only
between column groups; running header `Cruscotto 2026-2028`, footer `– n –`. Title and subtitle, then ONE table
with a two-row header: `Area | Cod. | Indicatore | U.M. | Verso | Serie storica (a.a. 2022/23, a.a. 2023/24, a.a.
2024/25) | Valore atteso (2026, 2027, 2028)`. The area is a row-spanning first cell with the text ROTATED 90°
(`A – Didattica` + `Incidenza 40%`). History values are bare numbers (unit in `U.M.`), targets carry operators and
sometimes `%`. `Verso` ▲ / ▼. A closing note explains the arrows and that indicators within an area weigh the same.
Truth: areas `area` with weight `40%` (the figure after `Incidenza`), indicators coded `A1`… under their area, no
weight; baselines `a.a. 2022/23` → year 2022 (the raw the bare number).
""", ["area name and weight rotated in a spanning first column", "`Serie storica` by academic year, targets by "
      "calendar year", "unit only in `U.M.` for history, in the targets sometimes", "`Verso` arrows", "`n.d.`"],
     ["area weights 40 + 35 + 25 = 100%; indicators carry no weight (the note says they weigh the same)",
      "`▼` indicators with `≤` targets going DOWN (`≤ 12,5%`, `≤ 12%`, `≤ 11,5%`; `≤ 70`, `≤ 60`, `≤ 60`)",
      "flat targets (`≥ 48` two years, `≤ 28` two years)", "history of years before the plan (2022-2024)",
      "bare history numbers next to `%` targets"],
     ["`target.declining` on `C2`: `≥ 74%`, `≥ 73%`, `≥ 72%` (a higher-is-better target getting easier)."])
    return name


if __name__ == "__main__":
    print(build())
