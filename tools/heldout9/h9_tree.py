#!/usr/bin/python3
"""h9-tree-chromium-1: a university's tree with outcomes, past academic years and per-year triplets, Chromium.
Content invented. Clean case. See the case README for the layout."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import CHROMIUM, capped, case_dir, chromium_pdf, dnum, doc, esc, html_page3, ind, node, readme, rnd, write_truth  # noqa: E402

NAME = "h9-tree-chromium-1"
ORG = "Università degli Studi di Pontebello"
YEARS = [2019, 2020]
BY = [2017, 2018]

# indicator: (code, name, unit, source, base raws, [(op, target raw, target value, result raw, result value)] x2)
T = [
    ("D", "DIDATTICA", [
        ("D1", "Migliorare la regolarità delle carriere degli studenti", [
            ("D1.a", "Riduzione degli abbandoni dopo il primo anno", [
                ("D1.a.1", "Studenti che proseguono al II anno nello stesso corso di studio", "%", "Anagrafe studenti",
                 ["76,8%", "78,1%"], [("ge", "≥ 79,0%", "79.0", "80,2%", "80.2"), ("ge", "≥ 80,0%", "80.0", "79,5%", "79.5")]),
                ("D1.a.2", "Studenti che hanno acquisito almeno 40 CFU nell'anno solare", "%", "Cruscotto di ateneo",
                 ["52,3%", "54,0%"], [("ge", "≥ 55,0%", "55.0", "53,9%", "53.9"), ("ge", "≥ 57,0%", "57.0", "57,6%", "57.6")]),
            ]),
            ("D1.b", "Aumento dei laureati entro la durata normale del corso", [
                ("D1.b.1", "Laureati entro la durata normale del corso sul totale dei laureati", "%", "Indagine laureati",
                 ["48,7%", "50,2%"], [("ge", "≥ 51,0%", "51.0", "52,4%", "52.4"), ("ge", "≥ 53,0%", "53.0", "51,8%", "51.8")]),
            ]),
        ]),
        ("D2", "Rafforzare l'attrattività dell'offerta formativa", [
            ("D2.a", "Crescita degli iscritti provenienti da altre regioni", [
                ("D2.a.1", "Iscritti al primo anno con titolo di accesso conseguito in altra regione", "%", "Anagrafe studenti",
                 ["18,4%", "19,1%"], [("ge", "≥ 20,0%", "20.0", "21,3%", "21.3"), ("ge", "≥ 21,0%", "21.0", "20,2%", "20.2")]),
            ]),
        ]),
    ]),
    ("R", "RICERCA", [
        ("R1", "Accrescere la capacità di attrarre finanziamenti competitivi", [
            ("R1.a", "Più progetti finanziati su bandi competitivi", [
                ("R1.a.1", "Progetti finanziati su bandi europei e nazionali", "N.", "Ufficio ricerca",
                 ["31", "34"], [("ge", "≥ 36", "36", "38", "38"), ("ge", "≥ 38", "38", "35", "35")]),
                ("R1.a.2", "Proventi da ricerca commissionata e trasferimento tecnologico", "EUR", "Bilancio di ateneo",
                 ["€ 2.840.000", "€ 3.015.000"], [("ge", "≥ € 3.100.000", "3100000", "€ 3.262.500", "3262500"),
                                                  ("ge", "≥ € 3.300.000", "3300000", "€ 3.168.000", "3168000")]),
            ]),
        ]),
        ("R2", "Migliorare la qualità della produzione scientifica", [
            ("R2.a", "Aumento delle pubblicazioni su riviste di fascia alta", [
                ("R2.a.1", "Pubblicazioni su riviste del primo quartile sul totale delle pubblicazioni", "%", "Catalogo della ricerca",
                 ["41,5%", "43,2%"], [("ge", "≥ 44,0%", "44.0", "45,1%", "45.1"), ("ge", "≥ 45,0%", "45.0", "46,0%", "46.0")]),
            ]),
        ]),
    ]),
    ("T", "TERZA MISSIONE", [
        ("T1", "Valorizzare le conoscenze prodotte a beneficio del territorio", [
            ("T1.a", "Più imprese nate dalla ricerca di ateneo", [
                ("T1.a.1", "Spin-off accreditati attivi al 31 dicembre", "N.", "Ufficio trasferimento tecnologico",
                 ["12", "14"], [("ge", "≥ 15", "15", "15", "15"), ("ge", "≥ 17", "17", "16", "16")]),
                ("T1.a.2", "Tempo medio di stipula degli accordi di trasferimento tecnologico", "gg", "Ufficio trasferimento tecnologico",
                 ["74 gg", "68 gg"], [("le", "≤ 65 gg", "65", "61 gg", "61"), ("le", "≤ 60 gg", "60", "63 gg", "63")]),
            ]),
        ]),
    ]),
]

CSS = """
body { font: 7.8pt "DejaVu Sans Condensed", "DejaVu Sans"; font-stretch: condensed; color: #1a1a1a; }
h1 { font-size: 12pt; margin: 0; } .sub { font-size: 9pt; margin: 0.8mm 0 1mm; } .note { font-size: 7pt; color: #555; margin: 0 0 3mm; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
th { background: #4b2e83; color: #fff; font-size: 7pt; padding: 1mm; border: 0.4pt solid #8f7bb8; }
td { padding: 0.8mm 1mm; border-bottom: 0.4pt solid #d3cde3; vertical-align: top; }
tr.area td { background: #4b2e83; color: #fff; font-weight: bold; font-size: 8.2pt; letter-spacing: 0.5pt; }
tr.os td { background: #e6e0f2; font-weight: bold; }
tr.out td { font-style: italic; background: #f6f4fa; }
tr.out td.d { padding-left: 4mm; } tr.k td.d { padding-left: 8mm; }
td.n { text-align: right; white-space: nowrap; } td.p { text-align: right; font-weight: bold; white-space: nowrap; }
td.y1 { border-left: 0.8pt solid #4b2e83; } td.s { font-size: 6.8pt; color: #444; }
tr { page-break-inside: avoid; }
"""


def pct1(x):
    return dnum(rnd(x, 1), 1, group=False) + "%"


def main():
    d = case_dir(NAME)
    nodes, inds, rows = [], [], []
    for ac, at, sos in T:
        rows.append(f"<tr class=\"area\"><td>{ac}</td><td colspan=11>{esc(at)}</td></tr>")
        nodes.append(node(ac, "area", at))
        for sc, st, outs in sos:
            rows.append(f"<tr class=\"os\"><td>{sc}</td><td colspan=11>{esc(st)}</td></tr>")
            nodes.append(node(sc, "strategic", st, parent=ac))
            for oc, ot, ks in outs:
                rows.append(f"<tr class=\"out\"><td>{oc}</td><td class=\"d\" colspan=11>Outcome: {esc(ot)}</td></tr>")
                nodes.append(node(oc, "operational", ot, parent=sc))
                for kc, kn, um, src, base, yrs in ks:
                    cells = [f"<td>{kc}</td><td class=\"d\">{esc(kn)}</td>"]
                    cells += [f"<td class=\"n\">{esc(b)}</td>" for b in base]
                    tg, rs, ach = [], [], []
                    for i, (op, traw, tv, rraw, rv) in enumerate(yrs):
                        a = pct1(capped(Decimal(rv), Decimal(tv), op))
                        cells.append(f"<td class=\"n{' y1' if True else ''}\">{esc(traw)}</td><td class=\"n\">{esc(rraw)}</td>"
                                     f"<td class=\"p\">{a}</td>")
                        tg.append((YEARS[i], traw)), rs.append((YEARS[i], rraw)), ach.append((YEARS[i], a))
                    cells.append(f"<td class=\"s\">{esc(src)}</td>")
                    rows.append("<tr class=\"k\">" + "".join(cells) + "</tr>")
                    inds.append(ind(kn, oc, code=kc, unit=um, baselines=list(zip(BY, base)), targets=tg, results=rs,
                                    achievement=ach, notes=[]))
    head = ("<thead><tr><th rowspan=2 style='width:5%'>Codice</th><th rowspan=2>Area / obiettivo strategico / outcome / "
            "indicatore</th><th colspan=2>Valori di partenza</th><th colspan=3>Anno 2019</th><th colspan=3>Anno 2020</th>"
            "<th rowspan=2 style='width:9%'>Fonte</th></tr><tr><th style='width:6.5%'>a.a. 2017/2018</th>"
            "<th style='width:6.5%'>a.a. 2018/2019</th>" + "<th style='width:7%'>Target</th><th style='width:7%'>Risultato</th>"
            "<th style='width:5%'>%</th>" * 2 + "</tr></thead>")
    body = (f"<h1>{esc(ORG)}</h1><div class=\"sub\">Relazione sulla performance 2020 – Allegato 3: albero degli "
            "obiettivi, outcome e indicatori (bienni 2019-2020)</div><div class=\"note\">I valori di partenza si riferiscono "
            "agli anni accademici indicati; per ciascun anno sono riportati il target, il risultato e la percentuale di "
            "realizzazione (risultato/target, o target/risultato per gli indicatori da ridurre, fino al 100%).</div>"
            "<table>" + head.replace("<td class=\"n y1\">", "") + "<tbody>" + "\n".join(rows) + "</tbody></table>")
    # the 'Fonte' column sits after the two year groups; the header above declares it last
    html = html_page3(body, CSS, landscape=True, margin="13mm 11mm 15mm",
                      bottom_right='"pag. " counter(page) "/" counter(pages)')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS, kind="unknown")], nodes, inds)
    readme(d, NAME, "Family: **tree with past values and per-year triplets**", CHROMIUM.format(script="h9_tree.py"), """
Landscape A4, DejaVu Sans Condensed 7.8 pt, Chromium; `pag. n/m` at the foot. Title (the university), subtitle
`Relazione sulla performance 2020 – Allegato 3 …`, a grey note explaining that past values are academic years and
how `%` is computed. ONE table, two-row header (white on purple) repeated on each page: `Codice | Area / obiettivo
strategico / outcome / indicatore | Valori di partenza (a.a. 2017/2018 | a.a. 2018/2019) | Anno 2019 (Target |
Risultato | %) | Anno 2020 (Target | Risultato | %) | Fonte`. TARGET COMES BEFORE RESULT in each triplet. Levels
are rows of one table: area band (purple, white capitals, `D` | `DIDATTICA`), strategic rows (lilac, bold, `D1`),
outcome rows (italic, light tint, indented, the description prefixed by the word `Outcome:`, code `D1.a`), indicator
rows (further indented, `D1.a.1`) with the values; the source is a small grey last column. Operators Unicode, one
decimal in percentages, euro before the amount (`≥ € 3.100.000`), days (`≤ 65 gg`). Truth: area → strategic →
operational (the Outcome rows, title after `Outcome: `) → indicators; the two academic years are baselines of
2017 and 2018 (first calendar year); targets/results/achievements for 2019 and 2020. No weights.
""", [
        "input: `input.pdf`", "outcome rows marked by the prefix `Outcome:` inside the description cell",
        "triplet order Target | Risultato | %", "source column last, small grey type",
        "academic-year baselines", "landscape condensed font, purple palette",
    ], [])


if __name__ == "__main__":
    main()
