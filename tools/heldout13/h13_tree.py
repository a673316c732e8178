#!/usr/bin/python3
"""h13-tree-chromium-1: a university's monitoring of the strategic plan over two academic years, printed by
Chromium. Landscape, Liberation Sans Narrow 8 pt, ruled; ROMAN-NUMERAL codes (`II` area, `II.1` strategic
objective, `II.1.a` outcome, `II.1.a.1` indicator) in one `Codice` column, levels told apart by code and style;
`Valore a.a. 2022/2023` then per academic year a `Risultato | Target | %` triplet; `Fonte` LAST; a result `dato in
aggiornamento` with `–`; forced page break before area III with the header repeated. Clean. Content is invented."""
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (CHROMIUM, capped, case_dir, chromium_pdf, dnum, doc, esc, genre_readme, html_page3,  # noqa: E402
                      ind, node, q, td, write_truth)

SCRIPT = "h13_tree.py"
NAME = "h13-tree-chromium-1"
ORG = "Università degli Studi di Castelbruno"
AY = [(2023, "a.a. 2023/2024"), (2024, "a.a. 2024/2025")]

# indicator: (code, name, fonte, unit, past, [(result, target, op, rv, tv)] per year; rv None = no value)
TREE = [
    ("I", "Didattica", [
        ("I.1", "Migliorare la regolarità delle carriere degli studenti", [
            ("I.1.a", "Studenti che proseguono con profitto dopo il primo anno", [
                ("I.1.a.1", "Studenti che proseguono al II anno con almeno 40 CFU", "Anagrafe nazionale studenti", "%",
                 "55,2%", [("57,9%", "≥ 58,0%", "ge", "57.9", "58"), ("60,4%", "≥ 60,0%", "ge", "60.4", "60")]),
                ("I.1.a.2", "Abbandoni tra il primo e il secondo anno", "Anagrafe nazionale studenti", "%", "14,1%",
                 [("12,6%", "≤ 13,0%", "le", "12.6", "13"), ("12,9%", "≤ 12,0%", "le", "12.9", "12")])]),
            ("I.1.b", "Laureati nei tempi previsti", [
                ("I.1.b.1", "Laureati entro la durata normale del corso", "Indagine profilo dei laureati", "%",
                 "48,5%", [("50,2%", "≥ 51,0%", "ge", "50.2", "51"),
                           ("dato in aggiornamento", "≥ 53,0%", "ge", None, "53")])])])]),
    ("II", "Ricerca", [
        ("II.1", "Accrescere la produzione scientifica di qualità", [
            ("II.1.a", "Pubblicazioni su sedi editoriali di rilievo internazionale", [
                ("II.1.a.1", "Pubblicazioni su riviste del primo quartile per docente", "Catalogo istituzionale IRIS",
                 "N.", "1,12", [("1,20", "≥ 1,15", "ge", "1.20", "1.15"), ("1,21", "≥ 1,25", "ge", "1.21", "1.25")])])]),
        ("II.2", "Attrarre finanziamenti competitivi per la ricerca", [
            ("II.2.a", "Progetti finanziati su bandi competitivi", [
                ("II.2.a.1", "Progetti finanziati da bandi europei", "Ufficio Ricerca", "N.", "14",
                 [("17", "≥ 16", "ge", "17", "16"), ("15", "≥ 18", "ge", "15", "18")]),
                ("II.2.a.2", "Entrate accertate da progetti di ricerca competitivi", "Bilancio unico d'ateneo", "EUR",
                 "€ 6.820.000", [("€ 7.410.000", "≥ € 7.000.000", "ge", "7410000", "7000000"),
                                 ("€ 7.150.000", "≥ € 7.500.000", "ge", "7150000", "7500000")])])])]),
    ("III", "Terza missione", [
        ("III.1", "Trasferire conoscenze e competenze al territorio", [
            ("III.1.a", "Valorizzazione dei risultati della ricerca", [
                ("III.1.a.1", "Domande di brevetto depositate", "Ufficio Trasferimento Tecnologico", "N.", "6",
                 [("8", "≥ 7", "ge", "8", "7"), ("7", "≥ 8", "ge", "7", "8")])]),
            ("III.1.b", "Formazione continua e permanente", [
                ("III.1.b.1", "Partecipanti ai corsi di formazione permanente", "Segreterie corsi post lauream", "N.",
                 "1.840", [("2.015", "≥ 1.950", "ge", "2015", "1950"), ("2.230", "≥ 2.100", "ge", "2230", "2100")])])])]),
]

CSS = """body { font-family: "Liberation Sans Narrow", "DejaVu Sans Condensed", sans-serif; font-size: 8pt; }
h1 { font-size: 12pt; margin: 0; } p.sub { margin: 1mm 0 3mm 0; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.5pt solid #666; padding: 2pt 3pt; vertical-align: top; }
thead th { background: #e8e2d0; text-align: center; vertical-align: middle; }
tr { break-inside: avoid; } tr.brk { break-before: page; }
tr.a td { background: #7a2e1c; color: #fff; font-weight: bold; }
tr.s td { font-weight: bold; background: #f3efe4; }
tr.o td { font-style: italic; } tr.o td.d { padding-left: 8pt; }
tr.i td.d { padding-left: 16pt; } td.v { text-align: center; } td.f { font-size: 7.2pt; color: #333; }"""


