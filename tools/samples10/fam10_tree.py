#!/usr/bin/python3
"""fam7-tree-chromium-1: tree with an Outcome level, past academic-year values and per-year triplets laid out as
ROWS (one sub-row per period under each indicator), printed by Chromium. Content invented."""
import os

from common10 import (CHROMIUM_PRODUCER, case_dir, chromium_pdf, doc, esc, html_page3, ind, node, q, write_readme,
                      write_truth)

ORG = "Scuola Universitaria Superiore di Castelrotto"
YEARS = [2021, 2022]
PAST = [("a.a. 2019/2020", 2019), ("a.a. 2020/2021", 2020)]

# area (code, title) -> strategic (code, title) -> outcome (code, title) -> indicators
# indicator: (code, name, fonte, unit, (past1, past2), {year: (target, result, pct)})
TREE = [
    ("D", "DIDATTICA", [
        ("D.A", "Qualità e attrattività dell'offerta formativa", [
            ("D.A.1", "Studenti regolari e laureati nei tempi previsti", [
                ("D.A.1a", "Studenti che proseguono al secondo anno con almeno 40 CFU", "ANS – cruscotto ANVUR", "%",
                 ("58,4%", "60,1%"), {2021: (">= 61%", "62,3%", "100%"), 2022: (">= 63%", "61,7%", "97,9%")}),
                ("D.A.1b", "Laureati entro la durata normale del corso", "AlmaLaurea", "%", ("47,2%", "49,0%"),
                 {2021: (">= 50%", "50,6%", "100%"), 2022: (">= 52%", "49,4%", "95,0%")}),
            ]),
            ("D.A.2", "Attrattività verso gli studenti di altre regioni", [
                ("D.A.2a", "Iscritti al primo anno provenienti da altre regioni", "Ufficio Statistico", "N.",
                 ("1.184", "1.230"), {2021: (">= 1.250", "1.310", "100%"), 2022: (">= 1.300", "1.287", "99,0%")}),
            ]),
        ]),
        ("D.B", "Servizi agli studenti", [
            ("D.B.1", "Tempestività dei servizi di segreteria studenti", [
                ("D.B.1a", "Tempo medio di rilascio dei certificati di laurea", "Gestionale delle carriere", "gg",
                 ("9 gg", "7 gg"), {2021: ("<= 7 gg", "6 gg", "100%"), 2022: ("<= 6 gg", "7 gg", "85,7%")}),
            ]),
        ]),
    ]),
    ("R", "RICERCA", [
        ("R.A", "Competitività della ricerca di Ateneo", [
            ("R.A.2", "Capacità di attrarre finanziamenti competitivi", [
                ("R.A.2.1a", "Proventi da bandi competitivi per docente", "Contabilità analitica", "EUR",
                 ("€ 8.940", "€ 9.120"), {2021: (">= € 9.200", "€ 9.655", "100%"),
                                          2022: (">= € 9.500", "€ 9.310", "98,0%")}),
                ("R.A.2.1b", "Progetti presentati ai bandi europei", "Area Ricerca", "N.", ("34", "41"),
                 {2021: (">= 42", "45", "100%"), 2022: (">= 45", "dato in aggiornamento", "–")}),
            ]),
            ("R.A.3", "Qualità della produzione scientifica", [
                ("R.A.3a", "Docenti senza pubblicazioni nel triennio", "IRIS – catalogo della ricerca", "%",
                 ("6,8%", "5,9%"), {2021: ("< 5,5%", "5,2%", "100%"), 2022: ("< 5%", "5,4%", "92,6%")}),
            ]),
        ]),
    ]),
    ("T", "TERZA MISSIONE E IMPATTO SOCIALE", [
        ("T.A", "Valorizzazione e diffusione delle conoscenze", [
            ("T.A.1", "Diffusione della cultura scientifica nel territorio", [
                ("T.A.1a", "Iniziative di public engagement censite", "Catalogo del public engagement", "N.",
                 ("52", "61"), {2021: (">= 65", "70", "100%"), 2022: (">= 70", "66", "94,3%")}),
                ("T.A.1b", "Partecipanti ai corsi di formazione continua", "Ufficio Formazione continua", "N.",
                 ("812", "905"), {2021: (">= 950", "1.020", "100%"), 2022: (">= 1.000", "1.045", "100%")}),
            ]),
        ]),
    ]),
]

