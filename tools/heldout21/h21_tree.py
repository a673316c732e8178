#!/usr/bin/python3
"""h21-tree-chromium-1: tree with past values and per-year triplets of an academy of fine arts, printed by
Chromium. Clean.

Landscape, URW Bookman 8 pt. ONE TABLE PER ACADEMIC YEAR instead of year groups side by side: `Monitoraggio a.a.
2023/2024` (with the past value `Valore a.a. 2022/2023`) and then `Monitoraggio a.a. 2024/2025` (without it), each
repeating the whole tree (area `AS1` → strategic `OS1.1` → outcome `OUT1.1.a` → indicator `D01`) with its own
`Risultato | Target | %` triplet. `Fonte` as footnote letters `(a)`…`(d)` explained under the second table. Content
is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (CHROMIUM, capped, case_dir21, chromium_pdf, dnum, doc, esc, html_page3, ind,  # noqa: E402
                      node, q, readme13, rnd, write_truth)

NAME = "h21-tree-chromium-1"
ORG = "Accademia di Belle Arti di Vallerotonda"
Y1, Y2 = 2023, 2024

# indicator: code, name, unit, source, past, (target1, result1), (target2, result2), op, numbers for % computation
TREE = [
    ("AS1", "Didattica e servizi agli studenti", [
        ("OS1.1", "Aumentare l'attrattività dell'offerta formativa", [
            ("OUT1.1.a", "Crescita delle immatricolazioni ai corsi di diploma accademico", [
                ("D01", "Immatricolati ai corsi di diploma accademico di primo livello", "N.", "(a)", "212",
                 ("≥ 220", "231"), ("≥ 235", "226"), "ge"),
                ("D02", "Studenti in corso sul totale degli iscritti", "%", "(a)", "71,5%",
                 ("≥ 72%", "73,8%"), ("≥ 74%", "72,9%"), "ge")]),
            ("OUT1.1.b", "Regolarità delle carriere degli studenti", [
                ("D03", "Diplomati entro la durata normale del corso", "%", "(a)", "48%",
                 ("≥ 50%", "47%"), ("≥ 52%", "53,5%"), "ge")]),
        ]),
        ("OS1.2", "Migliorare i servizi agli studenti", [
            ("OUT1.2.a", "Soddisfazione degli studenti per i servizi", [
                ("D04", "Studenti soddisfatti dei servizi di segreteria", "%", "(d)", "68%",
                 ("≥ 70%", "74%"), ("≥ 75%", "dato in aggiornamento"), "ge"),
                ("D05", "Tempo medio di rilascio dei certificati", "gg", "(a)", "6 gg",
                 ("≤ 5 gg", "4 gg"), ("≤ 4 gg", "5 gg"), "le")]),
        ]),
    ]),
    ("AS2", "Produzione artistica e ricerca", [
        ("OS2.1", "Rafforzare la produzione artistica e la ricerca", [
            ("OUT2.1.a", "Visibilità della produzione dell'Accademia", [
                ("P01", "Mostre ed eventi pubblici realizzati", "N.", "(c)", "14",
                 ("≥ 15", "18"), ("≥ 16", "15"), "ge"),
                ("P02", "Progetti di ricerca finanziati da terzi", "N.", "(c)", "2",
                 ("≥ 2", "3"), ("≥ 3", "3"), "ge")]),
        ]),
    ]),
    ("AS3", "Internazionalizzazione", [
        ("OS3.1", "Accrescere la mobilità internazionale", [
            ("OUT3.1.a", "Partecipazione al programma Erasmus+", [
                ("I01", "Studenti in mobilità Erasmus+ in uscita", "N.", "(b)", "19",
                 ("≥ 20", "24"), ("≥ 25", "21"), "ge"),
                ("I02", "Accordi interistituzionali attivi", "N.", "(b)", "31",
                 ("≥ 32", "32"), ("≥ 34", "36"), "ge")]),
        ]),
    ]),
]


def num(s):
    return Decimal(s.split()[-1].replace("%", "").replace(".", "").replace(",", ".").replace("gg", "")
                   if s.split()[-1] != "gg" else s.split()[-2].replace(",", "."))


def pct(t, r, op):
    if not r[0].isdigit():
        return None
    return rnd(capped(num(r), num(t), op), 1)


CSS = """
body { font-family: "URW Bookman", "Bookman", serif; font-size: 8pt; }
h1 { font-size: 12pt; margin: 0; } p.sub { margin: 1pt 0 6pt 0; }
h2 { font-size: 9.5pt; margin: 10pt 0 3pt 0; padding: 2pt 4pt; color: #fff; }
h2.y1 { background: #5b3a6e; } h2.y2 { background: #2f5e6e; page-break-before: always; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.4pt solid #888; padding: 1.6pt 3pt; vertical-align: top; }
th { background: #ece6f0; font-size: 7.4pt; }
td.c { text-align: center; white-space: nowrap; } td.code { white-space: nowrap; }
tr.as td { background: #d8cfe0; font-weight: bold; } tr.os td { background: #f1edf4; font-weight: bold; }
tr.out td { font-style: italic; } tr.kpi td.d { padding-left: 14pt; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
p.src { font-size: 7.2pt; margin-top: 5pt; }
"""


def table(year_label, with_past, which):
    rows = []
    for acode, atitle, oss in TREE:
        span = 7 if with_past else 6
        rows.append(f"<tr class='as'><td class='code'>{acode}</td><td colspan='{span - 1}'>Area strategica – "
                    f"{esc(atitle)}</td></tr>")
        for scode, stitle, outs in oss:
            rows.append(f"<tr class='os'><td class='code'>{scode}</td><td colspan='{span - 1}'>Obiettivo strategico"
                        f" – {esc(stitle)}</td></tr>")
            for ocode, otitle, kpis in outs:
                rows.append(f"<tr class='out'><td class='code'>{ocode}</td><td colspan='{span - 1}'>Outcome – "
                            f"{esc(otitle)}</td></tr>")
                for code, name, _u, src, past, a, b, op in kpis:
                    t, r = a if which == 1 else b
                    p = pct(t, r, op)
                    cells = [f"<td class='code'>{code}</td>", f"<td class='d'>{esc(name)}</td>",
                             f"<td class='c'>{src}</td>"]
                    if with_past:
                        cells.append(f"<td class='c'>{esc(past)}</td>")
                    cells += [f"<td class='c'>{esc(r)}</td>", f"<td class='c'>{esc(t)}</td>",
                              f"<td class='c'>{dnum(p, 1, group=False) + '%' if p is not None else '–'}</td>"]
                    rows.append("<tr class='kpi'>" + "".join(cells) + "</tr>")
    past_th = "<th style='width:9%'>Valore a.a. 2022/2023</th>" if with_past else ""
    head = (f"<thead><tr><th style='width:8%'>Codice</th><th>Descrizione</th><th style='width:5%'>Fonte</th>"
            f"{past_th}<th style='width:11%'>Risultato a.a. {year_label}</th>"
            f"<th style='width:10%'>Target a.a. {year_label}</th><th style='width:7%'>%</th></tr></thead>")
    return f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"


def build():
    d = case_dir21(NAME)
    nodes, inds = [], []
    for acode, atitle, oss in TREE:
        nodes.append(node(acode, "area", atitle, None))
        for scode, stitle, outs in oss:
            nodes.append(node(scode, "strategic", stitle, acode))
            for ocode, otitle, kpis in outs:
                nodes.append(node(ocode, "operational", otitle, scode))
                for code, name, unit, _src, past, a, b, op in kpis:
                    ach = [(y, dnum(p, 1, group=False) + "%") for y, (t, r) in ((Y1, a), (Y2, b))
                           for p in [pct(t, r, op)] if p is not None]
                    inds.append(ind(name, ocode, code=code, unit=unit, baselines=[(2022, past)],
                                    targets=[(Y1, a[0]), (Y2, b[0])], results=[(Y1, a[1]), (Y2, b[1])],
                                    achievement=ach))
    body = (f"<h1>{esc(ORG)}</h1><p class='sub'>Piano integrato – monitoraggio degli obiettivi strategici: "
            "albero della performance con valori storici, target e risultati per anno accademico</p>"
            "<h2 class='y1'>Tavola 1 – Monitoraggio a.a. 2023/2024</h2>" + table("2023/2024", True, 1) +
            "<h2 class='y2'>Tavola 2 – Monitoraggio a.a. 2024/2025</h2>" + table("2024/2025", False, 2) +
            "<p class='src'>Fonte: (a) Segreteria didattica – gestionale delle carriere; (b) Ufficio Erasmus e "
            "relazioni internazionali; (c) Direzione – registro delle attività artistiche; (d) Nucleo di "
            "valutazione – questionari agli studenti. % = Risultato / Target (Target / Risultato per i tempi), con "
            "limite del 100%; – = non calcolabile.</p>")
    html = html_page3(body, CSS, landscape=True, margin="14mm 14mm 14mm 14mm",
                      top_right=q(ORG + " – Monitoraggio della performance"),
                      bottom_center='counter(page) " / " counter(pages)', hf_font='7pt "URW Bookman"')
    chromium_pdf(html, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [Y1, Y2], kind="unknown")], nodes, inds)
    readme13(
        d, NAME, "tree with past values and per-year triplets (unknown)", CHROMIUM.format(script="h21_tree.py"),
        "Landscape A4, URW Bookman 8 pt, full hairline grid. `Tavola 1 – Monitoraggio a.a. 2023/2024`: `Codice | "
        "Descrizione | Fonte | Valore a.a. 2022/2023 | Risultato a.a. 2023/2024 | Target a.a. 2023/2024 | %`; "
        "after a page break `Tavola 2 – Monitoraggio a.a. 2024/2025` with the same tree rows and no past-value "
        "column. Tree rows as shaded bands `AS1` `Area strategica – …`, `OS1.1` `Obiettivo strategico – …`, "
        "italic `OUT1.1.a` `Outcome – …`; indicators `D01`…; `Fonte` letters with their legend under Tavola 2. "
        "Truth: areas `area`, strategic `strategic`, outcomes `operational` (titles without the `Outcome – ` "
        "prefix); a.a. 2023/2024 → 2023, a.a. 2024/2025 → 2024, past value a.a. 2022/2023 → baseline 2022; both "
        "tables feed the same indicators (targets, results and % for 2023 and 2024).",
        ["one table PER ACADEMIC YEAR, the tree repeated in each (not year groups side by side)",
         "the past-value column only in the first table", "Fonte as footnote letters with a legend",
         "level names spelled as prefixes inside the band text (`Area strategica – `, `Outcome – `)",
         "URW Bookman font, purple and teal year headings"],
        ["% capped at 100 (`231` vs `≥ 220`, `53,5%` vs `≥ 52%`)",
         "D05 `≤ 5 gg` → `≤ 4 gg`: lower is better; `5 gg` against `≤ 4 gg` gives 80,0%",
         "D04 a.a. 2024/2025 `dato in aggiornamento` with `–`: no achievement, not a missing target",
         "P02 `≥ 2` in 2023 equals its 2022/2023 value (mantenimento)",
         "targets raised after a year that fell short (D03 47% vs ≥ 50%, then ≥ 52%)",
         "the same nodes printed twice (one table per year): not duplicate codes",
         "no weights in this document"],
        [])


if __name__ == "__main__":
    build()