def build():
    cols = ("<colgroup><col style='width:7%'><col style='width:30%'><col style='width:8%'>"
            + "<col style='width:7.5%'>" * 6 + "<col style='width:10%'></colgroup>")
    head = ("<thead><tr><th rowspan=2>Codice</th><th rowspan=2>Descrizione</th><th rowspan=2>Valore a.a. "
            "2022/2023</th>" + "".join(f"<th colspan=3>{lab}</th>" for _, lab in AY)
            + "<th rowspan=2>Fonte</th></tr><tr>" + "<th>Risultato</th><th>Target</th><th>%</th>" * 2 + "</tr></thead>")
    rows, nodes, inds = [], [], []
    empty = "<td></td>" * 8
    for acode, atitle, sts in TREE:
        cls = "a brk" if acode == "III" else "a"
        rows.append(f"<tr class='{cls}'>" + td(acode) + td(atitle.upper(), colspan=9) + "</tr>")
        nodes.append(node(acode, "area", atitle.upper()))
        for scode, stitle, outs in sts:
            rows.append("<tr class=s>" + td(scode) + td(stitle, "d") + empty + "</tr>")
            nodes.append(node(scode, "strategic", stitle, parent=acode))
            for ocode, otitle, ilist in outs:
                rows.append("<tr class=o>" + td(ocode) + td("Outcome: " + otitle, "d") + empty + "</tr>")
                nodes.append(node(ocode, "operational", otitle, parent=scode))
                for icode, iname, fonte, unit, past, yrs in ilist:
                    cells = td(icode) + td(iname, "d") + td(past, "v")
                    res, tgs, ach = [], [], []
                    for (y, _), (rr, tt, op, rv, tv) in zip(AY, yrs):
                        if rv is None:
                            shown = "–"
                        else:
                            shown = dnum(capped(Decimal(rv), Decimal(tv), op), 1, group=False) + "%"
                            ach.append((y, shown))
                        cells += td(rr, "v") + td(tt, "v") + td(shown, "v")
                        res.append((y, rr))
                        tgs.append((y, tt))
                    cells += td(fonte, "f")
                    rows.append("<tr class=i>" + cells + "</tr>")
                    inds.append(ind(iname, ocode, code=icode, unit=unit, baselines=[(2022, past)], targets=tgs,
                                    results=res, achievement=ach))
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=sub>Piano strategico di ateneo – monitoraggio degli indicatori negli anni accademici 2023/2024 "
            "e 2024/2025 (la percentuale è il rapporto tra risultato e target, rovesciato per gli indicatori da "
            "ridurre, con un massimo del 100%)</p>",
            f"<table>{cols}{head}<tbody>{''.join(rows)}</tbody></table>"]
    h = html_page3("\n".join(body), CSS, landscape=True, margin="14mm 12mm",
                   bottom_right=q("Monitoraggio del Piano strategico – pag. ") + " counter(page)",
                   hf_font='7pt "Liberation Sans Narrow"')
    d = case_dir(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, [y for y, _ in AY])], nodes, inds)
    genre_readme(d, NAME, "tree with past values and per-year triplets (family)", CHROMIUM.format(script=SCRIPT), """
Landscape A4, Liberation Sans Narrow 8 pt, full grid, two pages (forced break before area III, header repeated).
Header on two rows: `Codice | Descrizione | Valore a.a. 2022/2023 | a.a. 2023/2024 (Risultato | Target | %) | a.a.
2024/2025 (Risultato | Target | %) | Fonte` — the source column LAST. All levels in one table with ROMAN-NUMERAL
codes: area `II` (dark band, title in capitals), strategic objective `II.1` (bold, shaded), outcome `II.1.a`
(italic, title prefixed `Outcome: `), indicator `II.1.a.1`. Targets carry operators (`≥ 58,0%`, `≤ 13,0%`, `≥ €
7.000.000`); `%` is the capped ratio with one decimal; one 2024/2025 result is `dato in aggiornamento` with `–`.
Truth: academic years map to their first calendar year (2022 baseline, 2023 and 2024 results/targets); areas
`area` (title in capitals as printed), outcomes `operational` with the title WITHOUT the `Outcome: ` prefix;
`dato in aggiornamento` kept as a result raw without achievement; `Fonte` is not an owner.
""", ["roman-numeral codes", "Fonte as the last column", "`Risultato | Target | %` triplets under a.a. headers",
      "results above target capped at 100%; a `≤` indicator", "forced page break, repeated two-row header"], [])
    return NAME


if __name__ == "__main__":
    print(build())