CSS = """
body { font: 8.6pt "Liberation Sans", sans-serif; color: #111; }
h1 { font-size: 13pt; margin: 0 0 1mm 0; color: #0b3d62; }
p.sub { font-size: 10pt; margin: 0 0 2mm 0; }
p.note { font-size: 8pt; margin: 0 0 3mm 0; text-align: justify; color: #333; }
table { border-collapse: collapse; width: 100%; }
thead th { background: #0b3d62; color: #fff; font-weight: bold; padding: 1.2mm 1.4mm; border: 0.5pt solid #0b3d62;
           text-align: left; }
td { border: 0.4pt solid #b7c4cf; padding: 0.8mm 1.4mm; vertical-align: top; }
tbody { break-inside: avoid; }
tr.area td { background: #0b3d62; color: #fff; font-weight: bold; font-size: 9.2pt; }
tr.os td { background: #d6e2ec; font-weight: bold; }
tr.out td { font-style: italic; background: #f3f6f9; }
tr.out td.d { padding-left: 4mm; }
td.ic { font-weight: bold; }
td.per { white-space: nowrap; color: #333; }
td.n { text-align: right; white-space: nowrap; }
tr.y td.per, tr.y td.n { font-weight: bold; }
"""

HEAD = ["Codice", "Descrizione", "Fonte", "Periodo", "Risultato", "Target", "%"]


