#!/usr/bin/python3
"""h19-tree-chromium-1 (family: tree with past values and per-year triplets): a school for advanced studies monitors
its strategic plan over two academic years, HTML printed by Chromium. Landscape, Nimbus Sans Narrow 8 pt. The
triplets are grouped BY MEASURE, not by year: `Risultato (2023/24 | 2024/25) | Target (2023/24 | 2024/25) | % di
realizzazione (2023/24 | 2024/25)`, after a `Valore a.a. 2022/23` column; academic years written short (`2023/24`);
`Fonte` BEFORE the values; four levels (area band, strategic bold, Outcome italic, indicator) in one `Cod.` column
with codes `D`, `D.1`, `D.1.1`, `D.1.1-a`; `dato in aggiornamento` with `–`. Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import (CHROMIUM, capped, case_dir, chromium_pdf, dnum, doc, esc, html_page3, ind, node, q,  # noqa
                      readme13, rnd, write_truth)

SCRIPT = "fam19_tree.py"
NAME = "h19-tree-chromium-1"
ORG = "Scuola Superiore di Studi Avanzati del Sannio"
YEARS = [2023, 2024]
# area: (code, title, [strategic]); strategic: (code, title, [outcome]); outcome: (code, title, [indicator])
# indicator: (code, name, unit, source, past 2022/23, [results], [targets], op, [result values], [target values])
TREE = [
    ("D", "Didattica e formazione degli allievi", [
        ("D.1", "Migliorare la regolarità e l'attrattività dei percorsi formativi", [
            ("D.1.1", "Allievi che completano il percorso nei tempi previsti", [
                ("D.1.1-a", "Allievi in corso sul totale degli iscritti", "%", "Anagrafe nazionale studenti", "86,4%",
                 ["88,1%", "90,2%"], ["≥ 87%", "≥ 89%"], "ge", ["88.1", "90.2"], ["87", "89"]),
                ("D.1.1-b", "Abbandoni dopo il primo anno", "%", "Anagrafe nazionale studenti", "6,1%",
                 ["5,8%", "5,9%"], ["≤ 5,5%", "≤ 5%"], "le", ["5.8", "5.9"], ["5.5", "5"])]),
            ("D.1.2", "Attrattività internazionale dei corsi ordinari", [
                ("D.1.2-a", "Allievi con titolo di accesso conseguito all'estero", "%", "Ufficio ammissioni", "9%",
                 ["11%", "12%"], ["≥ 10%", "≥ 12%"], "ge", ["11", "12"], ["10", "12"])]),
        ]),
    ]),
    ("R", "Ricerca", [
        ("R.1", "Rafforzare la produzione scientifica e la partecipazione a progetti competitivi", [
            ("R.1.1", "Produzione scientifica di qualità", [
                ("R.1.1-a", "Pubblicazioni in riviste di fascia A per docente", "N.", "Archivio istituzionale IRIS",
                 "2,4", ["2,6", "2,5"], ["≥ 2,5", "≥ 2,7"], "ge", ["2.6", "2.5"], ["2.5", "2.7"])]),
            ("R.1.2", "Capacità di attrarre finanziamenti per la ricerca", [
                ("R.1.2-a", "Entrate da progetti di ricerca competitivi", "EUR", "Bilancio unico di ateneo",
                 "€ 1.850.000", ["€ 2.120.000", "dato in aggiornamento"], ["≥ € 2.000.000", "≥ € 2.200.000"], "ge",
                 ["2120000", None], ["2000000", "2200000"])]),
        ]),
    ]),
    ("T", "Terza missione e impatto sociale", [
        ("T.1", "Diffondere la cultura scientifica sul territorio", [
            ("T.1.1", "Partecipazione del pubblico alle iniziative della Scuola", [
                ("T.1.1-a", "Partecipanti a eventi di public engagement", "N.", "Registro eventi", "3.400",
                 ["3.950", "4.310"], ["≥ 3.600", "≥ 4.000"], "ge", ["3950", "4310"], ["3600", "4000"]),
                ("T.1.1-b", "Tempo medio di risposta alle richieste di collaborazione delle scuole", "gg",
                 "Protocollo informatico", "18 gg", ["14 gg", "12 gg"], ["≤ 15 gg", "≤ 12 gg"], "le", ["14", "12"],
                 ["15", "12"])]),
        ]),
    ]),
]

CSS = """body { font-family: "Nimbus Sans Narrow", sans-serif; font-size: 8pt; color: #000; }
h1 { font-size: 13pt; margin: 0; } p.sub { font-size: 9.5pt; margin: 1mm 0 4mm 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { border: 0.5pt solid #444; background: #dfe7ef; padding: 2pt; font-weight: bold; text-align: center; }
td { border-top: 0.3pt solid #999; border-bottom: 0.3pt solid #999; padding: 2pt 3pt; vertical-align: top; }
td.v { text-align: center; } td.g { border-left: 1.2pt solid #444; }
tr.a td { background: #34495e; color: #fff; font-weight: bold; font-size: 8.8pt; }
tr.s td { font-weight: bold; background: #eef2f6; }
tr.o td { font-style: italic; } tr.o td.t { padding-left: 8pt; }
tr.i td.t { padding-left: 16pt; }
tr { page-break-inside: avoid; }
p.note { font-size: 7pt; margin-top: 3mm; }"""


def ach(op, r, t):
    return dnum(rnd(capped(Decimal(r), Decimal(t), op), 1), 1, group=False) + "%"


def build():
    nodes, inds, trs = [], [], []
    empty_vals = "<td class='v g'></td><td class=v></td>" * 3
    for acode, atitle, sts in TREE:
        nodes.append(node(acode, "area", atitle))
        trs.append(f"<tr class=a><td>{acode}</td><td colspan=9>{esc(atitle)}</td></tr>")
        for scode, stitle, outs in sts:
            nodes.append(node(scode, "strategic", stitle, parent=acode))
            trs.append(f"<tr class=s><td>{scode}</td><td class=t colspan=2>{esc(stitle)}</td><td class=v></td>"
                       + empty_vals + "</tr>")
            for ocode, otitle, rows in outs:
                nodes.append(node(ocode, "operational", otitle, parent=scode))
                trs.append(f"<tr class=o><td>{ocode}</td><td class=t colspan=2>{esc(otitle)}</td><td class=v></td>"
                           + empty_vals + "</tr>")
                for icode, iname, um, src, past, res, tg, op, rv, tv in rows:
                    ach_raw = [ach(op, r, t) if r is not None else None for r, t in zip(rv, tv)]
                    cells = [f"<td>{icode}</td>", f"<td class=t>{esc(iname)}</td>", f"<td>{esc(src)}</td>",
                             f"<td class=v>{esc(past)}</td>"]
                    for grp in (res, tg, [a or "–" for a in ach_raw]):
                        cells += [f"<td class='v g'>{esc(grp[0])}</td>", f"<td class=v>{esc(grp[1])}</td>"]
                    trs.append("<tr class=i>" + "".join(cells) + "</tr>")
                    inds.append(ind(iname, ocode, code=icode, unit=um, baselines=[(2022, past)],
                                    targets=list(zip(YEARS, tg)), results=list(zip(YEARS, res)),
                                    achievement=[(y, a) for y, a in zip(YEARS, ach_raw) if a]))
    yy = "<th>2023/24</th><th>2024/25</th>"
    head = ("<thead><tr><th rowspan=2>Cod.</th><th rowspan=2>Descrizione</th><th rowspan=2>Fonte</th>"
            "<th rowspan=2>Valore a.a. 2022/23</th><th colspan=2>Risultato</th><th colspan=2>Target</th>"
            f"<th colspan=2>% di realizzazione</th></tr><tr>{yy}{yy}{yy}</tr></thead>")
    cols = ("<colgroup><col style='width:15mm'><col><col style='width:34mm'><col style='width:19mm'>" +
            "<col style='width:19mm'>" * 6 + "</colgroup>")
    body = (f"<h1>{esc(ORG)}</h1><p class=sub>Monitoraggio del piano strategico – risultati degli anni accademici "
            "2023/24 e 2024/25</p><table>" + cols + head + "<tbody>" + "".join(trs) + "</tbody></table>"
            "<p class=note>Anni accademici indicati in forma abbreviata (2023/24 = a.a. 2023/2024). % di "
            "realizzazione: risultato / target (target / risultato per gli indicatori da ridurre), al massimo 100%; "
            "– = non calcolabile.</p>")
    h = html_page3(body, CSS, landscape=True, margin="12mm 12mm",
                   bottom_right=q("pag. ") + " counter(page) " + q(" di ") + " counter(pages)",
                   hf_font='7pt "Nimbus Sans Narrow"')
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    readme13(d, NAME, "tree with past values and per-year triplets (kind unknown)", CHROMIUM.format(script=SCRIPT), """
Landscape A4, Nimbus Sans Narrow 8 pt. One table with a two-row header: `Cod. | Descrizione | Fonte | Valore a.a.
2022/23 | Risultato (2023/24 | 2024/25) | Target (2023/24 | 2024/25) | % di realizzazione (2023/24 | 2024/25)` —
the yearly triplets are grouped BY MEASURE (both results, then both targets, then both percentages), with a heavy
rule opening each group; academic years in short form (`2023/24`); `Fonte` BEFORE the values. Four levels in the
one `Cod.` column: area as a dark band (`D`), strategic objective bold on a grey row (`D.1`), Outcome in italics
(`D.1.1`), indicators indented (`D.1.1-a`). Horizontal hairlines only inside the groups. A note explains the short
years and the `–`. Truth: areas `area`, strategic `strategic`, outcomes `operational` (as in the earlier tree
cases), indicators under their outcome; `a.a. 2022/23` → baseline 2022, `2023/24` → 2023, `2024/25` → 2024; the
`dato in aggiornamento` result is kept with no achievement (the % cell prints `–`). `Fonte` is not in the truth.
""", ["triplets grouped by measure instead of by year", "short academic years `2023/24`",
      "`Fonte` before the values", "four levels in one code column, codes `D.1.1-a`",
      "Nimbus Sans Narrow, landscape, dark area bands, heavy rules between groups"],
     ["percentages capped at 100,0% (`88,1%` against `≥ 87%`)",
      "`≤ 5,5% / ≤ 5%` and `≤ 15 gg / ≤ 12 gg`: lower-is-better targets going down; their % is target / result",
      "`R.1.1-a` 2024/25: 2,5 against `≥ 2,7` → 92,6% (a result that fell is not a declining target)",
      "`dato in aggiornamento` with `–` in the % column", "no weights anywhere (not a weight.missing)"], [])
    return NAME


if __name__ == "__main__":
    print(build())
