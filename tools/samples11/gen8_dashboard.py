#!/usr/bin/python3
"""gen8-dashboard-chromium-1: a hospital trust's dashboard of indicators printed by Chromium. Landscape, DejaVu Serif
Condensed, BORDERLESS zebra; grouped header `Andamento storico` (2021-2023) / `Valori obiettivo` (2024-2026); UNIT in
its own `U.M.` column and a `Verso` column with arrows, values and targets printed WITHOUT unit; area bands with
the area weight in the LAST column (`Peso`); forced page break before area 3 with the header repeated. Clean.
Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import (CHROMIUM, case_dir, chromium_pdf, doc, esc, genre_readme, html_page3, ind, node, q,  # noqa: E402
                      td, write_truth)

SCRIPT = "gen8_dashboard.py"
ORG = "Azienda Ospedaliera Santa Maria delle Grazie di Roccavaldina"
H = [2021, 2022, 2023]
Y = [2024, 2025, 2026]

AREAS = [
    ("1", "ACCESSO E TEMPI DI ATTESA", "30%", [
        ("1.01", "Prestazioni ambulatoriali in classe di priorità B erogate entro 10 giorni", "%", "↑",
         ("78,2", "81,5", "84,0"), ("≥ 86,0", "≥ 88,0", "≥ 90,0"), "40%"),
        ("1.02", "Tempo mediano di permanenza in pronto soccorso dei pazienti dimessi", "ore", "↓",
         ("5,8", "5,4", "5,1"), ("≤ 5,0", "≤ 4,8", "≤ 4,5"), "35%"),
        ("1.03", "Interventi per tumore maligno della mammella eseguiti entro 30 giorni dalla prenotazione", "%",
         "↑", ("82", "85", "87"), ("≥ 88", "≥ 90", "≥ 90"), "25%")]),
    ("2", "APPROPRIATEZZA ED ESITI DELLE CURE", "40%", [
        ("2.01", "Fratture del collo del femore operate entro 48 ore in pazienti con più di 65 anni", "%", "↑",
         ("68,4", "71,9", "74,3"), ("≥ 75,0", "≥ 78,0", "≥ 80,0"), "30%"),
        ("2.02", "Parti cesarei primari sul totale dei parti senza precedente cesareo", "%", "↓",
         ("24,6", "23,1", "22,7"), ("≤ 22,0", "≤ 21,0", "≤ 20,0"), "25%"),
        ("2.03", "Riammissioni non programmate entro 30 giorni dalla dimissione", "%", "↓", ("7,9", "7,6", "7,2"),
         ("≤ 7,0", "≤ 6,8", "≤ 6,5"), "25%"),
        ("2.04", "Infezioni del sito chirurgico ogni 100 interventi in elezione", "N.", "↓", ("2,4", "2,1", "1,9"),
         ("≤ 1,8", "≤ 1,7", "≤ 1,6"), "20%")]),
    ("3", "SOSTENIBILITÀ ECONOMICA E ORGANIZZATIVA", "30%", [
        ("3.01", "Costo medio per giornata di degenza ordinaria", "€", "↓", ("812", "826", "839"),
         ("≤ 835", "≤ 830", "≤ 825"), "40%"),
        ("3.02", "Indicatore annuale di tempestività dei pagamenti", "gg", "↓", ("4", "-2", "-6"),
         ("≤ -6", "≤ -8", "≤ -10"), "30%"),
        ("3.03", "Spesa farmaceutica ospedaliera rispetto al budget assegnato", "%", "↓", ("103,2", "101,8", "100,9"),
         ("≤ 100,0", "≤ 100,0", "≤ 100,0"), "30%")]),
]
UNIT = {"%": "%", "ore": "ore", "N.": "N.", "€": "EUR", "gg": "gg"}

CSS = """body { font-family: "DejaVu Serif Condensed", "DejaVu Serif", serif; font-size: 8.6pt; color: #1a1a1a; }
h1 { font-size: 13pt; margin: 0; letter-spacing: 0.2pt; }
p.sub { font-size: 10pt; margin: 1mm 0 2mm 0; }
p.intro { margin: 0 0 3mm 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead th { font-weight: bold; padding: 2pt 3pt; border-bottom: 1pt solid #6b1f2a; color: #6b1f2a; }
thead tr.g th { border-bottom: 0.5pt solid #6b1f2a; }
td { padding: 2.6pt 3pt; vertical-align: top; }
tbody tr { break-inside: avoid; }
tr.a td { font-weight: bold; color: #fff; background: #6b1f2a; padding-top: 3.5pt; padding-bottom: 3.5pt; }
tr.z td { background: #f3e9ea; }
td.n, td.u, td.s, td.v, td.w { text-align: center; }
tr.brk { break-before: page; }
p.leg { margin-top: 3mm; font-size: 7.6pt; color: #333; }"""


def build():
    name = "gen8-dashboard-chromium-1"
    cols = ("<colgroup><col style='width:16mm'><col><col style='width:12mm'><col style='width:11mm'>"
            + "<col style='width:17mm'>" * 6 + "<col style='width:14mm'></colgroup>")
    head = ("<thead><tr class=g><th rowspan=2>Cod.</th><th rowspan=2 style='text-align:left'>Indicatore</th>"
            "<th rowspan=2>U.M.</th><th rowspan=2>Verso</th><th colspan=3>Andamento storico</th>"
            "<th colspan=3>Valori obiettivo</th><th rowspan=2>Peso</th></tr><tr>"
            + "".join(f"<th>{y}</th>" for y in H + Y) + "</tr></thead>")
    rows, nodes, inds = [], [], []
    for k, (acode, atitle, aw, ilist) in enumerate(AREAS):
        cls = "a brk" if k == 2 else "a"
        rows.append(f"<tr class='{cls}'>" + td(f"AREA {acode}") + td(atitle, colspan=9) + td(aw, "w") + "</tr>")
        nodes.append(node(acode, "area", atitle, weight=aw))
        for j, (code, nm, um, verso, hist, tg, w) in enumerate(ilist):
            z = " class=z" if j % 2 else ""
            rows.append(f"<tr{z}>" + td(code, "n") + td(nm) + td(um, "u") + td(verso, "s")
                        + "".join(td(x, "v") for x in hist + tg) + td(w, "w") + "</tr>")
            inds.append(ind(nm, acode, code=code, unit=UNIT[um], weight=w, baselines=list(zip(H, hist)),
                            targets=list(zip(Y, tg))))
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Cruscotto degli indicatori di performance organizzativa – triennio 2024-2026</p>",
            "<p class=intro>Per ogni area il cruscotto riporta gli indicatori con l'andamento degli ultimi tre "
            "esercizi e i valori obiettivo del triennio. I valori sono espressi nell'unità di misura indicata nella "
            "colonna U.M.; la colonna Verso indica se il miglioramento corrisponde a un aumento (↑) o a una "
            "diminuzione (↓) dell'indicatore. Il peso dell'area è riferito al totale aziendale, il peso "
            "dell'indicatore all'area di appartenenza.</p>",
            f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>",
            "<p class=leg>Fonti: flussi SDO, cruscotto regionale dei tempi di attesa, contabilità analitica "
            "aziendale, piattaforma dei crediti commerciali.</p>"]
    h = html_page3("\n".join(body), CSS, landscape=True, margin="14mm 14mm 14mm 14mm",
                   top_left=q("Direzione strategica – Controllo di gestione"),
                   bottom_right=q("pag. ") + " counter(page)", hf_font='7.5pt "DejaVu Serif Condensed"')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, Y, kind="dashboard")], nodes, inds)
    genre_readme(d, name, "dashboard", CHROMIUM.format(script=SCRIPT), """
Landscape A4, DejaVu Serif Condensed 8.6 pt, BORDERLESS (maroon rules under the header rows only), zebra fill on
every other indicator row, two pages. Title (the hospital trust), subtitle `Cruscotto degli indicatori di performance
organizzativa – triennio 2024-2026`, a paragraph explaining `U.M.`, `Verso` and the weights. One table with a
two-row header `Cod. | Indicatore | U.M. | Verso | Andamento storico (2021 | 2022 | 2023) | Valori obiettivo (2024 |
2025 | 2026) | Peso`, repeated on page 2 (thead). Areas are maroon band rows `AREA 1 | ACCESSO E TEMPI DI ATTESA |
… | 30%` with the area weight in the LAST (`Peso`) column; a FORCED page break before area 3. Indicator rows:
code `1.01`, name, unit in its own column (`%`, `ore`, `N.`, `€`, `gg`), an arrow `↑`/`↓` for the direction, three
history values and three targets WITHOUT unit (`78,2`, `≥ 86,0`, `≤ -6`), and the weight inside the area. Running
header `Direzione strategica – Controllo di gestione`, footer `pag. n`. Truth: areas `area` (code `1`, title in
capitals), indicators directly under their area, unit from the U.M. column (`€` → `EUR`, `ore` kept), baselines
2021-2023 and targets 2024-2026 as printed (bare).
""", ["unit only in a `U.M.` column, values and targets printed bare",
      "direction as an arrow column `Verso`",
      "grouped header `Andamento storico` / `Valori obiettivo`; weight LAST",
      "borderless zebra, serif condensed, landscape",
      "forced page break inside the table with the header repeated",
      "negative values (`-2`, `≤ -10`), equal targets across years (`≤ 100,0`)"], [])
    return name


if __name__ == "__main__":
    print(build())