def build():
    name = "fam7-tree-chromium-1"
    d = case_dir(name)
    html = [f"<h1>{esc(ORG)}</h1>",
            '<p class="sub">Relazione sulla performance 2022 – Albero degli obiettivi: risultati 2021 e 2022</p>',
            '<p class="note">Per ogni indicatore sono riportati, riga per riga, i valori degli ultimi due anni '
            'accademici (a.a.) e, per il 2021 e il 2022, il risultato, il target e la percentuale di raggiungimento '
            '(risultato / target, per gli indicatori da ridurre target / risultato, al massimo 100%). Le fasce scure '
            'sono le aree, le righe in grassetto gli obiettivi strategici, le righe in corsivo gli outcome.</p>',
            "<table><colgroup><col style=\"width:9%\"><col style=\"width:33%\"><col style=\"width:17%\">"
            "<col style=\"width:12%\"><col style=\"width:13%\"><col style=\"width:9%\"><col style=\"width:7%\">"
            "</colgroup><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in HEAD) + "</tr></thead>"]
    nodes, inds = [], []
    for ac, at, strat in TREE:
        nodes.append(node(ac, "area", at))
        html.append(f'<tbody><tr class="area"><td>{esc(ac)}</td><td colspan="6">{esc(at)}</td></tr>')
        first_s = True
        for sc, stt, outs in strat:
            nodes.append(node(sc, "strategic", stt, parent=ac))
            if not first_s:
                html.append("<tbody>")
            first_s = False
            html.append(f'<tr class="os"><td>{esc(sc)}</td><td colspan="6">{esc(stt)}</td></tr>')
            first_o = True
            for oc, ot, its in outs:
                nodes.append(node(oc, "operational", ot, parent=sc))
                if not first_o:
                    html.append("<tbody>")
                first_o = False
                html.append(f'<tr class="out"><td>{esc(oc)}</td><td class="d" colspan="6">{esc(ot)}</td></tr>')
                for k, (ic, nm, src, unit, past, yrs) in enumerate(its):
                    if k:
                        html.append("<tbody>")
                    rows = [(lab, p, "–", "–", False) for (lab, _), p in zip(PAST, past)]
                    rows += [(str(y), yrs[y][1], yrs[y][0], yrs[y][2], True) for y in YEARS]
                    for j, (per, res, tg, pc, is_y) in enumerate(rows):
                        cls = ' class="y"' if is_y else ""
                        lead = ""
                        if j == 0:
                            lead = (f'<td class="ic" rowspan="4">{esc(ic)}</td><td rowspan="4">{esc(nm)}</td>'
                                    f'<td rowspan="4">{esc(src)}</td>')
                        html.append(f'<tr{cls}>{lead}<td class="per">{esc(per)}</td><td class="n">{esc(res)}</td>'
                                    f'<td class="n">{esc(tg)}</td><td class="n">{esc(pc)}</td></tr>')
                    html.append("</tbody>")
                    inds.append(ind(nm, oc, code=ic, unit=unit, owners=[],
                                    baselines=[(y, p) for (_, y), p in zip(PAST, past)],
                                    targets=[(y, yrs[y][0]) for y in YEARS],
                                    results=[(y, yrs[y][1]) for y in YEARS],
                                    achievement=[(y, yrs[y][2]) for y in YEARS if yrs[y][2] != "–"],
                                    notes=[]))
                    inds[-1]["description"] = None
                    inds[-1]["source"] = src
    html.append("</table>")
    page = html_page3("\n".join(html), CSS, landscape=False, margin="14mm 13mm 15mm 13mm",
                      bottom_center=q(ORG + " – Relazione sulla performance 2022 – ") + " counter(page) " + q("/") +
                      " counter(pages)", hf_font='7pt "Liberation Sans"')
    chromium_pdf(page, os.path.join(d, "input.pdf"))
    for i in inds:
        i.pop("source", None)
    write_truth(d, [doc(ORG, YEARS)], nodes, inds)
    write_readme(d, name, """
Portrait A4, Chromium, Liberation Sans 8.6 pt, light ruled grid, two pages with the header repeated (thead); a
university school's report on two years. Title, `Relazione sulla performance 2022 – Albero degli obiettivi: risultati
2021 e 2022`, a paragraph explaining the periods, the percentage rule and the look of each level. One table with a
ONE-row header `Codice | Descrizione | Fonte | Periodo | Risultato | Target | %`: the years are NOT column groups but
ROWS. Each indicator takes FOUR rows: its code (bold), name and source (`Fonte`, BEFORE the values) are merged down
over them, and the `Periodo` column names the row: `a.a. 2019/2020` and `a.a. 2020/2021` (past values in
`Risultato`, `–` in Target and %), then `2021` and `2022` (bold) with Risultato, Target and % (the triplet order is
Risultato, Target, %). Tree rows carry code and title only: areas are dark full-width bands (`D` | `DIDATTICA`),
strategic objectives bold shaded rows (`D.A`), outcomes italic rows (`D.A.1`, `R.A.2`); indicator codes extend the
outcome's (`D.A.1a`, `R.A.2.1a`). An indicator block is never split by the page break. Truth: areas `area`,
strategic objectives `strategic`, outcomes `operational` (parent chain by code); indicators under their outcome,
unit from the values (`%`, `N.`, `gg`, `EUR`), baselines 2019 and 2020 (the academic year mapped to its first
calendar year), targets, results and % for 2021 and 2022 as printed; the 2022 result `dato in aggiornamento` is a
result raw with no achievement (its % prints `–`).
""", CHROMIUM_PRODUCER.format(script="fam10_tree.py"), [
        "per-year triplets as sub-ROWS of each indicator (a `Periodo` column), not column groups",
        "past values `a.a. 2019/2020`, `a.a. 2020/2021` as the first two period rows",
        "source column before the values; indicator cells merged down over four rows",
        "levels by look only (dark band, bold shaded, italic); codes `D.A.1a`, `R.A.2.1a`",
        "values `>= 1.250`, `>= € 9.200`, `<= 7 gg`, `< 5,5%`, `dato in aggiornamento`, `–`",
        "portrait, header repeated, indicator blocks kept whole",
    ], [])


if __name__ == "__main__":
    build()
