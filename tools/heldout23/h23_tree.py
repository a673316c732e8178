#!/usr/bin/python3
"""h23-tree-chromium-1: tree with past values and per-year triplets (family) of a network of schools, HTML printed
by Chromium. The triplets are TRANSPOSED: each indicator is three rows `Risultato` / `Target` / `% realizz.` under
school-year columns (`a.s. 2021/2022` …), with code, name, `Fonte` and the past value `a.s. 2020/2021` spanning the
three rows. Area / strategic objective / Outcome as band rows. One fault: achievement.mismatch on `B1a-02`
(a.s. 2023/2024: 27 vs ≥ 30 printed 95,0%, due 90,0%). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (CHROMIUM, D, capped, case_dir23, chromium_pdf, doc, dpct, esc, finding, html_page3,  # noqa
                      ind, node, q, readme13, write_truth)

SCRIPT = "h23_tree.py"
NAME = "h23-tree-chromium-1"
ORG = "Rete delle Istituzioni Scolastiche dell'Ambito 7 – Brianza Orientale"
YEARS = [2021, 2022, 2023]
AS = ["a.s. 2021/2022", "a.s. 2022/2023", "a.s. 2023/2024"]
FAULT = ("B1a-02", 2023, "95,0%")

# area, [(strategic, [(outcome, [(code, name, unit, source, past, ops, [t], [r])])])]
TREE = [
    ("A", "Successo formativo", [
        ("A.1", "Ridurre la dispersione scolastica nel primo biennio", [
            ("A.1.a", "Più studenti ammessi alla classe successiva", [
                ("A1a-01", "Studenti ammessi alla classe seconda sul totale degli iscritti al primo anno", "%",
                 "Registro elettronico", "86,2%", "ge", ["87", "88", "90"], ["87,9", "88,4", "89,1"]),
                ("A1a-02", "Tasso di abbandono nel primo biennio", "%", "Anagrafe Nazionale Studenti", "6,8%", "le",
                 ["6,0", "5,5", "5,0"], ["6,3", "5,4", "5,2"])]),
            ("A.1.b", "Più studenti con recupero delle carenze formative", [
                ("A1b-01", "Carenze formative recuperate negli scrutini integrativi di settembre", "%",
                 "Verbali degli scrutini", "71,0%", "ge", ["74", "77", "80"], ["73,2", "78,0", None])])]),
        ("A.2", "Migliorare gli esiti delle prove standardizzate nazionali", [
            ("A.2.a", "Meno studenti nei livelli 1-2 di matematica", [
                ("A2a-01", "Studenti nei livelli 1 e 2 delle prove INVALSI di matematica (grado 10)", "%",
                 "INVALSI – restituzione dati", "41,5%", "le", ["40", "38", "36"], ["39,2", "38,6", "35,1"]),
                ("A2a-02", "Punteggio medio nelle prove INVALSI di italiano (grado 8)", "N.",
                 "INVALSI – restituzione dati", "196,4", "ge", ["197", "198", "199"], ["195,8", "198,3", "200,2"])])])]),
    ("B", "Inclusione e orientamento", [
        ("B.1", "Rafforzare l'orientamento in uscita dal primo ciclo", [
            ("B.1.a", "Scelte della scuola superiore coerenti con il consiglio orientativo", [
                ("B1a-01", "Studenti che seguono il consiglio orientativo", "%", "Anagrafe Nazionale Studenti",
                 "68,0%", "ge", ["70", "72", "75"], ["71,5", "70,8", "76,0"]),
                ("B1a-02", "Ore di orientamento per classe terminale", "N.", "Registro elettronico", "18", "ge",
                 ["20", "24", "30"], ["22", "24", "27"])])]),
        ("B.2", "Garantire l'inclusione degli studenti con bisogni educativi speciali", [
            ("B.2.a", "Piani educativi e didattici redatti nei tempi", [
                ("B2a-01", "PEI approvati entro il 31 ottobre", "%", "Registro elettronico", "82,0%", "ge",
                 ["85", "90", "95"], ["88,0", "91,0", "94,0"]),
                ("B2a-02", "Docenti formati sulla didattica inclusiva", "N.", "Piattaforma formazione docenti", "45",
                 "ge", ["60", "80", "100"], ["64", "85", "112"])])])]),
]

CSS = """body { font-family: "DejaVu Sans", sans-serif; font-size: 8.6pt; }
h1 { font-size: 11.5pt; margin: 0; } p.sub { margin: 1mm 0 3mm 0; font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { background: #5b3a6e; color: #fff; padding: 2.5pt; font-size: 7pt; border: 0.5pt solid #5b3a6e; }
td { border: 0.5pt solid #b9a9c4; padding: 2.6pt 3pt; vertical-align: top; }
tbody.ind { break-inside: avoid; } td.n { text-align: right; } td.lab { color: #5b3a6e; font-style: italic; }
tr.ar td { background: #5b3a6e; color: #fff; font-weight: bold; font-size: 8pt; }
tr.os td { background: #e3d7ec; font-weight: bold; } tr.oc td { background: #f6f1f9; font-style: italic; }
p.note { font-size: 6.8pt; margin-top: 3mm; }"""


def val(s, unit):
    return s + ("%" if unit == "%" else "")


def build():
    nodes, inds, body = [], [], []
    for acode, atitle, strat in TREE:
        body.append(f"<tbody><tr class=ar><td>{acode}</td><td colspan=7>AREA {acode} – {esc(atitle)}</td></tr>"
                    "</tbody>")
        nodes.append(node(acode, "area", atitle))
        for scode, stitle, outs in strat:
            body.append(f"<tbody><tr class=os><td>{scode}</td><td colspan=7>Obiettivo strategico: {esc(stitle)}</td>"
                        "</tr></tbody>")
            nodes.append(node(scode, "strategic", stitle, parent=acode))
            for ocode, otitle, ilist in outs:
                body.append(f"<tbody><tr class=oc><td>{ocode}</td><td colspan=7>Outcome: {esc(otitle)}</td></tr>"
                            "</tbody>")
                nodes.append(node(ocode, "operational", otitle, parent=scode))
                for code, name, unit, src, past, op, tg, rs in ilist:
                    sym = "≥" if op == "ge" else "≤"
                    traw = [f"{sym} {val(t, unit)}" for t in tg]
                    rraw = [val(r, unit) if r else "dato in aggiornamento" for r in rs]
                    araw = []
                    for y, t, r in zip(YEARS, tg, rs):
                        if r is None:
                            araw.append("–")
                            continue
                        a = capped(D(r.replace(",", ".")), D(t.replace(",", ".")), op)
                        araw.append(dpct(a, 1))
                        if (code, y) == FAULT[:2]:
                            araw[-1] = FAULT[2]
                    first = (f"<td rowspan=3>{code}</td><td rowspan=3>{esc(name)}</td><td rowspan=3>{esc(src)}</td>"
                             f"<td rowspan=3 class=n>{esc(past)}</td>")
                    rows = [f"<tr>{first}<td class=lab>Risultato</td>" + "".join(f"<td class=n>{esc(x)}</td>"
                                                                              for x in rraw) + "</tr>",
                            "<tr><td class=lab>Target</td>" + "".join(f"<td class=n>{esc(x)}</td>" for x in traw)
                            + "</tr>",
                            "<tr><td class=lab>% realizz.</td>" + "".join(f"<td class=n>{esc(x)}</td>" for x in araw)
                            + "</tr>"]
                    body.append("<tbody class=ind>" + "".join(rows) + "</tbody>")
                    inds.append(ind(name, ocode, code=code, unit=unit, owners=[],
                                    baselines=[(2020, past)], targets=list(zip(YEARS, traw)),
                                    results=[(y, r) for y, r in zip(YEARS, rraw)],
                                    achievement=[(y, a) for y, a in zip(YEARS, araw) if a != "–"]))
    head = ("<colgroup><col style='width:15mm'><col><col style='width:27mm'><col style='width:18mm'>"
            "<col style='width:17mm'><col style='width:23mm'><col style='width:23mm'><col style='width:23mm'>"
            "</colgroup><thead><tr><th>Codice</th><th>Obiettivo / Outcome / Indicatore</th><th>Fonte</th>"
            "<th>Valore a.s. 2020/2021</th><th>Dato</th>" + "".join(f"<th>{a}</th>" for a in AS) + "</tr></thead>")
    html = (f"<h1>{esc(ORG)}</h1><p class=sub>Piano di miglioramento della rete – monitoraggio degli esiti, "
            "anni scolastici 2021/2022 – 2023/2024</p>"
            f"<table>{head}{''.join(body)}</table>"
            "<p class=note>% realizz.: risultato / target per gli indicatori crescenti, target / risultato per quelli "
            "decrescenti (≤), con un massimo del 100%. – = non calcolabile. Il dato 2023/2024 delle carenze "
            "recuperate sarà disponibile dopo gli scrutini integrativi.</p>")
    h = html_page3(html, CSS, margin="14mm 11mm 15mm 11mm", bottom_center=q("– ") + " counter(page) " + q(" –"))
    d = case_dir23(NAME)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    f = finding("achievement.mismatch", FAULT[0], "a.s. 2023/2024: result 27 vs target ≥ 30 gives 90,0%, the "
                "document prints 95,0%")
    write_truth(d, [doc(ORG, YEARS)], nodes, inds, findings=[f])
    readme13(d, NAME, "tree with past values and per-year triplets (family; kind `unknown`)",
             CHROMIUM.format(script=SCRIPT), """
Portrait A4, DejaVu Sans 8.6 pt, ruled in lilac. One table `Codice | Obiettivo / Outcome / Indicatore | Fonte |
Valore a.s. 2020/2021 | Dato | a.s. 2021/2022 | a.s. 2022/2023 | a.s. 2023/2024`, header repeated on page 2. Area
(`AREA A – …`, dark band), strategic objective (`Obiettivo strategico: …`) and Outcome (`Outcome: …`, italic) are
band rows with their code in the first column. Each indicator takes THREE ROWS: code, name, Fonte and the past value
span them, and the `Dato` column names the row: `Risultato`, `Target`, `% realizz.`; the school years are columns.
So the per-year triplet is transposed (rows) and the years run across. A note explains the achievement rule;
`dato in aggiornamento` with `–`.
Truth: areas `area`, strategic `strategic`, outcomes `operational`; indicators coded `A1a-01`; school years map to
their first calendar year (`a.s. 2021/2022` → 2021; past value → baseline 2020); targets with `≥`/`≤`;
`dato in aggiornamento` is a result raw without achievement (the `–` is none).
""", ["triplets TRANSPOSED: `Risultato` / `Target` / `% realizz.` as rows, school years as columns",
      "school years `a.s.` instead of academic years", "code, name, Fonte and past value spanning three rows",
      "band rows with a spelled prefix (`AREA A –`, `Obiettivo strategico:`, `Outcome:`)",
      "codes `A1a-01` for indicators, `A.1.a` for outcomes"],
     ["`≤` indicators (abbandono, livelli INVALSI 1-2) with targets going down and achievement target / result",
      "results above target capped at 100,0%", "`dato in aggiornamento` with `–` is not a mismatch",
      "no weights anywhere", "past value of a.s. 2020/2021 for a 2021-2023 monitoring"],
     ["`achievement.mismatch` on `B1a-02`: a.s. 2023/2024 result 27 vs target ≥ 30 gives 90,0%, printed 95,0%"])
    return NAME


if __name__ == "__main__":
    print(build())
