#!/usr/bin/python3
"""h11-tree-chromium-1: tree of objectives of a university with past values and per-year triplets, by Chromium.
Content invented. Clean case. See the case README for the layout."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import CHROMIUM, capped, case_dir, chromium_pdf, dnum, doc, esc, html_page3, ind, node, q, readme, write_truth  # noqa: E402

NAME = "h11-tree-chromium-1"
ORG = "Università degli Studi di Valleverde"
YEARS = [2021, 2020]          # printed order: most recent first
HIST = [(2018, "a.a. 2018/2019"), (2019, "a.a. 2019/2020")]

# indicator: (code, name, source, unit, [base 2018, base 2019], {year: (op, tv, traw, rv, rraw)})
TREE = [
    ("D", "DIDATTICA", [
        ("D.1", "Migliorare la regolarità delle carriere degli studenti", [
            ("D.1.1", "Riduzione degli abbandoni tra il primo e il secondo anno", [
                ("D.1.1.a", "Studenti che proseguono al secondo anno con almeno 40 CFU", "ANVUR – cruscotto AVA", "%",
                 ["52,4%", "54,1%"], {2020: ("ge", "55.0", "≥ 55,0%", "55.8", "55,8%"),
                                      2021: ("ge", "57.0", "≥ 57,0%", "56.3", "56,3%")}),
                ("D.1.1.b", "Abbandoni dopo il primo anno", "Anagrafe nazionale studenti", "%", ["14,8%", "13,9%"],
                 {2020: ("le", "13.0", "≤ 13,0%", "13.4", "13,4%"), 2021: ("le", "12.0", "≤ 12,0%", "11.7", "11,7%")}),
            ]),
            ("D.1.2", "Laureati entro la durata normale del corso", [
                ("D.1.2.a", "Laureati regolari sul totale dei laureati", "AlmaLaurea", "%", ["61,0%", "62,7%"],
                 {2020: ("ge", "63.0", "≥ 63,0%", "60.1", "60,1%"), 2021: ("ge", "64.0", "≥ 64,0%", "64.9", "64,9%")}),
            ]),
        ]),
        ("D.2", "Rafforzare l'attrattività internazionale dei corsi di studio", [
            ("D.2.1", "Aumento degli studenti internazionali", [
                ("D.2.1.a", "Iscritti al primo anno con titolo di accesso conseguito all'estero",
                 "Anagrafe nazionale studenti", "N.", ["212", "248"],
                 {2020: ("ge", "260", "≥ 260", "231", "231"), 2021: ("ge", "280", "≥ 280", "302", "302")}),
            ]),
        ]),
    ]),
    ("R", "RICERCA E TERZA MISSIONE", [
        ("R.1", "Accrescere la capacità di attrarre finanziamenti competitivi", [
            ("R.1.1", "Crescita dei finanziamenti europei e nazionali alla ricerca", [
                ("R.1.1.a", "Entrate da bandi competitivi", "Bilancio unico di ateneo", "EUR",
                 ["€ 8.420.000", "€ 9.130.000"],
                 {2020: ("ge", "9500000", "≥ € 9.500.000", "10045600", "€ 10.045.600"),
                  2021: ("ge", "10000000", "≥ € 10.000.000", "9612000", "€ 9.612.000")}),
                ("R.1.1.b", "Progetti europei con ruolo di coordinatore", "Ufficio ricerca", "N.", ["3", "4"],
                 {2020: ("ge", "5", "≥ 5", "5", "5"), 2021: ("ge", "6", "≥ 6", "4", "4")}),
            ]),
        ]),
        ("R.2", "Sviluppare il trasferimento tecnologico", [
            ("R.2.1", "Valorizzazione dei risultati della ricerca", [
                ("R.2.1.a", "Brevetti depositati", "Ufficio trasferimento tecnologico", "N.", ["6", "9"],
                 {2020: ("ge", "10", "≥ 10", "11", "11"), 2021: ("ge", "12", "≥ 12", "12", "12")}),
                ("R.2.1.b", "Spin-off accreditati attivi al 31 dicembre", "Ufficio trasferimento tecnologico", "N.",
                 ["N/D", "7"], {2020: ("ge", "8", "≥ 8", "8", "8"), 2021: ("ge", "9", "≥ 9", "10", "10")}),
            ]),
        ]),
    ]),
]

CSS = """
body { font: 7.8pt "Liberation Sans Narrow", "Liberation Sans"; color: #1b1b1b; }
h1 { font: bold 12pt "Liberation Sans"; margin: 0; color: #2f3e6b; }
.sub { font-size: 9.4pt; margin: 0.8mm 0 0.6mm; } .note { font-size: 7.2pt; color: #555; margin: 0 0 3mm; }
table { width: 100%; border-collapse: collapse; }
th { background: #2f3e6b; color: #fff; font-weight: bold; padding: 1mm; border: 0.4pt solid #8894b8; font-size: 7.4pt; }
td { padding: 0.9mm 1.1mm; border: 0.4pt solid #b6bdd3; vertical-align: top; }
td.r { text-align: right; white-space: nowrap; }
td.p { font-weight: bold; background: #f1f3f9; }
.y { border-left: 1.6pt solid #2f3e6b !important; }
tr.a td { background: #d9deec; font-weight: bold; text-transform: none; }
tr.s td { background: #eef0f7; font-weight: bold; }
tr.o td { font-style: italic; }
td.t { color: #555; font-size: 7pt; white-space: nowrap; }
td.src { color: #555; font-size: 7pt; }
"""


def pc(x):
    return dnum(x, 1, group=False) + "%"


def main():
    d = case_dir(NAME)
    head = ("<thead><tr><th rowspan=2>Cod.</th><th rowspan=2>Tipo</th><th rowspan=2>Descrizione</th>"
            "<th rowspan=2>Fonte</th>" + "".join(f"<th colspan=3 class=\"y\">Anno {y}</th>" for y in YEARS) +
            "<th colspan=2 class=\"y\">Serie storica</th></tr><tr>" +
            "<th class=\"y\">Risultato</th><th>Target</th><th>%</th>" * len(YEARS) +
            "".join(("<th class=\"y\">" if i == 0 else "<th>") + lbl + "</th>" for i, (_, lbl) in enumerate(HIST)) +
            "</tr></thead>")
    ncol = 4 + 3 * len(YEARS) + len(HIST)
    rows, nodes, inds = [], [], []
    for ac, at, sts in TREE:
        rows.append(f"<tr class=\"a\"><td>{ac}</td><td class=\"t\">Area</td><td colspan={ncol - 2}>{esc(at)}</td></tr>")
        nodes.append(node(ac, "area", at))
        for sc, stt, outs in sts:
            rows.append(f"<tr class=\"s\"><td>{sc}</td><td class=\"t\">Ob. strategico</td>"
                        f"<td colspan={ncol - 2}>{esc(stt)}</td></tr>")
            nodes.append(node(sc, "strategic", stt, parent=ac))
            for oc, ot, ks in outs:
                rows.append(f"<tr class=\"o\"><td>{oc}</td><td class=\"t\">Outcome</td>"
                            f"<td colspan={ncol - 2}>{esc(ot)}</td></tr>")
                nodes.append(node(oc, "operational", ot, parent=sc))
                for kc, kn, src, um, base, yv in ks:
                    cells, tg, rs, ach = [], [], [], []
                    for y in YEARS:
                        op, tv, traw, rv, rraw = yv[y]
                        a = pc(capped(rv, tv, op))
                        cells.append(f"<td class=\"r y\">{esc(rraw)}</td><td class=\"r\">{esc(traw)}</td>"
                                     f"<td class=\"r p\">{a}</td>")
                        tg.append((y, traw))
                        rs.append((y, rraw))
                        ach.append((y, a))
                    rows.append(f"<tr><td>{kc}</td><td class=\"t\">Indicatore</td><td>{esc(kn)}</td>"
                                f"<td class=\"src\">{esc(src)}</td>" + "".join(cells) +
                                "".join(f"<td class=\"r{' y' if i == 0 else ''}\">{esc(b)}</td>"
                                        for i, b in enumerate(base)) + "</tr>")
                    inds.append(ind(kn, oc, code=kc, unit=um, baselines=[(y, b) for (y, _), b in zip(HIST, base)],
                                    targets=sorted(tg), results=sorted(rs), achievement=sorted(ach)))
    body = (f"<h1>{esc(ORG)}</h1><div class=\"sub\">Relazione sulla performance 2021 – Allegato 2: albero degli "
            "obiettivi, risultati 2020-2021 e serie storica</div><div class=\"note\">Le colonne degli anni sono in ordine "
            "decrescente. La serie storica riporta i valori degli anni accademici 2018/2019 e 2019/2020. % = risultato "
            "su target (target su risultato per gli indicatori da ridurre), fino al 100%.</div>"
            "<table>" + head + "<tbody>" + "\n".join(rows) + "</tbody></table>")
    html = html_page3(body, CSS, landscape=True, margin="13mm 12mm 14mm",
                      bottom_center='"Università degli Studi di Valleverde – pag. " counter(page)')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, sorted(YEARS), kind="unknown")], nodes, inds, [])
    readme(d, NAME, "Family: **tree with past values and per-year triplets**", CHROMIUM.format(script="h11_tree.py"),
           """
Landscape A4, Liberation Sans Narrow 7.8 pt, Chromium, one page; footer with the university and `pag. n`. Title (the
university), subtitle `Relazione sulla performance 2021 – Allegato 2 …`, a note saying the YEAR COLUMNS ARE IN
DESCENDING ORDER and how `%` is computed. ONE ruled table with a two-row header (white on navy): `Cod. | Tipo |
Descrizione | Fonte | Anno 2021 (Risultato | Target | %) | Anno 2020 (Risultato | Target | %) | Serie storica (a.a.
2018/2019 | a.a. 2019/2020)`: the most recent year comes FIRST and the academic-year past values come LAST, after the
triplets; thick navy rules separate the year groups. A narrow grey `Tipo` column names the level in words (`Area`,
`Ob. strategico`, `Outcome`, `Indicatore`), echoed by fills (area dark tint, strategic light tint, outcome italic).
Codes `D`, `D.1`, `D.1.1`, `D.1.1.a`. Result before target in each triplet; `%` with one decimal, bold on a tint.
Values `55,8%`, `≤ 13,0%`, `≥ € 9.500.000`, `€ 10.045.600`, `231`; a past value `N/D`. Truth: area → strategic →
operational (the Outcome rows) → indicators; academic years map to their first calendar year (baselines 2018,
2019); targets, results and achievements of 2020 and 2021.
""", [
        "input: `input.pdf`",
        "year groups in DESCENDING order (2021 before 2020), past values after the triplets",
        "level named in a narrow `Tipo` column",
        "`Fonte` right after the description",
        "`≤` targets on a percentage (lower is better), euro amounts with `€` before",
    ], [])


if __name__ == "__main__":
    main()
