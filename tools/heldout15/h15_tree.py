#!/usr/bin/python3
"""h15-tree-chromium-1: tree with past values and per-year triplets. An academy of fine arts' monitoring of its plan
for the academic years 2023/2024 - 2025/2026, printed by Chromium. Landscape, Liberation Sans 7.5 pt; one table,
one `Codice` column for four levels (`1` area, `1.1` strategic, `1.1.A` outcome, `1.1.A.1` indicator) told apart by
look; `Fonte` BEFORE the values; `Valore di partenza a.a. 2022/2023`; TWO COMPLETE TRIPLETS `Target | Risultato | %`
(a.a. 2023/2024, 2024/2025) then a TARGET-ONLY column (a.a. 2025/2026); `dato in aggiornamento`. No weights.
Fault: target.unambitious (1.2.A.1: starting value 68,0%, first target ≥ 65%). Content is invented."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import CHROMIUM, case_dir, chromium_pdf, doc, esc, finding, genre_readme, html_page3, ind, node, q, \
    write_truth  # noqa: E402

SCRIPT = "h15_tree.py"
ORG = "Accademia di Belle Arti di Montecastro"
YRS = [2023, 2024, 2025]            # a.a. 2023/2024, 2024/2025, 2025/2026
AA = ["a.a. 2023/2024", "a.a. 2024/2025", "a.a. 2025/2026"]

# area -> strategic -> outcome -> indicators (code, name, unit, fonte, base, [(T, R, %)] x2, T 2025/26)
TREE = [
    ("1", "Didattica e formazione artistica", [
        ("1.1", "Ampliare l'attrattività dell'offerta formativa", [
            ("1.1.A", "Più studenti iscritti ai corsi accademici", [
                ("1.1.A.1", "Iscritti al primo anno dei corsi di diploma accademico", "N.", "Segreteria didattica",
                 "412", [("≥ 420", "431", "100,0%"), ("≥ 430", "418", "97,2%")], "≥ 440"),
                ("1.1.A.2", "Iscritti al primo anno provenienti da altre regioni", "%", "Segreteria didattica",
                 "31,5%", [("≥ 32%", "33,0%", "100,0%"), ("≥ 33%", "34,1%", "100,0%")], "≥ 34%")]),
            ("1.1.B", "Più studenti internazionali", [
                ("1.1.B.1", "Studenti con cittadinanza straniera sul totale degli iscritti", "%", "Rilevazione MUR-AFAM",
                 "9,8%", [("≥ 10%", "9,6%", "96,0%"), ("≥ 11%", "11,4%", "100,0%")], "≥ 12%")])]),
        ("1.2", "Migliorare la regolarità dei percorsi di studio", [
            ("1.2.A", "Più studenti che completano il percorso nei tempi previsti", [
                ("1.2.A.1", "Diplomati entro la durata normale del corso", "%", "Rilevazione MUR-AFAM", "68,0%",
                 [("≥ 65%", "66,2%", "100,0%"), ("≥ 68%", "67,5%", "99,3%")], "≥ 70%"),
                ("1.2.A.2", "Abbandoni dopo il primo anno di corso", "%", "Segreteria didattica", "12,4%",
                 [("≤ 12%", "11,1%", "100,0%"), ("≤ 11%", "11,6%", "94,8%")], "≤ 10%")])])]),
    ("2", "Produzione artistica e terza missione", [
        ("2.1", "Accrescere la produzione artistica aperta al pubblico", [
            ("2.1.A", "Maggiore presenza dell'Accademia sul territorio", [
                ("2.1.A.1", "Mostre ed eventi pubblici organizzati", "N.", "Ufficio produzione artistica", "24",
                 [("≥ 25", "29", "100,0%"), ("≥ 27", "26", "96,3%")], "≥ 30"),
                ("2.1.A.2", "Convenzioni attive con enti e istituzioni culturali", "N.", "Ufficio produzione artistica",
                 "15", [("≥ 16", "18", "100,0%"), ("≥ 18", "19", "100,0%")], "≥ 20")])]),
        ("2.2", "Sostenere l'inserimento professionale dei diplomati", [
            ("2.2.A", "Più diplomati occupati nel settore artistico e culturale", [
                ("2.2.A.1", "Diplomati occupati a un anno dal conseguimento del titolo", "%",
                 "Indagine AlmaDiploma AFAM", "54,0%", [("≥ 55%", "57,2%", "100,0%"),
                                                        ("≥ 57%", "dato in aggiornamento", "–")], "≥ 58%")])])]),
]

CSS = """body { font-family: "Liberation Sans", sans-serif; font-size: 7.5pt; color: #111; }
h1 { font-size: 12pt; margin: 0; } p.sub { margin: 0.8mm 0 3mm 0; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
th { background: #5a2d4c; color: #fff; border: 0.5pt solid #fff; padding: 1.5pt 2pt; font-weight: bold; }
td { border: 0.4pt solid #b9a6b4; padding: 1.6pt 2.5pt; vertical-align: top; }
td.n { text-align: center; white-space: nowrap; }
tr.a td { background: #e9dbe5; font-weight: bold; font-size: 8.5pt; text-transform: uppercase; }
tr.s td { font-weight: bold; background: #f6f0f4; }
tr.o td { font-style: italic; }
tr.o td.d { padding-left: 8pt; } tr.i td.d { padding-left: 16pt; }
p.foot { font-size: 7pt; margin-top: 2mm; }"""


def build():
    name = "h15-tree-chromium-1"
    head = ("<thead><tr><th rowspan=\"2\">Codice</th><th rowspan=\"2\">Descrizione</th><th rowspan=\"2\">Fonte</th>"
            "<th>Valore di partenza</th>"
            f"<th colspan=\"3\">{AA[0]}</th><th colspan=\"3\">{AA[1]}</th><th>{AA[2]}</th></tr>"
            "<tr><th>a.a. 2022/2023</th><th>Target</th><th>Risultato</th><th>%</th><th>Target</th><th>Risultato</th>"
            "<th>%</th><th>Target</th></tr></thead>")
    rows = []
    nodes, inds = [], []

    def band(cls, code, title):
        rows.append(f"<tr class=\"{cls}\"><td>{esc(code)}</td><td class=\"d\" colspan=\"2\">{esc(title)}</td>"
                    + "<td></td>" * 8 + "</tr>")

    for acode, atitle, sts in TREE:
        band("a", acode, atitle)
        nodes.append(node(acode, "area", atitle.upper()))
        for scode, stitle, outs in sts:
            band("s", scode, stitle)
            nodes.append(node(scode, "strategic", stitle, parent=acode))
            for ocode, otitle, ilist in outs:
                band("o", ocode, otitle)
                nodes.append(node(ocode, "operational", otitle, parent=scode))
                for icode, nm, unit, src, base, trip, t3 in ilist:
                    cells = [f"<td>{icode}</td>", f"<td class=\"d\">{esc(nm)}</td>", f"<td>{esc(src)}</td>",
                             f"<td class=\"n\">{esc(base)}</td>"]
                    for t, r, p in trip:
                        cells += [f"<td class=\"n\">{esc(x)}</td>" for x in (t, r, p)]
                    cells.append(f"<td class=\"n\">{esc(t3)}</td>")
                    rows.append("<tr class=\"i\">" + "".join(cells) + "</tr>")
                    results = [(y, r) for y, (t, r, p) in zip(YRS, trip)]
                    ach = [(y, p) for y, (t, r, p) in zip(YRS, trip) if p != "–"]
                    inds.append(ind(nm, ocode, code=icode, unit=unit, baselines=[(2022, base)],
                                    targets=[(y, t) for y, (t, r, p) in zip(YRS, trip)] + [(2025, t3)],
                                    results=results, achievement=ach))
    body = [f"<h1>{esc(ORG)}</h1>",
            "<p class=\"sub\">Piano triennale della performance – monitoraggio degli obiettivi per anno accademico "
            "(a.a. 2023/2024 – 2025/2026)</p>",
            f"<table>{head}<tbody>{''.join(rows)}</tbody></table>",
            "<p class=\"foot\">% = grado di raggiungimento del target (risultato / target; per gli indicatori da ridurre "
            "target / risultato), massimo 100%. – = non calcolabile.</p>"]
    h = html_page3("\n".join(body), CSS, landscape=True, margin="12mm 10mm 12mm 10mm",
                   bottom_right='"Pag. " counter(page)')
    d = case_dir(name)
    chromium_pdf(h, os.path.join(d, "input.pdf"))
    write_truth(d, [doc(ORG, YRS)], nodes, inds, [finding(
        "target.unambitious", "1.2.A.1", "1.2.A.1 (Diplomati entro la durata normale del corso): starting value "
        "68,0% (a.a. 2022/2023), first target ≥ 65% (a.a. 2023/2024) is easier than the value already reached")])
    genre_readme(d, name, "tree with past values and per-year triplets", CHROMIUM.format(script=SCRIPT), """
Landscape A4, Liberation Sans 7.5 pt, light purple grid, footer `Pag. n`. Title and subtitle (`Piano triennale della
performance – monitoraggio degli obiettivi per anno accademico (a.a. 2023/2024 – 2025/2026)`). One table with a
two-row header: `Codice | Descrizione | Fonte` spanning both rows, `Valore di partenza` over `a.a. 2022/2023`,
`a.a. 2023/2024` over `Target | Risultato | %`, `a.a. 2024/2025` over `Target | Risultato | %`, `a.a. 2025/2026`
over `Target` alone. One `Codice` column for four levels: areas (`1`, uppercase on a band), strategic objectives
(`1.1`, bold on a light band), OUTCOMES (`1.1.A`, italic, indented), indicators (`1.1.A.1`, indented) — level rows
leave the value cells empty. A closing note defines `%` (capped at 100%) and `–`.
Truth: areas `area`, strategic `strategic`, outcomes `operational` (as in earlier tree cases); academic years map to
their first calendar year (a.a. 2023/2024 → 2023, starting value a.a. 2022/2023 → baseline 2022); each indicator has
targets 2023, 2024, 2025, results 2023 and 2024 (`dato in aggiornamento` kept as a result raw), achievements where a
`%` is printed (`–` gives none). The `Fonte` column is not an entity field.
""", ["four levels in one code column (`1` / `1.1` / `1.1.A` / `1.1.A.1`), told apart by look and code shape",
      "two full triplets then a target-only year", "`Fonte` before the values", "achievements capped at 100% "
      "(`431` vs `≥ 420` → `100,0%`), one decimal", "`≤` targets going down (`≤ 12%` → `≤ 11%` → `≤ 10%`)",
      "`dato in aggiornamento` result with `–` achievement", "no weights at all"],
                 ["target.unambitious: `1.2.A.1` (Diplomati entro la durata normale del corso) starts at 68,0% "
                  "(a.a. 2022/2023) but its first target is `≥ 65%`"])
    return name


if __name__ == "__main__":
    print(build())
